/**
 * Astro integration: after the build, writes the files behind the short URLs that are not
 * Astro pages — the QR code of every product's and producer's short URL
 * (`/p/<code>/qr.svg|png`, `/c/<code>/qr.svg|png`), encoding the absolute Vietnamese URL on the
 * configured `site` (codes drawn by an earlier build come from the cache,
 * `node_modules/.cache/ocop/qr/`), and the producers' short-URL pages (`/c/<code>/`,
 * `/en/c/<code>/`) that lead on to the producer page. See docs/short-urls-and-qr.md.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { readCatalogueForBuild } from '../lib/content-files/read-content.ts';
import { defaultQrCacheDir } from '../lib/qr/cache.ts';
import { qrJobs } from '../lib/qr/catalogue-jobs.ts';
import { writeQrCodes } from '../lib/qr/write-qr-codes.ts';
import { writeProducerRedirects } from '../lib/short-urls/producer-redirects.ts';
import { OutputLedger } from '../lib/build/output-ledger.ts';

export function qrCodes(): AstroIntegration {
  let site: string | undefined;
  return {
    name: 'ocop:qr-codes',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site;
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!site)
          throw new Error(
            'ocop:qr-codes needs `site` in astro.config.mjs: QR codes encode absolute URLs',
          );
        const catalogue = await readCatalogueForBuild();
        const outDir = fileURLToPath(dir);
        const started = performance.now();
        // Files identical to the last build's stay as they are (src/lib/build/output-ledger.ts).
        const ledger = await OutputLedger.open('qr-codes', outDir);
        const pages = await writeProducerRedirects(
          catalogue.producers.map(({ id, data }) => ({
            slug: id,
            code: data.code,
            name: data.name,
          })),
          ledger,
          site,
        );
        logger.info(
          `Producer short URLs: ${pages} pages in ${((performance.now() - started) / 1000).toFixed(1)} s.`,
        );
        const report = await writeQrCodes({
          jobs: qrJobs(catalogue, site),
          outDir,
          writer: ledger,
          cacheDir: defaultQrCacheDir(),
        });
        const files = await ledger.finish();
        const perCode = report.codes ? (report.drawMs / report.codes).toFixed(2) : '0';
        logger.info(
          `QR codes: ${report.codes} (${report.encoded} encoded, ${report.offThread} of them on a ` +
            `second thread, ${report.reused} from the cache), ` +
            `${((report.svgBytes + report.pngBytes) / 1024 / 1024).toFixed(1)} MB, ` +
            `${perCode} ms each to draw; ${files.written} files written, ${files.unchanged} ` +
            `unchanged, ${files.removed} removed; ${(report.ms / 1000).toFixed(1)} s in all.`,
        );
      },
    },
  };
}
