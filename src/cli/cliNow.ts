import { CliUsageError, type CliContext } from './CliContext';

/** The instant a command acts at: --now <ISO time with zone> when given (tests, catch-up runs), else now. */
export function cliNow(context: CliContext): Date {
  if (context.options.now === undefined) return context.now();
  const raw = String(context.options.now);
  const now = new Date(raw);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(raw) || Number.isNaN(now.getTime())) {
    throw new CliUsageError(
      `--now must be an ISO time with a zone, e.g. 2025-06-16T09:00:00+02:00; got "${raw}".`,
    );
  }
  return now;
}
