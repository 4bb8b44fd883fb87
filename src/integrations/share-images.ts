/**
 * Astro integration: after the build, writes a 1200 × 630 share image (Open Graph, Twitter)
 * for every product (`/og/p/<code>.jpg`) and producer (`/og/c/<code>.jpg`). Cards come from
 * a cache (`node_modules/.cache/ocop/share-images/`) when nothing drawn on them changed;
 * the others are rendered by two worker threads. Cards show each certificate's status on the
 * build day (`BUILD_DATE`, the day the pages use for their `?v=`). What was drawn is logged and
 * written to `<cache>/last-build.json` (see `writeBuildReport`). `OCOP_SHARE_IMAGES=off` skips
 * the step. See docs/share-images.md.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { BUILD_DATE } from '../lib/catalogue/build-date.ts';
import { readCatalogueForBuild } from '../lib/content-files/read-content.ts';
import { defaultCacheDir } from '../lib/share-image/cache.ts';
import { shareImageJobs } from '../lib/share-image/catalogue-jobs.ts';
import { writeBuildReport } from '../lib/share-image/build-report.ts';
import { writeShareImages } from '../lib/share-image/write-share-images.ts';

export function shareImages(): AstroIntegration {
  let site = 'https://ocop.example.vn';
  return {
    name: 'ocop:share-images',
    hooks: {
      'astro:config:done': ({ config }) => {
        if (config.site) site = config.site;
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (process.env['OCOP_SHARE_IMAGES'] === 'off') {
          logger.info('Share images skipped (OCOP_SHARE_IMAGES=off).');
          return;
        }
        const catalogue = await readCatalogueForBuild();
        const cacheDir = defaultCacheDir();
        const report = await writeShareImages({
          jobs: shareImageJobs(catalogue, site, BUILD_DATE),
          outDir: fileURLToPath(dir),
          cacheDir,
        });
        await writeBuildReport(cacheDir, BUILD_DATE, report);
        for (const { label, chars } of report.missingGlyphs)
          logger.warn(`Share image of ${label}: no glyph for ${chars.join(' ')} (drawn blank).`);
        const each = report.rendered
          ? `, ${(report.renders.reduce((a, r) => a + r.ms, 0) / report.rendered).toFixed(0)} ms per card drawn`
          : '';
        logger.info(
          `Share images: ${report.rendered} rendered, ${report.reused} reused from the cache, ` +
            `${report.placed} placed into the site, ` +
            `${report.pruned} stale removed, in ${(report.ms / 1000).toFixed(1)} s${each} ` +
            `(statuses as of ${BUILD_DATE}).`,
        );
        if (report.rendered > 0 && report.rendered <= 20)
          logger.info(`Share images drawn: ${report.renders.map((r) => r.file).join(', ')}.`);
      },
    },
  };
}
