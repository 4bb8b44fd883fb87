/**
 * Internal link checker for the built site. Reads every HTML file under `dist/`, collects the
 * URLs in `href`, `src`, `srcset` and `poster` attributes (and the link-preview URLs in
 * `og:url`, `og:image`, `twitter:image` meta tags), and checks that every internal one — root-
 * or page-relative, or absolute on the site's public origin — names a file of the build:
 *
 *   /x/          → dist/x/index.html
 *   /x/file.jpg  → dist/x/file.jpg (as is; `/x` without its slash is not `/x/`)
 *
 * and that a `#fragment` names an `id` (or `<a name>`) on the target page; a fragment-only
 * link (`#main`) is checked against its own page. `mailto:`, `tel:`, other schemes and other
 * hosts are not followed.
 *
 * HTML is read by a small tokenizer (`src/lib/links/html-tags.ts`) rather than a parser: the only parser in node_modules
 * (`ultrahtml`, a transitive dependency of Astro, not one of ours) misreads unquoted
 * attribute values (`<img src=/a.jpg>` gives `src=""`). The tokenizer skips comments, doctype,
 * CDATA and the contents of raw-text elements (`<script>`, `<style>`, `<textarea>`…), reads
 * quoted, unquoted and bare attributes, and decodes character references in values.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { decodeEntities, srcsetUrls, startTags, type Tag } from '../../src/lib/links/html-tags.ts';

export interface BrokenLink {
  /** Site path of the page the link is on, e.g. `/san-pham/x/`. */
  page: string;
  /** The attribute it was found in, e.g. `href`, `srcset`, `meta og:image`. */
  attribute: string;
  /** The URL as written (character references decoded). */
  url: string;
  reason: string;
}

export interface LinkCheckResult {
  pages: number;
  /** Internal URLs checked (each distinct URL once per page). */
  links: number;
  broken: BrokenLink[];
}

export interface LinkCheckOptions {
  /**
   * Public origin(s) of the site: absolute URLs on them are internal. Defaults to the
   * `SITE_URL` environment variable and the origin of the URLs in `dist/sitemap-index.xml`.
   */
  site?: string | readonly string[];
}

// The tokenizer lives in src/lib/links/ (the offline packs use it too); re-exported for the tests.
export { decodeEntities, srcsetUrls, startTags, type Tag };

const PREVIEW_META = new Set([
  'og:url',
  'og:image',
  'og:image:url',
  'og:image:secure_url',
  'twitter:image',
]);

/** Every URL-bearing attribute of a tag: [where it was found, URL as written]. */
function urlsOf(tag: Tag): [string, string][] {
  const found: [string, string][] = [];
  for (const attribute of ['href', 'xlink:href', 'src', 'poster']) {
    const value = tag.attributes.get(attribute);
    if (value !== undefined) found.push([attribute, value.trim()]);
  }
  const srcset = tag.attributes.get('srcset');
  if (srcset !== undefined) for (const url of srcsetUrls(srcset)) found.push(['srcset', url]);
  if (tag.name === 'meta') {
    const key = tag.attributes.get('property') ?? tag.attributes.get('name') ?? '';
    const content = tag.attributes.get('content');
    if (PREVIEW_META.has(key) && content !== undefined) found.push([`meta ${key}`, content.trim()]);
  }
  return found;
}

// ---- Checking ------------------------------------------------------------------------------

/** A stand-in origin for resolving relative URLs; never requested. */
const LOCAL = 'http://dist.invalid';

interface Page {
  path: string;
  file: string;
  ids: Set<string>;
  links: [string, string][];
}

function htmlFiles(dist: string): string[] {
  return readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.html'))
    .map((name) => join(dist, name))
    .sort();
}

/** `dist/a/b/index.html` → `/a/b/`; `dist/404.html` → `/404.html`. */
function sitePath(dist: string, file: string): string {
  const rel = relative(dist, file).split(sep).join('/');
  if (rel === 'index.html') return '/';
  return rel.endsWith('/index.html') ? `/${rel.slice(0, -'index.html'.length)}` : `/${rel}`;
}

function readPage(dist: string, file: string): Page {
  const ids = new Set<string>();
  const links: [string, string][] = [];
  for (const tag of startTags(readFileSync(file, 'utf8'))) {
    const id = tag.attributes.get('id');
    if (id) ids.add(id);
    const name = tag.attributes.get('name');
    if (tag.name === 'a' && name) ids.add(name);
    links.push(...urlsOf(tag));
  }
  return { path: sitePath(dist, file), file, ids, links };
}

/** Origins named in `dist/sitemap-index.xml` and by `SITE_URL`. */
function siteOrigins(dist: string, site: LinkCheckOptions['site']): Set<string> {
  const given = site === undefined ? [] : typeof site === 'string' ? [site] : [...site];
  const env = process.env['SITE_URL'];
  if (env) given.push(env);
  const index = join(dist, 'sitemap-index.xml');
  if (site === undefined && existsSync(index)) {
    for (const match of readFileSync(index, 'utf8').matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>/g)) {
      given.push(decodeEntities(match[1]!));
    }
  }
  const origins = new Set<string>();
  for (const url of given) {
    try {
      origins.add(new URL(url).origin);
    } catch {
      throw new Error(`Not an absolute URL for the site's origin: "${url}"`);
    }
  }
  return origins;
}

export function checkLinks(dist: string, options: LinkCheckOptions = {}): LinkCheckResult {
  if (!existsSync(join(dist, 'index.html'))) {
    throw new Error(`${dist} has no index.html: build the site first (npx astro build)`);
  }
  const origins = siteOrigins(dist, options.site);
  const pages = htmlFiles(dist).map((file) => readPage(dist, file));
  const idsByFile = new Map(pages.map((p) => [p.file, p.ids]));
  const kind = new Map<string, 'file' | 'directory' | 'missing'>();
  const kindOf = (path: string) => {
    let k = kind.get(path);
    if (!k) {
      k = !existsSync(path) ? 'missing' : statSync(path).isDirectory() ? 'directory' : 'file';
      kind.set(path, k);
    }
    return k;
  };

  const broken: BrokenLink[] = [];
  let links = 0;
  for (const page of pages) {
    const seen = new Set<string>();
    for (const [attribute, url] of page.links) {
      if (url === '' || seen.has(url)) continue;
      seen.add(url);
      const fail = (reason: string) => broken.push({ page: page.path, attribute, url, reason });

      if (url.startsWith('#')) {
        const id = safeDecode(url.slice(1));
        if (url === '#' || id === 'top') continue;
        links++;
        if (id === undefined) fail('malformed percent-encoding in the fragment');
        else if (!page.ids.has(id)) fail(`no element with id="${id}" on this page`);
        continue;
      }
      const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(url)?.[1]?.toLowerCase();
      if (scheme && scheme !== 'http' && scheme !== 'https') continue;
      let target: URL;
      try {
        target = new URL(url, LOCAL + page.path);
      } catch {
        links++;
        fail('not a valid URL');
        continue;
      }
      if (target.origin !== LOCAL && !origins.has(target.origin)) continue;

      links++;
      const path = safeDecode(target.pathname);
      if (path === undefined) {
        fail('malformed percent-encoding in the path');
        continue;
      }
      const file = path.endsWith('/') ? join(dist, path, 'index.html') : join(dist, path);
      const rel = relative(dist, file);
      if (rel.startsWith('..')) {
        fail('points outside the site');
        continue;
      }
      const found = kindOf(file);
      if (found === 'directory') {
        fail(`${path} is a directory: link to ${path}/`);
        continue;
      }
      if (found === 'missing') {
        fail(`no file dist/${rel.split(sep).join('/')}`);
        continue;
      }
      const fragment = target.hash.slice(1);
      if (fragment === '' || fragment === 'top' || !file.endsWith('.html')) continue;
      const id = safeDecode(fragment);
      const ids = idsByFile.get(file);
      if (id === undefined) fail('malformed percent-encoding in the fragment');
      else if (ids && !ids.has(id)) fail(`no element with id="${id}" on ${path}`);
    }
  }
  return { pages: pages.length, links, broken };
}

function safeDecode(value: string): string | undefined {
  try {
    return decodeURIComponent(value);
  } catch {
    return undefined;
  }
}

/** Broken links grouped by page, one per line, for the terminal and test failures. */
export function formatBrokenLinks(broken: readonly BrokenLink[]): string {
  const byPage = new Map<string, BrokenLink[]>();
  for (const link of broken) {
    const list = byPage.get(link.page) ?? [];
    list.push(link);
    byPage.set(link.page, list);
  }
  const lines: string[] = [];
  for (const [page, list] of byPage) {
    lines.push(page);
    for (const link of list) lines.push(`  ${link.attribute}="${link.url}": ${link.reason}`);
  }
  return lines.join('\n');
}
