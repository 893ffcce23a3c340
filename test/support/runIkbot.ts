import { runCli } from '../../src/cli/runCli';
import { textSink } from './textSink';

export interface IkbotRun {
  code: number;
  out: string;
  err: string;
}

/** Runs an `ikbot` command in this process, as the CLI would, and returns its exit code and output. */
export async function runIkbot(
  argv: string[],
  options: { env: NodeJS.ProcessEnv; now: () => Date },
): Promise<IkbotRun> {
  const out = textSink();
  const err = textSink();
  const code = await runCli(argv, { env: options.env, out, err, now: options.now });
  return { code, out: out.text(), err: err.text() };
}
