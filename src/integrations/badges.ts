/**
 * Astro integration: after the build, writes each product's embeddable badge
 * (`/p/<code>/huy-hieu.svg`) from the same content and schemas as the pages, with the
 * certificate status as of the build day. Rebuilding the site (daily: expiry dates pass without
 * any content change) keeps every badge embedded elsewhere true. See docs/sharing.md.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { readCatalogueForBuild } from '../lib/content-files/read-content.ts';
import { BUILD_DATE } from '../lib/catalogue/build-date.ts';
import { writeBadges } from '../lib/badge/write-badges.ts';
import { OutputLedger } from '../lib/build/output-ledger.ts';

export function badges(): AstroIntegration {
  return {
    name: 'ocop:badges',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const catalogue = await readCatalogueForBuild();
        const ledger = await OutputLedger.open('badges', fileURLToPath(dir));
        const written = await writeBadges(
          catalogue.products.map((p) => p.data),
          ledger,
          BUILD_DATE,
        );
        const files = await ledger.finish();
        logger.info(
          `Badges: ${written.files} files, ${(written.bytes / 1024).toFixed(0)} KB, status as of ` +
            `${BUILD_DATE} (${files.written} written, ${files.unchanged} unchanged, ${files.removed} ` +
            `removed), in ${((performance.now() - started) / 1000).toFixed(2)} s`,
        );
      },
    },
  };
}
