/**
 * Astro integration: writes the files behind the short URLs that are not Astro pages — the QR
 * code of every product's and producer's short URL (`/p/<code>/qr.svg|png`,
 * `/c/<code>/qr.svg|png`), encoding the absolute Vietnamese URL on the configured `site` (codes
 * drawn by an earlier build come from the cache, `node_modules/.cache/ocop/qr/`), and the
 * producers' short-URL pages (`/c/<code>/`, `/en/c/<code>/`) that lead on to the producer page.
 * They are written by a background process while Astro renders the pages
 * (`lib/qr/qr-task.ts`, `lib/build/background-step.ts`); the build collects its report after
 * them. See docs/short-urls-and-qr.md.
 */
import type { AstroIntegration } from 'astro';
import { backgroundStep } from '../lib/build/background-step.ts';
import type { QrTaskInput, QrTaskResult } from '../lib/qr/qr-task.ts';

export function qrCodes(): AstroIntegration {
  return backgroundStep<QrTaskInput, QrTaskResult>({
    name: 'ocop:qr-codes',
    makes: 'The QR codes',
    task: new URL('../lib/qr/qr-task.ts', import.meta.url),
    input: ({ site }, outDir) => {
      if (!site)
        throw new Error(
          'ocop:qr-codes needs `site` in astro.config.mjs: QR codes encode absolute URLs',
        );
      return { contentDir: process.env['OCOP_CONTENT_DIR'] ?? 'content', outDir, site };
    },
    report: ({ pages, pagesMs, report, files }, waited) => [
      `Producer short URLs: ${pages} pages in ${(pagesMs / 1000).toFixed(1)} s.`,
      `QR codes: ${report.codes} (${report.encoded} encoded, ${report.offThread} of them on a ` +
        `second thread, ${report.reused} from the cache), ` +
        `${((report.svgBytes + report.pngBytes) / 1024 / 1024).toFixed(1)} MB, ` +
        `${report.codes ? (report.drawMs / report.codes).toFixed(2) : '0'} ms each to draw; ` +
        `${files.written} files written, ${files.unchanged} unchanged, ${files.removed} removed; ` +
        `${(report.ms / 1000).toFixed(1)} s in all, alongside the pages; ` +
        `${waited} s waited for after them.`,
    ],
  });
}
