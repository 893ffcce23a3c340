import { Writable } from 'node:stream';

/** A writable stream that keeps what is written, for a command's stdout or stderr. */
export function textSink(): Writable & { text(): string } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, callback) {
      chunks.push(String(chunk));
      callback();
    },
  });
  return Object.assign(stream, { text: () => chunks.join('') });
}
