/**
 * Finds every file a set of built pages needs, reading the HTML, CSS and JavaScript that
 * `astro build` wrote, so a pack follows the asset hashes of each build:
 *
 * - HTML: `<link rel="stylesheet | preload | modulepreload | icon">`, `<script src>`,
 *   `<img src srcset>`, `<source srcset>`, imports of inline module scripts and `url(…)` in
 *   inline styles. In a `<picture>` with a WebP or AVIF source the
 *   JPEG fallback `<img>` is left out: every browser with service workers shows WebP.
 *   All srcset widths are kept (which one a phone picks depends on its screen).
 * - CSS: `url(…)` — fonts as WOFF2 only (every such browser reads it), other files as they are.
 * - JavaScript: the chunks a module imports, statically or dynamically.
 *
 * Only same-site URLs (`/…` or relative) are followed. The version is a hash of every URL with
 * its bytes, so any change to any file of the pack changes it.
 */
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { srcsetUrls, startTags } from '../links/html-tags.ts';

const BASE = 'http://pack.invalid';
const FOLLOWED_LINKS = new Set(['stylesheet', 'preload', 'modulepreload', 'icon']);
const MODERN_IMAGE = /^image\/(webp|avif)$/i;
const OLD_FONT = /\.(woff|ttf|otf|eot)$/i;

/** URLs (as written) of the files an HTML page loads. */
export function htmlSubresources(html: string): string[] {
  const found: string[] = [];
  let picture: { modern: boolean } | undefined;
  for (const { name, attributes: a } of startTags(html)) {
    const src = a.get('src');
    const srcset = a.get('srcset');
    if (name === 'link') {
      const rel = (a.get('rel') ?? '').toLowerCase().split(/\s+/);
      const href = a.get('href');
      if (href && rel.some((r) => FOLLOWED_LINKS.has(r))) found.push(href);
    } else if (name === 'script' && src) {
      found.push(src);
    } else if (name === 'picture') {
      picture = { modern: false };
    } else if (name === 'source' && picture && srcset) {
      found.push(...srcsetUrls(srcset));
      if (MODERN_IMAGE.test(a.get('type') ?? '')) picture.modern = true;
    } else if (name === 'img') {
      if (!picture?.modern) {
        if (src) found.push(src);
        if (srcset) found.push(...srcsetUrls(srcset));
      }
      picture = undefined;
    }
  }
  // Inline module scripts may import chunks; inline styles may name files.
  for (const match of html.matchAll(/<(script|style)\b([^>]*)>([\s\S]*?)<\/\1\s*>/gi)) {
    const [, tag, attributes = '', body = ''] = match;
    if (tag!.toLowerCase() === 'style') found.push(...cssSubresources(body));
    else if (!/\bsrc\s*=/i.test(attributes) && /\btype\s*=\s*["']?module/i.test(attributes))
      found.push(...jsImports(body));
  }
  return found;
}

/** URLs (as written) in a stylesheet's `url(…)`, fonts other than WOFF2 left out. */
export function cssSubresources(css: string): string[] {
  const found: string[] = [];
  for (const match of css.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g)) {
    const url = match[2]!.trim();
    if (!url.startsWith('data:') && !OLD_FONT.test(url.split(/[?#]/)[0]!)) found.push(url);
  }
  return found;
}

/** Specifiers of the modules a built script imports (`import … from "./x.js"`, `import("./y.js")`). */
export function jsImports(js: string): string[] {
  const found: string[] = [];
  for (const match of js.matchAll(/(?:\bfrom|\bimport)\s*\(?\s*(['"`])([^'"\s]+\.m?js)\1/g)) {
    found.push(match[2]!);
  }
  return found;
}

/** Site path of `url` as seen from `from`, or undefined when it leaves the site. */
export function sitePath(url: string, from: string): string | undefined {
  const resolved = new URL(url, BASE + from);
  return resolved.origin === BASE ? decodeURIComponent(resolved.pathname) : undefined;
}

/** The built file behind a site path: `/x/` → `x/index.html`. */
export function builtFile(dist: string, urlPath: string): string {
  const file = path.join(dist, urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath);
  if (!file.startsWith(path.resolve(dist) + path.sep))
    throw new Error(`${urlPath} leaves the build`);
  return file;
}

async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    (s) => s.isFile(),
    () => false,
  );
}

export interface CollectedPack {
  /** Site paths, pages first, each once. */
  urls: string[];
  /** URL → hash of its bytes (12 hex digits): a new version reuses the files that kept theirs. */
  hashes: Record<string, string>;
  bytes: number;
  version: string;
  /** Optional entries the build did not have. */
  skipped: string[];
}

/**
 * Every file the `pages` (required) and `optional` entries need. Throws when a required page,
 * or a file a page refers to, is not in the build.
 */
export async function collectPack(
  dist: string,
  pages: readonly string[],
  optional: readonly string[] = [],
): Promise<CollectedPack> {
  const root = path.resolve(dist);
  const seen = new Map<string, Buffer>();
  const skipped: string[] = [];

  const visit = async (urlPath: string, referrer: string): Promise<void> => {
    if (seen.has(urlPath)) return;
    const file = builtFile(root, urlPath);
    if (!(await exists(file)))
      throw new Error(`${urlPath} (used by ${referrer}) is not in the build`);
    const bytes = await readFile(file);
    seen.set(urlPath, bytes);
    const ext = path.extname(file).toLowerCase();
    const refs =
      ext === '.html'
        ? htmlSubresources(bytes.toString('utf8'))
        : ext === '.css'
          ? cssSubresources(bytes.toString('utf8'))
          : ext === '.js' || ext === '.mjs'
            ? jsImports(bytes.toString('utf8'))
            : [];
    for (const ref of refs) {
      const target = sitePath(ref, urlPath);
      if (target !== undefined) await visit(target, urlPath);
    }
  };

  for (const page of pages) await visit(page, 'the pack');
  for (const entry of optional) {
    if (await exists(builtFile(root, entry))) await visit(entry, 'the pack');
    else skipped.push(entry);
  }

  const urls = [...seen.keys()];
  const bytes = [...seen.values()].reduce((sum, b) => sum + b.length, 0);
  const hashes: Record<string, string> = {};
  for (const [url, content] of seen) {
    hashes[url] = createHash('sha256').update(content).digest('hex').slice(0, 12);
  }
  const version = createHash('sha256');
  for (const url of urls.toSorted()) version.update(`${url}\n${hashes[url]}\n`);
  return { urls, hashes, bytes, version: version.digest('hex').slice(0, 16), skipped };
}
