/**
 * Astro integration for the fairs' offline packs (docs/fairs.md). After the build it
 * - bundles the service worker (`src/client/fair-sw.ts`) to `/sw.js`, at the root so that its
 *   scope can be the whole site;
 * - writes `/hoi-cho/<slug>/offline.json` (and `/en/…`) for each fair: every file of the
 *   fair's pack, read from the built pages, with a version that changes with any file.
 * It must run after the integrations that write files a pack may hold (QR codes, short URL
 * pages): keep it last in `astro.config.mjs`.
 */
import { writeFile } from 'node:fs/promises';
import { OutputLedger } from '../lib/build/output-ledger.ts';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import { readCatalogueForBuild } from '../lib/content-files/read-content.ts';
import { LOCALES } from '../lib/i18n/locales.ts';
import { routes } from '../lib/i18n/routes.ts';
import { collectPack } from '../lib/offline/collect-pack.ts';
import { SERVICE_WORKER_URL, type PackManifest } from '../lib/offline/fair-pack.ts';
import { packPages } from '../lib/offline/pack-pages.ts';

async function writeServiceWorker(root: URL, out: string): Promise<number> {
  const result = await build({
    entryPoints: [fileURLToPath(new URL('src/client/fair-sw.ts', root))],
    bundle: true,
    format: 'iife',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    banner: { js: '/* Offline packs of the fairs; source: src/client/fair-sw.ts */' },
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]!.contents;
  await writeFile(path.join(out, SERVICE_WORKER_URL), code);
  return code.length;
}

export function offlinePacks(): AstroIntegration {
  let root: URL;
  return {
    name: 'ocop:offline-packs',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = config.root;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const out = fileURLToPath(dir);
        const swBytes = await writeServiceWorker(root, out);
        const catalogue = await readCatalogueForBuild();
        const products = new Map(
          catalogue.products.map((p) => [p.id, { code: p.data.code, producer: p.data.producer }]),
        );
        const producerCodes = new Map(catalogue.producers.map((p) => [p.id, p.data.code]));
        const sizes: string[] = [];
        // Through a ledger: a removed fair's packs leave the output with it.
        const ledger = await OutputLedger.open('offline-packs', out);
        for (const fair of catalogue.fairs ?? []) {
          for (const locale of LOCALES) {
            const { pages, optional } = packPages(fair.id, fair.data, locale, {
              products,
              producerCodes,
            });
            const pack = await collectPack(out, pages, optional);
            const manifest: PackManifest = {
              version: pack.version,
              fair: fair.id,
              name: fair.data.name,
              locale,
              bytes: pack.bytes,
              urls: pack.urls,
              hashes: pack.hashes,
            };
            await ledger.write(
              routes.fairOfflinePack(fair.id, locale),
              `${JSON.stringify(manifest, null, 1)}\n`,
            );
            sizes.push(
              `${routes.fair(fair.id, locale)} ${pack.urls.length} files ${(pack.bytes / 1024).toFixed(0)} KB` +
                (pack.skipped.length ? ` (${pack.skipped.length} optional not built)` : ''),
            );
          }
        }
        await ledger.finish();
        logger.info(
          `Service worker ${(swBytes / 1024).toFixed(1)} KB; ${sizes.length} offline packs in ` +
            `${((performance.now() - started) / 1000).toFixed(1)} s`,
        );
        for (const line of sizes) logger.info(`  ${line}`);
      },
    },
  };
}
