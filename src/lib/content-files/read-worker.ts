/**
 * Reads the catalogue on another thread (`prefetchCatalogueForBuild`): the build's main thread
 * is busy syncing content, bundling and writing pages meanwhile. Replies with the entries and
 * the problems found, or with the error that stopped the read.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { readCatalogue } from './read-content.ts';

const { contentDir } = workerData as { contentDir: string };
readCatalogue(contentDir, { lenient: true }).then(
  (catalogue) => {
    parentPort!.postMessage({ catalogue });
  },
  (error: unknown) => {
    parentPort!.postMessage({ error: String((error as Error).stack ?? error) });
  },
);
