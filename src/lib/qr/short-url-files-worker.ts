/**
 * Writes the short-URL files (`short-url-files.ts`) on a worker thread: reads the catalogue,
 * writes, and replies with the report and the files it claimed, or the error that stopped it.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { readCatalogue } from '../content-files/read-content.ts';
import { claimedOutputs } from '../build/output-ledger.ts';
import { writeShortUrlFiles, type ShortUrlFilesOptions } from './short-url-files.ts';

const { contentDir, options } = workerData as {
  contentDir: string;
  options: ShortUrlFilesOptions;
};
readCatalogue(contentDir)
  .then((catalogue) => writeShortUrlFiles(catalogue, options))
  .then(
    // This thread's claims are exactly the files this step wrote or kept.
    (report) => {
      parentPort!.postMessage({ report, claimed: [...claimedOutputs()] });
    },
    (error: unknown) => {
      parentPort!.postMessage({ error: String((error as Error).stack ?? error) });
    },
  );
