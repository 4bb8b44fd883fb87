/**
 * Astro integration for search at build time:
 * - before the build, refuses a public Meilisearch key that can write
 *   (`PUBLIC_MEILISEARCH_SEARCH_KEY` ships to every browser);
 * - builds the server-less index from the same content and schemas as the pages, so search
 *   works on any static host: built and written into `dist/search/fallback/` by a background
 *   process while the pages are rendered (`lib/build/background.ts`), or kept as it is when
 *   nothing it holds changed (`index-task.ts`).
 */
import path from 'node:path';
import type { AstroIntegration } from 'astro';
import { prefetchCatalogueForBuild } from '../lib/content-files/read-content.ts';
import { BUILD_DATE } from '../lib/catalogue/build-date.ts';
import { backgroundStep } from '../lib/build/background-step.ts';
import type { IndexTaskInput, IndexTaskResult } from '../lib/search/fallback/index-task.ts';
import { assertSearchOnlyKey } from '../lib/search/meilisearch/keys.ts';
import { publicSearchConfig } from '../lib/search/public-config.ts';

export function searchIndex(): AstroIntegration {
  return backgroundStep<IndexTaskInput, IndexTaskResult>({
    name: 'ocop:search-index',
    makes: 'The search index',
    task: new URL('../lib/search/fallback/index-task.ts', import.meta.url),
    input: (_config, outDir) => ({
      contentDir: process.env['OCOP_CONTENT_DIR'] ?? 'content',
      statusDate: BUILD_DATE,
      outDir: path.join(outDir, 'search', 'fallback'),
    }),
    report: ({ products, files, bytes, kept, ms }, waited) => [
      `Server-less search index: ${products} products, ${files} files, ` +
        `${(bytes / 1024).toFixed(0)} KB; ` +
        (kept ? 'unchanged, kept' : 'built and written') +
        ` in ${(ms / 1000).toFixed(1)} s alongside the pages, ${waited} s waited for after them`,
    ],
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
    },
  });
}
