/**
 * Astro integration writing `sitemap-index.xml` and `sitemap-N.xml` after the build from the
 * list of pages Astro built (see `lib/seo/sitemap.ts`).
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildSitemaps } from '../lib/seo/sitemap.ts';

export function sitemap(): AstroIntegration {
  let site: URL | undefined;
  return {
    name: 'ocop:sitemap',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ? new URL(config.site) : undefined;
      },
      'astro:build:done': async ({ dir, pages, logger }) => {
        if (!site) throw new Error('ocop:sitemap needs `site` in astro.config.mjs');
        const started = performance.now();
        const files = buildSitemaps(
          pages.map((p) => `/${p.pathname}`.replace(/\/{2,}/g, '/')),
          site,
        );
        const root = fileURLToPath(dir);
        for (const [name, xml] of files) await writeFile(path.join(root, name), xml);
        logger.info(
          `${String(files.size - 1)} sitemap file(s) for ${String(pages.length)} pages in ` +
            `${((performance.now() - started) / 1000).toFixed(1)} s`,
        );
      },
    },
  };
}
