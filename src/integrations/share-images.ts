/**
 * Astro integration: writes a 1200 × 630 share image (Open Graph, Twitter) for every product
 * (`/og/p/<code>.jpg`) and producer (`/og/c/<code>.jpg`). Cards come from a cache
 * (`node_modules/.cache/ocop/share-images/`) when nothing drawn on them changed; the others are
 * drawn by two render processes below the build's priority **while Astro renders the pages**
 * (they need only the catalogue, read on another thread from the start of the build), and all
 * are placed into the site after the pages. Cards show each certificate's status on the build day (`BUILD_DATE`, the day the
 * pages use for their `?v=`). What was drawn is logged and written to `<cache>/last-build.json`
 * (see `writeBuildReport`). `OCOP_SHARE_IMAGES=off` skips the step. See docs/share-images.md.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { BUILD_DATE } from '../lib/catalogue/build-date.ts';
import { readCatalogueForBuild } from '../lib/content-files/read-content.ts';
import { defaultCacheDir } from '../lib/share-image/cache.ts';
import { shareImageJobs } from '../lib/share-image/catalogue-jobs.ts';
import { writeBuildReport } from '../lib/share-image/build-report.ts';
import {
  drawShareImages,
  placeShareImages,
  type DrawnShareImages,
} from '../lib/share-image/write-share-images.ts';

const off = () => process.env['OCOP_SHARE_IMAGES'] === 'off';

/** Render processes: `OCOP_SHARE_IMAGE_WORKERS`, default 2 (the cores left beside Astro's thread). */
function renderProcesses(): number {
  const value = process.env['OCOP_SHARE_IMAGE_WORKERS'] ?? '2';
  const workers = Number(value);
  if (!Number.isInteger(workers) || workers < 1)
    throw new Error(`OCOP_SHARE_IMAGE_WORKERS must be a whole number from 1: "${value}"`);
  return workers;
}

export function shareImages(): AstroIntegration {
  let site = 'https://ocop.example.vn';
  let drawing: Promise<DrawnShareImages> | undefined;
  return {
    name: 'ocop:share-images',
    hooks: {
      'astro:config:done': ({ config }) => {
        if (config.site) site = config.site;
      },
      'astro:build:start': () => {
        if (off()) return;
        drawing = readCatalogueForBuild().then((catalogue) =>
          drawShareImages({
            jobs: shareImageJobs(catalogue, site, BUILD_DATE),
            cacheDir: defaultCacheDir(),
            workers: renderProcesses(),
          }),
        );
        // Awaited after the pages; a failure surfaces there, not as an unhandled rejection.
        drawing.catch(() => undefined);
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (off() || !drawing) {
          logger.info('Share images skipped (OCOP_SHARE_IMAGES=off).');
          return;
        }
        const waitFrom = performance.now();
        const drawn = await drawing;
        const waited = (performance.now() - waitFrom) / 1000;
        const report = await placeShareImages(drawn, fileURLToPath(dir));
        await writeBuildReport(drawn.cacheDir, BUILD_DATE, report);
        for (const { label, chars } of report.missingGlyphs)
          logger.warn(`Share image of ${label}: no glyph for ${chars.join(' ')} (drawn blank).`);
        const each = report.rendered
          ? `, ${(report.renders.reduce((a, r) => a + r.ms, 0) / report.rendered).toFixed(0)} ms per card drawn`
          : '';
        logger.info(
          `Share images: ${report.rendered} rendered, ${report.reused} reused from the cache, ` +
            `${report.placed} placed into the site, ` +
            `${report.pruned} stale removed, in ${(report.ms / 1000).toFixed(1)} s${each}; ` +
            `${waited.toFixed(1)} s of it waited for after the pages and the steps before ` +
            `(statuses as of ${BUILD_DATE}).`,
        );
        if (report.rendered > 0 && report.rendered <= 20)
          logger.info(`Share images drawn: ${report.renders.map((r) => r.file).join(', ')}.`);
      },
    },
  };
}
