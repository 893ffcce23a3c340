import pino, { type DestinationStream, type Logger } from 'pino';
import { traceFields } from '../telemetry/traceFields';

export type { Logger };

/**
 * JSON logs on stdout (what Azure App Service and container hosts collect); a line written inside a
 * turn or a reminder pass carries trace_id and span_id, so Application Insights joins it to the trace.
 */
export function createLogger(level: string, name = 'ikbot', destination?: DestinationStream): Logger {
  const options = {
    name,
    level,
    base: { name },
    timestamp: pino.stdTimeFunctions.isoTime,
    mixin: traceFields,
  };
  return destination ? pino(options, destination) : pino(options);
}
