import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  EmbeddedMongoNotInstalledError,
  findEmbeddedMongo,
} from '../../src/storage/embedded/findEmbeddedMongo';

const root = path.resolve(__dirname, '../..');

describe('when the embedded database is not installed', () => {
  it('says exactly what to do: install it (Java and Maven), or set MONGODB_URI', () => {
    const empty = mkdtempSync(path.join(os.tmpdir(), 'ikbot-nodb-'));
    try {
      expect(() => findEmbeddedMongo(empty)).toThrow(EmbeddedMongoNotInstalledError);
      expect(() => findEmbeddedMongo(empty)).toThrow(
        /npm run db:install.*openjdk-17-jdk-headless maven.*MONGODB_URI/s,
      );
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });

  it('the install script refuses without Java and Maven and names both ways out', () => {
    const project = mkdtempSync(path.join(os.tmpdir(), 'ikbot-nojava-'));
    try {
      mkdirSync(path.join(project, 'scripts/embedded-mongo'), { recursive: true });
      for (const file of [
        'install-embedded-db.sh',
        'embedded-mongo/pom.xml',
        'embedded-mongo/EmbeddedMongo.java',
      ]) {
        copyFileSync(path.join(root, 'scripts', file), path.join(project, 'scripts', file));
      }
      // A PATH with the shell's tools but no java, javac or mvn.
      const bin = path.join(project, 'bin');
      mkdirSync(bin);
      for (const tool of ['bash', 'cat', 'sha256sum', 'cut', 'dirname']) {
        const found = spawnSync('/bin/sh', ['-c', `command -v ${tool}`], { encoding: 'utf8' }).stdout.trim();
        copyFileSync(found, path.join(bin, tool));
        spawnSync('chmod', ['+x', path.join(bin, tool)]);
      }
      const run = spawnSync(path.join(bin, 'bash'), [path.join(project, 'scripts/install-embedded-db.sh')], {
        env: { PATH: bin },
        encoding: 'utf8',
      });
      expect(run.status).toBe(1);
      expect(run.stderr).toMatch(/not found: java javac mvn/);
      expect(run.stderr).toMatch(/apt-get install openjdk-17-jdk-headless maven/);
      expect(run.stderr).toMatch(/MONGODB_URI/);
    } finally {
      rmSync(project, { recursive: true, force: true });
    }
  });
});
