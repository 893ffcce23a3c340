import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { parsePlanContent, planFileFormat, tooLarge } from './parsePlanContent';
import type { ParsePlanResult } from './planFileIssue';
import { planFileLimits } from './planFileLimits';
import { planFileRefusal } from './planFileRefusal';
import { xlsxArchiveProblem } from './xlsxArchiveProblem';

// The workers are this folder's plan*Worker files: .ts under tsx (npm start, tests), .js in a build.
// Text plans get a worker that does not load exceljs, which takes most of a worker's start-up.
const extension = path.extname(__filename);
const workerFiles = {
  text: path.join(__dirname, `planTextWorker${extension}`),
  xlsx: path.join(__dirname, `planWorkbookWorker${extension}`),
};

/**
 * Checks a plan file that came from outside (a CLI import, a Teams upload) in a worker thread with a
 * time limit and a heap limit, so a hostile file costs at most those and the bot keeps answering
 * everyone else meanwhile. Files over the size limit are refused before a worker starts.
 */
const MIN_HEAP_MEGABYTES = 8;

export async function parsePlanInWorker(
  content: Buffer,
  fileName: string,
  limits: { milliseconds: number; heapMegabytes: number } = {
    milliseconds: planFileLimits.parseMilliseconds,
    heapMegabytes: planFileLimits.parseHeapMegabytes,
  },
): Promise<ParsePlanResult> {
  const format = planFileFormat(fileName);
  if (!format) return parsePlanContent(content, fileName);
  if (content.length > planFileLimits.fileBytes) return tooLarge(fileName, content.length);
  if (format === 'xlsx') {
    // A zip bomb is refused here, its entries inflated asynchronously and dropped, before any worker.
    const archiveProblem = await xlsxArchiveProblem(content);
    if (archiveProblem) return planFileRefusal(fileName, archiveProblem.sv, archiveProblem.en);
  }
  const workerFile = format === 'xlsx' ? workerFiles.xlsx : workerFiles.text;
  // Under tsx the worker registers tsx's CommonJS hooks itself (a worker does not inherit them).
  const source =
    extension === '.ts' ? `require('tsx/cjs'); require(${JSON.stringify(workerFile)});` : workerFile;
  const worker = new Worker(source, {
    eval: extension === '.ts',
    workerData: { content, fileName, format },
    // Below about 8 MB V8 cannot deserialize the worker's start-up snapshot and aborts the whole
    // process (seen on Node 24: "GC during deserialization"), instead of ending the worker.
    resourceLimits: {
      maxOldGenerationSizeMb: Math.max(MIN_HEAP_MEGABYTES, limits.heapMegabytes),
      maxYoungGenerationSizeMb: 16,
    },
    stdout: false,
    stderr: false,
  });
  return new Promise<ParsePlanResult>((resolve, reject) => {
    const timer = setTimeout(() => {
      void worker.terminate();
      resolve(
        planFileRefusal(
          fileName,
          `Det tog mer än ${limits.milliseconds / 1000} sekunder att kontrollera filen, så den avvisades. En plan tar under en sekund; kontrollera att det är rätt fil.`,
          `Checking the file took more than ${limits.milliseconds / 1000} seconds, so it was refused. A plan takes under a second; check that it is the right file.`,
        ),
      );
    }, limits.milliseconds);
    const settle = () => clearTimeout(timer);
    worker.once('message', (message: { result?: ParsePlanResult; failure?: string }) => {
      settle();
      void worker.terminate();
      if (message.result) resolve(message.result);
      else reject(new Error(`Checking the plan file ${fileName} failed: ${message.failure}`));
    });
    worker.once('error', (error: Error & { code?: string }) => {
      settle();
      if (error.code === 'ERR_WORKER_OUT_OF_MEMORY')
        resolve(
          planFileRefusal(
            fileName,
            `Filen kräver mer än ${limits.heapMegabytes} MB minne att kontrollera, så den avvisades. En plan kräver en bråkdel av det; kontrollera att det är rätt fil.`,
            `Checking the file needs more than ${limits.heapMegabytes} MB of memory, so it was refused. A plan needs a fraction of that; check that it is the right file.`,
          ),
        );
      else reject(error);
    });
    worker.once('exit', (code) => {
      settle();
      // After a message or an error this changes nothing; otherwise the worker died without a word.
      reject(
        new Error(`The plan-file worker for ${fileName} stopped (exit code ${code}) without an answer.`),
      );
    });
  });
}
