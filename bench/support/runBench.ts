/**
 * Runs a bench's main and ends the process: 0 once it has printed its JSON (work still running
 * past its budget must not keep the process alive), 1 with the error when it failed.
 */
export function runBench(name: string, main: () => Promise<void>): void {
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      process.stderr.write(`${name} bench failed: ${(error as Error).stack ?? String(error)}\n`);
      process.exit(1);
    },
  );
}
