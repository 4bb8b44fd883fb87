/**
 * Astro integration: writes the files behind the short URLs that are not Astro pages — the QR
 * code of every product's and producer's short URL (`/p/<code>/qr.svg|png`,
 * `/c/<code>/qr.svg|png`), encoding the absolute Vietnamese URL on the configured `site` (codes
 * drawn by an earlier build come from the cache, `node_modules/.cache/ocop/qr/`), and the
 * producers' short-URL pages (`/c/<code>/`, `/en/c/<code>/`) that lead on to the producer page.
 * They depend on the catalogue only, so they are written on a worker thread while Astro renders
 * the pages (`lib/qr/short-url-files.ts`); the build waits for them when the pages are done.
 * See docs/short-urls-and-qr.md.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { readCatalogueForBuild } from '../lib/content-files/read-content.ts';
import { ledgerDir, whenOutputFolderReady } from '../lib/build/output-ledger.ts';
import { defaultQrCacheDir } from '../lib/qr/cache.ts';
import {
  writeShortUrlFiles,
  writeShortUrlFilesOffThread,
  type ShortUrlFilesOptions,
  type ShortUrlFilesReport,
} from '../lib/qr/short-url-files.ts';

export function qrCodes(): AstroIntegration {
  let options: ShortUrlFilesOptions | undefined;
  let written: Promise<ShortUrlFilesReport> | undefined;
  return {
    name: 'ocop:qr-codes',
    hooks: {
      'astro:config:done': ({ config }) => {
        if (!config.site)
          throw new Error(
            'ocop:qr-codes needs `site` in astro.config.mjs: QR codes encode absolute URLs',
          );
        options = {
          outDir: fileURLToPath(config.outDir),
          site: config.site,
          cacheDir: defaultQrCacheDir(),
          stateDir: ledgerDir(),
          // The other core is rendering pages: one thread draws.
          offThreadMin: Infinity,
        };
      },
      'astro:build:start': () => {
        written = undefined;
        whenOutputFolderReady(() => {
          written = writeShortUrlFilesOffThread(
            process.env['OCOP_CONTENT_DIR'] ?? 'content',
            options!,
          );
          written.catch(() => undefined); // reported at astro:build:done
        });
      },
      'astro:build:done': async ({ logger }) => {
        const whilePages = written !== undefined;
        const report = await (written ??
          // The output folder was never declared ready (no keep-output): write now.
          readCatalogueForBuild().then((catalogue) =>
            writeShortUrlFiles(catalogue, { ...options!, offThreadMin: undefined }),
          ));
        const { qr, files } = report;
        const perCode = qr.codes ? (qr.drawMs / qr.codes).toFixed(2) : '0';
        logger.info(
          `Short URLs: ${report.pages} producer pages; QR codes: ${qr.codes} (${qr.encoded} ` +
            `encoded, ${qr.offThread} of them on a second thread, ${qr.reused} from the cache), ` +
            `${((qr.svgBytes + qr.pngBytes) / 1024 / 1024).toFixed(1)} MB, ${perCode} ms each to ` +
            `draw; ${files.written} files written, ${files.unchanged} unchanged, ` +
            `${files.removed} removed; ${(report.ms / 1000).toFixed(1)} s in all` +
            (whilePages ? ', while the pages were rendered.' : '.'),
        );
      },
    },
  };
}
