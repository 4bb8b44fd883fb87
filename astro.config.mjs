// @ts-check
import { defineConfig } from 'astro/config';
import react from '@astrojs/react';
import tailwindcss from '@tailwindcss/vite';
import { openData } from './src/integrations/open-data.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { sitemap } from './src/integrations/sitemap.ts';
import { badges } from './src/integrations/badges.ts';
import { qrCodes } from './src/integrations/qr-codes.ts';
import { deployFiles } from './src/integrations/deploy-files.ts';
import { shareImages } from './src/integrations/share-images.ts';
import { offlinePacks } from './src/integrations/offline-packs.ts';
import { keepOutput } from './src/integrations/keep-output.ts';
import { schemaDigest } from './src/integrations/schema-digest.ts';
import { contentStoreFromFile } from './src/integrations/content-store-from-file.ts';
import { unfinishedImport } from './src/integrations/unfinished-import.ts';
import { shortScriptNames } from './src/integrations/short-script-names.ts';
import { PAGE_ALIASES } from './src/lib/deploy/redirects.ts';

/** Public origin of the site; canonical URLs, Open Graph and the sitemap are built from it. */
const site = process.env.SITE_URL ?? 'https://ocop.example.vn';

export default defineConfig({
  site,
  /** `OCOP_OUT_DIR` builds a second copy (the end-to-end tests build one wired to Meilisearch). */
  outDir: process.env.OCOP_OUT_DIR ?? './dist',
  /** Astro's caches (content store, images, incremental pages); `OCOP_CACHE_DIR` keeps two builds apart. */
  cacheDir: process.env.OCOP_CACHE_DIR ?? './node_modules/.astro',
  trailingSlash: 'always',
  /** English aliases (`/en/cart/`): a meta-refresh page here, a 301 in `_redirects`. */
  redirects: PAGE_ALIASES,
  /** Pages rendered at once: 2 for this 2-core machine; `OCOP_BUILD_CONCURRENCY` measures others (docs/performance.md). */
  build: { format: 'directory', concurrency: Number(process.env.OCOP_BUILD_CONCURRENCY ?? 2) },
  compressHTML: true,
  i18n: {
    locales: ['vi', 'en'],
    defaultLocale: 'vi',
    routing: { prefixDefaultLocale: false },
  },
  integrations: [
    // First of all: a half-moved import in the content folder is never built.
    unfinishedImport(),
    // Then: a schema change drops the content store before content is synced.
    schemaDigest(),
    // The pages read the content store from its file, without the copies Astro's module keeps.
    contentStoreFromFile(),
    react(),
    // Script bundles named after their component, without Astro's suffix (linked on every page).
    shortScriptNames(),
    // First of the background steps: the open-data endpoints are among the first routes.
    openData(),
    searchIndex(),
    badges(),
    qrCodes(),
    shareImages(),
    // Public pages with their language alternates; not 404, short URLs, print views, lists.
    sitemap(),
    // After every integration that writes files a fair's offline pack holds (QR codes).
    offlinePacks(),
    // It reads the finished pages for their inline scripts.
    deployFiles(),
    // Last: `dist/` is kept between builds; this deletes whatever this build did not make.
    keepOutput(),
  ],
  image: {
    // Astro's global styles for images with a `layout` are left out: no image here has one (sizes
    // come from classes), and they were 1.6 KB of unused CSS on almost every page.
    responsiveStyles: false,
  },
  experimental: {
    // Pages whose `cacheKey` (src/lib/catalogue/digests.ts) and code are unchanged are copied
    // from the previous build (cache in `cacheDir`). See docs/performance.md.
    incrementalBuild: true,
  },
  vite: {
    plugins: [tailwindcss()],
  },
});
