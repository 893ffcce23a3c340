import { parentPort, workerData } from 'node:worker_threads';
import { parsePlanWorkbook } from './parsePlanWorkbook';

/** Worker thread entry for .xlsx plans (see parsePlanInWorker). */
const { content, fileName } = workerData as { content: Uint8Array; fileName: string };
parsePlanWorkbook(Buffer.from(content.buffer, content.byteOffset, content.byteLength), fileName).then(
  (result) => parentPort?.postMessage({ result }),
  (error: unknown) => parentPort?.postMessage({ failure: (error as Error).message ?? String(error) }),
);
