/**
 * Astro integration: writes the files behind the short URLs that are not Astro pages — the QR
 * code of every product's and producer's short URL (`/p/<code>/qr.svg|png`,
 * `/c/<code>/qr.svg|png`), encoding the absolute Vietnamese URL on the configured `site` (codes
 * drawn by an earlier build come from the cache, `node_modules/.cache/ocop/qr/`), and the
 * producers' short-URL pages (`/c/<code>/`, `/en/c/<code>/`) that lead on to the producer page.
 * They are written by a background process while Astro renders the pages
 * (`lib/qr/qr-task.ts`); the build collects its report after them. See
 * docs/short-urls-and-qr.md.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { inBackground } from '../lib/build/background.ts';
import { claimedOutputs } from '../lib/build/output-ledger.ts';
import type { QrTaskInput, QrTaskResult } from '../lib/qr/qr-task.ts';

export function qrCodes(): AstroIntegration {
  let site: string | undefined;
  let outDir = '';
  let writing: Promise<QrTaskResult> | undefined;
  return {
    name: 'ocop:qr-codes',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site;
        outDir = fileURLToPath(config.outDir);
      },
      // A new build (the config's integrations can serve more than one in a process).
      'astro:build:start': () => {
        writing = undefined;
      },
      // After every `astro:build:start`: the output folder is settled (`keep-output.ts`).
      'astro:build:setup': () => {
        if (writing) return;
        if (!site)
          throw new Error(
            'ocop:qr-codes needs `site` in astro.config.mjs: QR codes encode absolute URLs',
          );
        const input: QrTaskInput = {
          contentDir: process.env['OCOP_CONTENT_DIR'] ?? 'content',
          outDir,
          site,
        };
        writing = inBackground<QrTaskResult>(
          new URL('../lib/qr/qr-task.ts', import.meta.url),
          input,
        );
        // Awaited after the pages; a failure surfaces there, not as an unhandled rejection.
        writing.catch(() => undefined);
      },
      'astro:build:done': async ({ logger }) => {
        if (!writing) throw new Error('The QR codes were not started with the build.');
        const waitFrom = performance.now();
        const { pages, pagesMs, report, files, claimed } = await writing;
        const waited = (performance.now() - waitFrom) / 1000;
        for (const file of claimed) claimedOutputs().add(file);
        logger.info(`Producer short URLs: ${pages} pages in ${(pagesMs / 1000).toFixed(1)} s.`);
        const perCode = report.codes ? (report.drawMs / report.codes).toFixed(2) : '0';
        logger.info(
          `QR codes: ${report.codes} (${report.encoded} encoded, ${report.offThread} of them on a ` +
            `second thread, ${report.reused} from the cache), ` +
            `${((report.svgBytes + report.pngBytes) / 1024 / 1024).toFixed(1)} MB, ` +
            `${perCode} ms each to draw; ${files.written} files written, ${files.unchanged} ` +
            `unchanged, ${files.removed} removed; ${(report.ms / 1000).toFixed(1)} s in all, ` +
            `alongside the pages; ${waited.toFixed(1)} s waited for after them.`,
        );
      },
    },
  };
}
