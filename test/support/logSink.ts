import { Writable } from 'node:stream';
import pino from 'pino';
import type { Logger } from '../../src/logging/createLogger';

/** A JSON logger whose lines a test can read back (parsed), instead of stdout. */
export function logSink(level = 'info'): { logger: Logger; lines: () => Array<Record<string, unknown>> } {
  const lines: Array<Record<string, unknown>> = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split('\n').filter(Boolean))
        lines.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  return { logger: pino({ level }, stream), lines: () => lines };
}
