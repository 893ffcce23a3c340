import pino, { type Logger } from 'pino';

export type { Logger };

/** JSON logs on stdout (what Azure App Service and container hosts collect). */
export function createLogger(level: string, name = 'ikbot'): Logger {
  return pino({ name, level, base: { name }, timestamp: pino.stdTimeFunctions.isoTime });
}
