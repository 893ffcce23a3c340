import { parentPort, workerData } from 'node:worker_threads';
import { parsePlanText } from './parsePlanText';

/** Worker thread entry for YAML and JSON plans (see parsePlanInWorker); loads no Excel reader. */
const { content, fileName, format } = workerData as {
  content: Uint8Array;
  fileName: string;
  format: 'yaml' | 'json';
};
try {
  const text = Buffer.from(content.buffer, content.byteOffset, content.byteLength)
    .toString('utf8')
    .replace(/^\uFEFF/, '');
  parentPort?.postMessage({ result: parsePlanText(text, format, fileName) });
} catch (error) {
  parentPort?.postMessage({ failure: (error as Error).message ?? String(error) });
}
