/**
 * Astro integration: the open-data files (`/du-lieu/*.csv`, `*.json`, `datapackage.json`) are
 * made by a background process while Astro renders the pages (`lib/open-data/files-task.ts`)
 * and written straight into the output — no route renders them, so a build whose rows changed
 * costs the page-rendering thread nothing for them. The `/du-lieu/` page takes their rows and
 * sizes from the step (`lib/open-data/made-in-background.ts`); started first of the background
 * steps, as that page is among the first rendered. The dev server, which runs no build steps,
 * serves the files from a route made from the data layer (`lib/open-data/files-route.ts`).
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { BUILD_DATE } from '../lib/catalogue/build-date.ts';
import { inBackground } from '../lib/build/background.ts';
import { claimedOutputs } from '../lib/build/output-ledger.ts';
import type { OpenDataTaskInput, OpenDataTaskResult } from '../lib/open-data/files-task.ts';
import { setOpenDataMade } from '../lib/open-data/made-in-background.ts';

export function openData(): AstroIntegration {
  let site = 'https://ocop.example.vn';
  let outDir = '';
  let making: Promise<OpenDataTaskResult> | undefined;
  return {
    name: 'ocop:open-data',
    hooks: {
      'astro:config:setup': ({ command, injectRoute }) => {
        if (command !== 'dev') return;
        injectRoute({
          pattern: '/du-lieu/[file]',
          entrypoint: new URL('../lib/open-data/files-route.ts', import.meta.url),
          prerender: true,
        });
      },
      'astro:config:done': ({ config }) => {
        if (config.site) site = config.site;
        outDir = fileURLToPath(config.outDir);
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
          outDir,
        };
        making = inBackground<OpenDataTaskResult>(
          new URL('../lib/open-data/files-task.ts', import.meta.url),
          input,
        );
        // Awaited by the `/du-lieu/` page and after the pages; a failure surfaces there.
        making.catch(() => undefined);
        setOpenDataMade(making);
      },
      'astro:build:done': async ({ logger }) => {
        if (!making) throw new Error('The open-data files were not started with the build.');
        const waitFrom = performance.now();
        const { facts, report, claimed, ms } = await making;
        const waited = (performance.now() - waitFrom) / 1000;
        for (const file of claimed) claimedOutputs().add(file);
        logger.info(
          `Open data: ${facts.products.count} products, ${facts.producers.count} producers, ` +
            `${facts.salesPoints.count} sales points; ${report.written} files written, ` +
            `${report.unchanged} unchanged, ${report.removed} removed; ` +
            `made in ${(ms / 1000).toFixed(1)} s alongside the pages, ` +
            `${waited.toFixed(1)} s waited for after them`,
        );
      },
    },
  };
}
