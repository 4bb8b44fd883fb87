/**
 * The QR codes and the producers' short-URL pages as a background step
 * (`lib/build/background.ts`): reads the catalogue and writes them through the output ledger
 * **while Astro renders the pages**. The build starts it once the output folder is settled
 * (`astro:build:setup`: after `keep-output.ts` may have emptied it) and adds the files it
 * claimed to the build's claims after the pages, before the sweep.
 */
import { OutputLedger, type LedgerReport } from '../build/output-ledger.ts';
import { readCatalogueForBuild } from '../content-files/read-content.ts';
import { writeProducerRedirects } from '../short-urls/producer-redirects.ts';
import { defaultQrCacheDir } from './cache.ts';
import { qrJobs } from './catalogue-jobs.ts';
import { writeQrCodes, type QrReport } from './write-qr-codes.ts';

export interface QrTaskInput {
  contentDir: string;
  outDir: string;
  /** The site's origin: the codes encode absolute short URLs. */
  site: string;
}

export interface QrTaskResult {
  /** Producer short-URL pages, and the milliseconds they took. */
  pages: number;
  pagesMs: number;
  report: QrReport;
  files: LedgerReport;
  /** Absolute paths written or kept, for the build's sweep. */
  claimed: string[];
}

export async function run({ contentDir, outDir, site }: QrTaskInput): Promise<QrTaskResult> {
  const catalogue = await readCatalogueForBuild(contentDir);
  const started = performance.now();
  // Files identical to the last build's stay as they are (lib/build/output-ledger.ts).
  const ledger = await OutputLedger.open('qr-codes', outDir);
  const pages = await writeProducerRedirects(
    catalogue.producers.map(({ id, data }) => ({ slug: id, code: data.code, name: data.name })),
    ledger,
    site,
  );
  const pagesMs = performance.now() - started;
  const report = await writeQrCodes({
    jobs: qrJobs(catalogue, site),
    outDir,
    writer: ledger,
    cacheDir: defaultQrCacheDir(),
  });
  const files = await ledger.finish();
  return { pages, pagesMs, report, files, claimed: ledger.claimed() };
}
