import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { FerretDbNotInstalledError, findFerretDbBinary } from '../../src/storage/mongo/startEmbeddedFerretDb';

describe('when the embedded database is not installed', () => {
  it('says exactly what to do: install it with Go, or set MONGODB_URI', () => {
    const empty = mkdtempSync(path.join(os.tmpdir(), 'ikbot-nofdb-'));
    try {
      expect(() => findFerretDbBinary(empty, { PATH: empty })).toThrow(FerretDbNotInstalledError);
      expect(() => findFerretDbBinary(empty, { PATH: empty })).toThrow(
        /npm run db:install.*Go.*MONGODB_URI/s,
      );
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });

  it('the install script refuses without Go and names both ways out', () => {
    const project = mkdtempSync(path.join(os.tmpdir(), 'ikbot-nogo-'));
    try {
      // The script in a project folder of its own (no .bin/ferretdb), with a PATH that has no Go.
      mkdirSync(path.join(project, 'scripts'));
      copyFileSync(
        path.resolve(__dirname, '../../scripts/install-ferretdb.sh'),
        path.join(project, 'scripts/install-ferretdb.sh'),
      );
      const run = spawnSync('/bin/bash', [path.join(project, 'scripts/install-ferretdb.sh')], {
        env: { PATH: '/usr/bin:/bin' },
        encoding: 'utf8',
      });
      expect(run.status).toBe(1);
      expect(run.stderr).toMatch(/install Go/);
      expect(run.stderr).toMatch(/MONGODB_URI/);
    } finally {
      rmSync(project, { recursive: true, force: true });
    }
  });
});
