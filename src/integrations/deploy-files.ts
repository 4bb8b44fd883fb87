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
  producerShortRedirects,
  provinceAliasRedirects,
} from '../lib/deploy/redirects.ts';
import { publicSearchConfig } from '../lib/search/public-config.ts';

/** Hashes of the inline scripts of every HTML file under `root`. */
export async function inlineScriptHashes(root: string): Promise<Set<string>> {
  const files = (await readdir(root, { recursive: true })).filter((f) => f.endsWith('.html'));
  const hashes = new Set<string>();
  const SCRIPT = Buffer.from('<script');
  let next = 0;
  const worker = async () => {
    while (next < files.length) {
      const file = files[next++]!;
      const buffer = await readFile(path.join(root, file));
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
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const root = fileURLToPath(dir);
        const hashes = [...(await inlineScriptHashes(root))].sort();
        const { meilisearch } = publicSearchConfig(process.env);
        const rules = headerRules({
          scriptHashes: hashes,
          connectOrigins: meilisearch ? [new URL(meilisearch.host).origin] : [],
        });
        await writeFile(path.join(root, '_headers'), formatHeaders(rules));
        const catalogue = await readCatalogueForBuild();
        const redirects = [
          ...provinceAliasRedirects(),
          ...producerShortRedirects(
            catalogue.producers.map((p) => ({ code: p.data.code, slug: p.id })),
          ),
        ];
        await writeFile(path.join(root, '_redirects'), formatRedirects(redirects));
        logger.info(
          `_headers (${String(hashes.length)} inline script hashes) and _redirects ` +
            `(${String(redirects.length)} rules) in ` +
            `${((performance.now() - started) / 1000).toFixed(1)} s`,
        );
      },
    },
  };
}
