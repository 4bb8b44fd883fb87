/**
 * Astro integration: the open-data files (`/du-lieu/`) are made by a background process while
 * Astro renders the pages (`lib/open-data/files-task.ts`), into `<cache>/open-data/`; the
 * endpoints that publish them and the `/du-lieu/` page take them from there
 * (`lib/open-data/made-in-background.ts`). Started first of the background steps: the endpoints
 * are among the first routes rendered.
 */
import type { AstroIntegration } from 'astro';
import { BUILD_DATE } from '../lib/catalogue/build-date.ts';
import { inBackground } from '../lib/build/background.ts';
import { ocopCacheDir } from '../lib/build/cache-dir.ts';
import type { OpenDataTaskInput, OpenDataTaskResult } from '../lib/open-data/files-task.ts';
import { setOpenDataMade } from '../lib/open-data/made-in-background.ts';

export function openData(): AstroIntegration {
  let site = 'https://ocop.example.vn';
  let making: Promise<OpenDataTaskResult> | undefined;
  return {
    name: 'ocop:open-data',
    hooks: {
      'astro:config:done': ({ config }) => {
        if (config.site) site = config.site;
      },
      // A new build (the config's integrations can serve more than one in a process).
      'astro:build:start': () => {
        making = undefined;
      },
      'astro:build:setup': () => {
        if (making) return;
        const input: OpenDataTaskInput = {
          contentDir: process.env['OCOP_CONTENT_DIR'] ?? 'content',
          site,
          buildDate: BUILD_DATE,
          dir: ocopCacheDir('open-data'),
        };
        making = inBackground<OpenDataTaskResult>(
          new URL('../lib/open-data/files-task.ts', import.meta.url),
          input,
        );
        // Awaited by the endpoints and after the pages; a failure surfaces there.
        making.catch(() => undefined);
        setOpenDataMade(making);
      },
      'astro:build:done': async ({ logger }) => {
        if (!making) throw new Error('The open-data files were not started with the build.');
        const waitFrom = performance.now();
        const { facts, ms } = await making;
        const waited = (performance.now() - waitFrom) / 1000;
        logger.info(
          `Open data: ${facts.products.count} products, ${facts.producers.count} producers, ` +
            `${facts.salesPoints.count} sales points, made in ${(ms / 1000).toFixed(1)} s ` +
            `alongside the pages, ${waited.toFixed(1)} s waited for after them`,
        );
      },
    },
  };
}
