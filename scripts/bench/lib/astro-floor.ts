/**
 * Astro's own floor on this machine: a throwaway Astro project (same Astro, same build options
 * as `astro.config.mjs` that bear on page generation: directory format, `build.concurrency` 2,
 * `compressHTML`, incremental builds with a `cacheKey` per page and without Astro's second copy
 * of each page) whose pages are one line of HTML each. Product and producer pages come from the
 * same catalogue files through content collections, in two languages; `otherPages` plain pages
 * stand for the listings and the rest. Built cold, it shows what the page count alone costs
 * before any of the site's templates, photos, QR codes or search index.
 */
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { timedBuild, type BuildRun } from './build.ts';

export interface FloorPages {
  /** Folder with `products/` and `producers/` JSON files (a generated catalogue). */
  contentDir: string;
  /** Also a check page per product and language (as `/p/<code>/`). */
  checkPages: boolean;
  /** Plain pages besides products, producers and check pages, split over two languages. */
  otherPages: number;
}

const CONFIG = `import { defineConfig } from 'astro/config';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** As the site's keep-output integration: no second copy of each page in Astro's cache. */
const skipCachedPageCopies = {
  name: 'skip-cached-page-copies',
  hooks: {
    'astro:build:start': async () => {
      const astroDir = path.dirname(fileURLToPath(import.meta.resolve('astro/package.json')));
      const file = path.join(astroDir, 'dist/core/build/incremental.js');
      const { IncrementalBuildCache } = await import(pathToFileURL(file).href);
      IncrementalBuildCache.prototype.writeOutputFile = async () => {};
    },
  },
};

export default defineConfig({
  outDir: process.env.OCOP_OUT_DIR,
  cacheDir: process.env.OCOP_CACHE_DIR,
  trailingSlash: 'always',
  build: { format: 'directory', concurrency: 2 },
  compressHTML: true,
  integrations: [skipCachedPageCopies],
  experimental: { incrementalBuild: true },
});
`;

const CONTENT_CONFIG = `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

const base = process.env.OCOP_CONTENT_DIR;
const entry = z.object({ name: z.string() }).loose();
export const collections = {
  products: defineCollection({ loader: glob({ pattern: '*.json', base: base + '/products' }), schema: entry }),
  producers: defineCollection({ loader: glob({ pattern: '*.json', base: base + '/producers' }), schema: entry }),
};
`;

const LAYOUT = `---
const { title, lang } = Astro.props;
---
<html lang={lang}><head><meta charset="utf-8" /><title>{title}</title></head><body><main><h1>{title}</h1><slot /></main></body></html>
`;

/** A page per entry of `collection` and language; `param` is the entry's id or its `code`. */
function entryRoute(collection: string, param: 'slug' | 'code'): string {
  const value = param === 'slug' ? 'e.id' : 'String(e.data.code ?? e.id)';
  return `---
import { getCollection } from 'astro:content';
import Page from '../../../Page.astro';
export async function getStaticPaths() {
  const all = await getCollection('${collection}');
  return ['vi', 'en'].flatMap((l) =>
    all.map((e) => ({
      params: { lang: l === 'vi' ? undefined : l, ${param}: ${value} },
      props: { e, l },
      cacheKey: l + ':' + e.id + ':' + e.digest,
    })),
  );
}
const { e, l } = Astro.props;
---
<Page title={e.data.name} lang={l}><p>{e.id}</p><a href="/">home</a></Page>
`;
}

function otherRoute(count: number): string {
  const perLanguage = Math.ceil(count / 2);
  return `---
import Page from '../../../Page.astro';
export function getStaticPaths() {
  return ['vi', 'en'].flatMap((l, k) =>
    Array.from({ length: k === 0 ? ${String(perLanguage)} : ${String(count - perLanguage)} }, (_, n) => ({
      params: { lang: l === 'vi' ? undefined : l, n: String(n + 1) },
      props: { l },
      cacheKey: l + ':' + String(n),
    })),
  );
}
const { l } = Astro.props;
---
<Page title={'list ' + Astro.params.n} lang={l}><p>list</p></Page>
`;
}

/** Writes the throwaway project into `root` (empty), its `node_modules` linked to ours. */
export async function writeFloorProject(root: string, pages: FloorPages): Promise<void> {
  const files: Record<string, string> = {
    'package.json': '{ "name": "astro-floor", "private": true, "type": "module" }\n',
    'astro.config.mjs': CONFIG,
    'src/content.config.ts': CONTENT_CONFIG,
    'src/Page.astro': LAYOUT,
    'src/pages/[...lang]/san-pham/[slug].astro': entryRoute('products', 'slug'),
    'src/pages/[...lang]/chu-the/[slug].astro': entryRoute('producers', 'slug'),
  };
  if (pages.checkPages)
    files['src/pages/[...lang]/p/[code].astro'] = entryRoute('products', 'code');
  if (pages.otherPages > 0)
    files['src/pages/[...lang]/trang/[n].astro'] = otherRoute(pages.otherPages);
  for (const [name, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(root, name)), { recursive: true });
    await writeFile(path.join(root, name), text);
  }
  const ours = fileURLToPath(new URL('../../../node_modules', import.meta.url));
  await symlink(ours, path.join(root, 'node_modules'), 'dir');
}

/**
 * Builds the floor project once, cold; `label` names the run. In a new temporary folder,
 * removed afterwards, unless `root` (an empty folder, kept) is given.
 */
export async function floorBuild(
  label: string,
  pages: FloorPages,
  root?: string,
): Promise<BuildRun> {
  const dir = root ?? (await mkdtemp(path.join(tmpdir(), 'ocop-bench-floor-')));
  try {
    await writeFloorProject(dir, pages);
    return await timedBuild(label, {
      cwd: dir,
      contentDir: pages.contentDir,
      outDir: path.join(dir, 'dist'),
      cacheDir: path.join(dir, 'cache'),
    });
  } finally {
    if (!root) await rm(dir, { recursive: true, force: true });
  }
}
