/**
 * The files behind the short URLs that are not Astro pages: every product's and producer's QR
 * codes (`/p/<code>/qr.svg|png`, `/c/<code>/qr.svg|png`) and the producers' short-URL pages
 * (`/c/<code>/`, `/en/c/<code>/`), written through the `qr-codes` ledger (unchanged files are
 * not written again). They depend on the catalogue only, not on the pages, so the build writes
 * them on a worker thread while Astro renders the pages (`writeShortUrlFilesOffThread`); at
 * 20,000 products that is 80,000 files and 30,000 codes drawn on a first build.
 */
import { Worker } from 'node:worker_threads';
import type { Catalogue } from '../content-files/read-content.ts';
import { claimedOutputs, OutputLedger, type LedgerReport } from '../build/output-ledger.ts';
import { writeProducerRedirects } from '../short-urls/producer-redirects.ts';
import { qrJobs } from './catalogue-jobs.ts';
import { writeQrCodes, type QrReport } from './write-qr-codes.ts';

export interface ShortUrlFilesOptions {
  outDir: string;
  /** The site's origin: QR codes encode absolute URLs. */
  site: string;
  /** The QR cache (`defaultQrCacheDir()`). */
  cacheDir: string;
  /** The folder holding the ledgers' state (`ledgerDir()`). */
  stateDir: string;
  /** See `writeQrCodes`. */
  offThreadMin?: number | undefined;
}

export interface ShortUrlFilesReport {
  /** Producer short-URL pages written or kept. */
  pages: number;
  qr: QrReport;
  files: LedgerReport;
  ms: number;
}

export async function writeShortUrlFiles(
  catalogue: Catalogue,
  options: ShortUrlFilesOptions,
): Promise<ShortUrlFilesReport> {
  const started = performance.now();
  const ledger = await OutputLedger.open('qr-codes', options.outDir, options.stateDir);
  const pages = await writeProducerRedirects(
    catalogue.producers.map(({ id, data }) => ({ slug: id, code: data.code, name: data.name })),
    ledger,
    options.site,
  );
  const qr = await writeQrCodes({
    jobs: qrJobs(catalogue, options.site),
    outDir: options.outDir,
    writer: ledger,
    cacheDir: options.cacheDir,
    ...(options.offThreadMin === undefined ? {} : { offThreadMin: options.offThreadMin }),
  });
  const files = await ledger.finish();
  return { pages, qr, files, ms: performance.now() - started };
}

/**
 * `writeShortUrlFiles` on a worker thread that reads the catalogue itself (`contentDir`), so
 * the build's main thread goes on rendering pages meanwhile. The files it wrote or kept are
 * claimed in this thread when it is done.
 */
export function writeShortUrlFilesOffThread(
  contentDir: string,
  options: ShortUrlFilesOptions,
): Promise<ShortUrlFilesReport> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./short-url-files-worker.ts', import.meta.url), {
      workerData: { contentDir, options },
    });
    type Reply = { report: ShortUrlFilesReport; claimed: string[] } | { error: string };
    worker.once('message', (reply: Reply) => {
      void worker.terminate();
      if ('error' in reply) {
        reject(new Error(reply.error));
        return;
      }
      for (const file of reply.claimed) claimedOutputs().add(file);
      resolve(reply.report);
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`Short-URL files thread stopped with exit code ${code}`));
    });
  });
}
