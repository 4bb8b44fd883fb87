/**
 * Astro integration: the open-data files (`/du-lieu/*.csv`, `*.json`, `datapackage.json`) are
 * made by a background process while Astro renders the pages (`lib/open-data/files-task.ts`,
 * `lib/build/background-step.ts`) and written straight into the output — no route renders
 * them, so a build whose rows changed costs the page-rendering thread nothing for them. The
 * `/du-lieu/` page takes their rows and sizes from the step
 * (`lib/open-data/made-in-background.ts`); started first of the background steps, as that page
 * is among the first rendered. The dev server, which runs no build steps, serves the files from
 * routes made from the data layer (`lib/open-data/files-route-*.ts`).
 */
import type { AstroIntegration } from 'astro';
import { BUILD_DATE } from '../lib/catalogue/build-date.ts';
import { backgroundStep } from '../lib/build/background-step.ts';
import type { OpenDataTaskInput, OpenDataTaskResult } from '../lib/open-data/files-task.ts';
import { setOpenDataMade } from '../lib/open-data/made-in-background.ts';

export function openData(): AstroIntegration {
  return backgroundStep<OpenDataTaskInput, OpenDataTaskResult>({
    name: 'ocop:open-data',
    makes: 'The open-data files',
    task: new URL('../lib/open-data/files-task.ts', import.meta.url),
    input: ({ site }, outDir) => ({
      contentDir: process.env['OCOP_CONTENT_DIR'] ?? 'content',
      site: site ?? 'https://ocop.example.vn',
      buildDate: BUILD_DATE,
      outDir,
    }),
    // The `/du-lieu/` page waits for the files' rows and sizes.
    started: setOpenDataMade,
    report: ({ facts, report, ms }, waited) => [
      `Open data: ${facts.products.count} products, ${facts.producers.count} producers, ` +
        `${facts.salesPoints.count} sales points; ${report.written} files written, ` +
        `${report.unchanged} unchanged, ${report.removed} removed; ` +
        `made in ${(ms / 1000).toFixed(1)} s alongside the pages, ` +
        `${waited} s waited for after them`,
    ],
    hooks: {
      'astro:config:setup': ({ command, injectRoute }) => {
        if (command !== 'dev') return;
        for (const extension of ['csv', 'json'])
          injectRoute({
            pattern: `/du-lieu/[name].${extension}`,
            entrypoint: new URL(`../lib/open-data/files-route-${extension}.ts`, import.meta.url),
            prerender: true,
          });
      },
    },
  });
}
