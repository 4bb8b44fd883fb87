/**
 * Astro integration writing what a static host needs besides the pages, after the build:
 * `_headers` (security and cache headers, with a Content-Security-Policy that lists the hash
 * of every inline script the pages carry, so no `unsafe-inline` is needed) and `_redirects`
 * (short producer URLs, province URL aliases). See docs/deploy.md.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { readCatalogueForBuild } from '../lib/content-files/read-content.ts';
import { formatHeaders, headerRules, inlineScripts, scriptHash } from '../lib/deploy/headers.ts';
import {
  formatRedirects,
  pageAliasRedirects,
  producerShortRedirects,
  provinceAliasRedirects,
} from '../lib/deploy/redirects.ts';
import { publicSearchConfig } from '../lib/search/public-config.ts';

/** Pages scanned per route: every page of small routes, an even sample of large ones. */
const SAMPLE_PER_ROUTE = 60;

/**
 * HTML files whose inline scripts are hashed. Inline scripts come from templates (Astro's island
 * bootstrap), not from content, so every page of a route carries the same ones; scanning all
 * 100,000 pages of a national build cost 18 s, a sample per route a fraction of a second.
 * Without route information (`assets` empty) every page is scanned.
 */
export function pagesToScan(assets: Map<string, URL[]>, all: () => Promise<string[]>) {
  const files: string[] = [];
  for (const urls of assets.values()) {
    const html = urls.map((u) => fileURLToPath(u)).filter((f) => f.endsWith('.html'));
    if (html.length <= SAMPLE_PER_ROUTE) files.push(...html);
    else {
      const step = html.length / SAMPLE_PER_ROUTE;
      for (let i = 0; i < SAMPLE_PER_ROUTE; i++) files.push(html[Math.floor(i * step)]!);
      files.push(html.at(-1)!);
    }
  }
  return files.length ? Promise.resolve(files) : all();
}

/** Hashes of the inline scripts of the given HTML files. */
export async function inlineScriptHashes(files: readonly string[]): Promise<Set<string>> {
  const hashes = new Set<string>();
  const SCRIPT = Buffer.from('<script');
  let next = 0;
  const worker = async () => {
    while (next < files.length) {
      const buffer = await readFile(files[next++]!);
      if (!buffer.includes(SCRIPT)) continue;
      for (const source of inlineScripts(buffer.toString('utf8'))) hashes.add(scriptHash(source));
    }
  };
  await Promise.all(Array.from({ length: 16 }, worker));
  return hashes;
}

export function deployFiles(): AstroIntegration {
  return {
    name: 'ocop:deploy-files',
    hooks: {
      'astro:build:done': async ({ dir, assets, logger }) => {
        const started = performance.now();
        const root = fileURLToPath(dir);
        const scanned = await pagesToScan(assets, async () =>
          (await readdir(root, { recursive: true }))
            .filter((f) => f.endsWith('.html'))
            .map((f) => path.join(root, f)),
        );
        const hashes = [...(await inlineScriptHashes(scanned))].sort();
        const { meilisearch } = publicSearchConfig(process.env);
        const rules = headerRules({
          scriptHashes: hashes,
          connectOrigins: meilisearch ? [new URL(meilisearch.host).origin] : [],
        });
        await writeFile(path.join(root, '_headers'), formatHeaders(rules));
        const catalogue = await readCatalogueForBuild();
        const redirects = [
          ...pageAliasRedirects(),
          ...provinceAliasRedirects(),
          ...producerShortRedirects(
            catalogue.producers.map((p) => ({ code: p.data.code, slug: p.id })),
          ),
        ];
        await writeFile(path.join(root, '_redirects'), formatRedirects(redirects));
        logger.info(
          `_headers (${String(hashes.length)} inline script hashes in ${String(scanned.length)} ` +
            `pages scanned) and _redirects ` +
            `(${String(redirects.length)} rules) in ` +
            `${((performance.now() - started) / 1000).toFixed(1)} s`,
        );
      },
    },
  };
}
