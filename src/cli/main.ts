import { runCli } from './runCli';

runCli(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`ikbot: ${(error as Error).stack ?? String(error)}\n`);
    process.exit(1);
  },
);
