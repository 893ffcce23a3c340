#!/usr/bin/env node
// CI check of the production start: `node dist/main.js` (what the Dockerfile runs) from the built dist/,
// without tsx, on the embedded database or MONGODB_URI when set. It must answer GET /healthz and
// GET /readyz, and exit 0 on SIGTERM. Run `npm run build` first.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const main = path.join(root, 'dist', 'main.js');
const fail = (message) => {
  console.error(`check-dist-start: ${message}`);
  process.exit(1);
};
if (!existsSync(main)) fail('dist/main.js is missing: run `npm run build` first.');

// The production start must not need tsx: no compiled file may load it.
const files = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full) : [full];
  });
const withTsx = files(path.join(root, 'dist')).filter(
  (file) =>
    file.endsWith('.js') && /require\("tsx|from ["']tsx|import\("tsx/.test(readFileSync(file, 'utf8')),
);
if (withTsx.length > 0) fail(`these compiled files load tsx: ${withTsx.join(', ')}`);

const port = await new Promise((resolve) => {
  const server = createServer().listen(0, '127.0.0.1', () => {
    const { port: free } = server.address();
    server.close(() => resolve(free));
  });
});
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'ikbot-dist-'));
// Run from another folder: cards/ and the embedded database must be found from dist/, not the cwd.
// With the production start's node flags (the heap bounds of package.json's start:prod).
const startProd = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).scripts[
  'start:prod'
].split(/\s+/);
const nodeFlags = startProd.filter((word) => word.startsWith('--'));
const child = spawn(process.execPath, [...nodeFlags, main], {
  cwd: os.tmpdir(),
  env: {
    ...process.env,
    PORT: String(port),
    IKBOT_SCHEDULER: 'off',
    IKBOT_DATA_DIR: dataDir,
    LOG_LEVEL: 'info',
  },
  stdio: ['ignore', 'pipe', 'pipe'],
});
let output = '';
child.stdout.on('data', (chunk) => (output += chunk));
child.stderr.on('data', (chunk) => (output += chunk));
const exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)));

const url = `http://127.0.0.1:${port}`;
let healthy = false;
for (let attempt = 0; attempt < 240 && child.exitCode === null; attempt += 1) {
  healthy = await fetch(`${url}/healthz`).then(
    (r) => r.ok,
    () => false,
  );
  if (healthy) break;
  await new Promise((resolve) => setTimeout(resolve, 250));
}
if (!healthy) {
  child.kill('SIGKILL');
  fail(`node dist/main.js did not answer /healthz:\n${output}`);
}
const ready = await fetch(`${url}/readyz`);
if (ready.status !== 200) fail(`/readyz answered ${ready.status}:\n${output}`);
child.kill('SIGTERM');
const code = await exited;
rmSync(dataDir, { recursive: true, force: true });
if (code !== 0) fail(`SIGTERM gave exit code ${code}:\n${output}`);
console.log(
  `check-dist-start: node dist/main.js served /healthz and /readyz on port ${port} and stopped with exit 0.`,
);
