/**
 * Astro integration for search at build time:
 * - before the build, refuses a public Meilisearch key that can write
 *   (`PUBLIC_MEILISEARCH_SEARCH_KEY` ships to every browser);
 * - builds the server-less index from the same content and schemas as the pages, so search
 *   works on any static host: built and written into `dist/search/fallback/` by a background
 *   process while the pages are rendered (`lib/build/background.ts`), or kept as it is when
 *   nothing it holds changed (`index-task.ts`).
 */
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import type { AstroIntegration } from 'astro';
import { prefetchCatalogueForBuild } from '../lib/content-files/read-content.ts';
import { BUILD_DATE } from '../lib/catalogue/build-date.ts';
import { inBackground } from '../lib/build/background.ts';
import { claimedOutputs } from '../lib/build/output-ledger.ts';
import type { IndexTaskInput, IndexTaskResult } from '../lib/search/fallback/index-task.ts';
import { assertSearchOnlyKey } from '../lib/search/meilisearch/keys.ts';
import { publicSearchConfig } from '../lib/search/public-config.ts';

export function searchIndex(): AstroIntegration {
  let outDir = '';
  let indexing: Promise<IndexTaskResult> | undefined;
  return {
    name: 'ocop:search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = path.join(fileURLToPath(config.outDir), 'search', 'fallback');
      },
      'astro:build:start': async ({ logger }) => {
        // The integrations read the catalogue after the pages; start on another thread now.
        prefetchCatalogueForBuild();
        // A new build (the config's integrations can serve more than one in a process).
        indexing = undefined;
        const { meilisearch } = publicSearchConfig(process.env);
        if (!meilisearch) {
          logger.info('No PUBLIC_MEILISEARCH_HOST: the search page uses the server-less index.');
          return;
        }
        await assertSearchOnlyKey(meilisearch.host, meilisearch.searchKey);
        logger.info(`Search: Meilisearch at ${meilisearch.host} with a search-only key.`);
      },
      // After every `astro:build:start`: the output folder is settled (`keep-output.ts`).
      'astro:build:setup': () => {
        if (indexing) return;
        const input: IndexTaskInput = {
          contentDir: process.env['OCOP_CONTENT_DIR'] ?? 'content',
          statusDate: BUILD_DATE,
          outDir,
        };
        indexing = inBackground<IndexTaskResult>(
          new URL('../lib/search/fallback/index-task.ts', import.meta.url),
          input,
        );
        // Awaited after the pages; a failure surfaces there, not as an unhandled rejection.
        indexing.catch(() => undefined);
      },
      'astro:build:done': async ({ logger }) => {
        if (!indexing) throw new Error('The search index was not started with the build.');
        const started = performance.now();
        const { products, files, bytes, kept, claimed, ms } = await indexing;
        const waited = performance.now() - started;
        for (const file of claimed) claimedOutputs().add(file);
        logger.info(
          `Server-less search index: ${products} products, ${files} files, ` +
            `${(bytes / 1024).toFixed(0)} KB; ` +
            (kept ? 'unchanged, kept' : 'built and written') +
            ` in ${(ms / 1000).toFixed(1)} s alongside the pages, ` +
            `${(waited / 1000).toFixed(1)} s waited for after them`,
        );
      },
    },
  };
}
