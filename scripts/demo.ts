/**
 * `npm run demo`: imports the demo plan (demo/plan-demo.yaml, for this year) into the database the
 * running bot uses, then runs one reminder pass, so the Agents Playground (`npm run playground`) shows
 * reminders, control cards and digests at once. Run it after `npm start` and `npm run playground`.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCli } from '../src/cli/runCli';
import { demoPlanYaml } from './demoPlan';

/** The Agents Playground's mocked Bot Connector: new 1:1 chats for reminders are opened there. */
const PLAYGROUND_CONNECTOR = 'http://localhost:56150/_connector';

async function main(): Promise<number> {
  process.env.IKBOT_SERVICE_URL ||= PLAYGROUND_CONNECTOR;
  const year = Number(
    new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', year: 'numeric' }).format(new Date()),
  );
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ikbot-demo-'));
  const file = path.join(dir, `plan-demo-${year}.yaml`);
  try {
    writeFileSync(file, demoPlanYaml(year));
    const imported = await runCli(['plan', 'import', file]);
    if (imported !== 0) return imported;
    process.stdout.write(
      '\nReminders due now (outside working hours nothing is sent; the scheduler sends them later):\n',
    );
    const ticked = await runCli(['tick']);
    process.stdout.write(
      [
        '',
        `The demo plan DEMO-${year} is stored. In the playground (Erik Olsson) write:`,
        '  mina kontroller   – the controls to do, with cards to fill in',
        '  status            – the leadership digest',
        '  påminnelser       – the coming reminders',
        'For administrator commands (prenumerera, rapport … utvärdering) set IKBOT_ADMINS=b2222222-3c4d-4e5f-9a71-8b9c0d1e2f30 in .env and restart the bot.',
        '',
      ].join('\n'),
    );
    return ticked;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  },
);
