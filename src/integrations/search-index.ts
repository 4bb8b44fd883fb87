/**
 * Astro integration for search at build time:
 * - before the build, refuses a public Meilisearch key that can write
 *   (`PUBLIC_MEILISEARCH_SEARCH_KEY` ships to every browser);
 * - after the build, writes the server-less index into `dist/search/fallback/` from the same
 *   content and schemas as the pages, so search works on any static host.
 */
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import type { AstroIntegration } from 'astro';
import {
  prefetchCatalogueForBuild,
  readCatalogueForBuild,
} from '../lib/content-files/read-content.ts';
import { BUILD_DATE } from '../lib/catalogue/build-date.ts';
import { buildSearchDocuments } from '../lib/search/documents.ts';
import { writeFallbackIndex } from '../lib/search/fallback/build-index.ts';
import { assertSearchOnlyKey } from '../lib/search/meilisearch/keys.ts';
import { publicSearchConfig } from '../lib/search/public-config.ts';

export function searchIndex(): AstroIntegration {
  return {
    name: 'ocop:search-index',
    hooks: {
      'astro:build:start': async ({ logger }) => {
        // The integrations read the catalogue after the pages; start on another thread now.
        prefetchCatalogueForBuild();
        const { meilisearch } = publicSearchConfig(process.env);
        if (!meilisearch) {
          logger.info('No PUBLIC_MEILISEARCH_HOST: the search page uses the server-less index.');
          return;
        }
        await assertSearchOnlyKey(meilisearch.host, meilisearch.searchKey);
        logger.info(`Search: Meilisearch at ${meilisearch.host} with a search-only key.`);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const catalogue = await readCatalogueForBuild();
        const documents = buildSearchDocuments(catalogue, BUILD_DATE);
        const out = path.join(fileURLToPath(dir), 'search', 'fallback');
        const written = await writeFallbackIndex(documents, out, { statusDate: BUILD_DATE });
        logger.info(
          `Server-less search index: ${documents.products.length} products, ` +
            `${written.files.length} files, ${(written.bytes / 1024).toFixed(0)} KB in ` +
            `${((performance.now() - started) / 1000).toFixed(1)} s`,
        );
      },
    },
  };
}
