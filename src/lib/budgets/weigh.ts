/**
 * What a first visit to a built page downloads, measured from the files in the build: the
 * HTML, its stylesheets, its scripts and every module they import, the fonts the CSS names,
 * each compressed with brotli as a static host serves it. Photos and other `<img>` content are
 * listed apart (budgets count pages "without photos"). Used by `scripts/check-budgets.ts` and
 * the benchmark.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';

export type ResourceKind = 'html' | 'css' | 'js' | 'font' | 'image';

export interface Resource {
  url: string;
  kind: ResourceKind;
  raw: number;
  /** Brotli-compressed size (what a host serving precompressed files sends); images as is. */
  transferred: number;
}

export interface PageWeight {
  page: string;
  resources: Resource[];
  /** Bytes transferred by kind. */
  transferred: Record<ResourceKind, number>;
  raw: Record<ResourceKind, number>;
  /** Everything but images. */
  totalWithoutImages: number;
  images: ImageUse[];
}

export interface ImageUse {
  tag: 'img' | 'source';
  /** Every candidate URL (src and srcset). */
  candidates: { url: string; width?: number }[];
  width?: number;
  height?: number;
  sizes?: string;
  inPicture: boolean;
}

const sizeCache = new Map<string, { raw: number; transferred: number }>();

async function sizeOf(
  file: string,
  compress: boolean,
): Promise<{ raw: number; transferred: number }> {
  const key = `${file}:${String(compress)}`;
  const hit = sizeCache.get(key);
  if (hit) return hit;
  const buffer = await readFile(file);
  const size = {
    raw: buffer.length,
    transferred: compress
      ? brotliCompressSync(buffer, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length
      : buffer.length,
  };
  sizeCache.set(key, size);
  return size;
}

/** The file behind a same-origin URL path, or undefined for other origins and data URLs. */
function fileOf(root: string, url: string, base = '/'): string | undefined {
  if (/^(data:|blob:|[a-z]+:\/\/|\/\/)/i.test(url)) return undefined;
  const resolved = new URL(url, `http://site${base}`).pathname;
  let file = path.join(root, decodeURIComponent(resolved));
  if (resolved.endsWith('/')) file = path.join(file, 'index.html');
  return file;
}

function attr(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  if (!match) return undefined;
  return match[1] ?? match[2] ?? match[3];
}

/** Stylesheets, scripts (with `modulepreload`s) and images an HTML page references. */
export function pageReferences(html: string): {
  css: string[];
  js: string[];
  images: ImageUse[];
} {
  const css: string[] = [];
  const js: string[] = [];
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    const rel = attr(tag, 'rel')?.toLowerCase() ?? '';
    const href = attr(tag, 'href');
    if (!href) continue;
    if (rel.split(/\s+/).includes('stylesheet')) css.push(href);
    if (rel === 'modulepreload') js.push(href);
  }
  for (const [tag] of html.matchAll(/<script\b[^>]*>/gi)) {
    const src = attr(tag, 'src');
    if (src) js.push(src);
  }
  // Island hydration scripts are named in attributes of <astro-island>.
  for (const [tag] of html.matchAll(/<astro-island\b[^>]*>/gi)) {
    for (const name of ['component-url', 'renderer-url']) {
      const url = attr(tag, name);
      if (url) js.push(url);
    }
  }
  const images: ImageUse[] = [];
  const pictures = [...html.matchAll(/<picture\b[\s\S]*?<\/picture>/gi)].map((m) => [
    m.index,
    m.index + m[0].length,
  ]);
  for (const match of html.matchAll(/<(img|source)\b[^>]*>/gi)) {
    const tag = match[0];
    const isSource = match[1]!.toLowerCase() === 'source';
    const candidates: ImageUse['candidates'] = [];
    const src = attr(tag, 'src');
    if (src) candidates.push({ url: src });
    for (const part of (attr(tag, 'srcset') ?? '').split(',')) {
      const [url, descriptor] = part.trim().split(/\s+/);
      if (!url) continue;
      const w = descriptor?.endsWith('w') ? Number(descriptor.slice(0, -1)) : undefined;
      candidates.push(w === undefined ? { url } : { url, width: w });
    }
    if (!candidates.length) continue;
    const width = attr(tag, 'width');
    const height = attr(tag, 'height');
    const sizes = attr(tag, 'sizes');
    images.push({
      tag: isSource ? 'source' : 'img',
      candidates,
      ...(width && !isSource ? { width: Number(width) } : {}),
      ...(height && !isSource ? { height: Number(height) } : {}),
      ...(sizes ? { sizes } : {}),
      inPicture: pictures.some(([a, b]) => match.index >= a! && match.index < b!),
    });
  }
  return { css, js, images };
}

/**
 * Static imports of an ES module bundle (`import … from "./x.js"`, `export … from`): what a
 * first visit loads. A dynamic `import("./y.js")` is loaded on demand (the cart's payment code,
 * say) and is not counted here.
 */
export function moduleImports(source: string): string[] {
  const out = new Set<string>();
  for (const m of source.matchAll(
    /(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+\.m?js)["']/g,
  ))
    out.add(m[1]!);
  return [...out];
}

/** Fonts a stylesheet names (`url(…woff2)`). */
export const cssFonts = (css: string): string[] =>
  [...css.matchAll(/url\(\s*["']?([^"')]+\.(?:woff2?|ttf|otf))["']?\s*\)/gi)].map((m) => m[1]!);

const emptyByKind = (): Record<ResourceKind, number> => ({
  html: 0,
  css: 0,
  js: 0,
  font: 0,
  image: 0,
});

/**
 * Weighs one page of the build at `root` (URL path such as `/san-pham/x/`). Fonts are counted
 * when a stylesheet names them: a browser only fetches those its text needs, so this is the
 * upper bound.
 */
export async function weighPage(root: string, page: string): Promise<PageWeight> {
  const htmlFile = fileOf(root, page)!;
  const html = await readFile(htmlFile, 'utf8');
  const refs = pageReferences(html);
  const resources: Resource[] = [];
  const seen = new Set<string>();
  const add = async (url: string, kind: ResourceKind, base: string) => {
    const file = fileOf(root, url, base);
    if (!file || seen.has(file)) return;
    seen.add(file);
    let size: { raw: number; transferred: number };
    try {
      size = await sizeOf(file, kind !== 'image' && kind !== 'font');
    } catch {
      throw new Error(`${page} names ${url}, which is not in the build`);
    }
    const absolute = new URL(url, `http://site${base}`).pathname;
    resources.push({ url: absolute, kind, ...size });
    if (kind === 'js') {
      for (const dep of moduleImports(await readFile(file, 'utf8'))) await add(dep, 'js', absolute);
    }
    if (kind === 'css') {
      for (const font of cssFonts(await readFile(file, 'utf8'))) await add(font, 'font', absolute);
    }
  };
  const size = await sizeOf(htmlFile, true);
  resources.push({ url: page, kind: 'html', ...size });
  seen.add(htmlFile);
  for (const url of refs.css) await add(url, 'css', page);
  for (const url of refs.js) await add(url, 'js', page);
  const transferred = emptyByKind();
  const raw = emptyByKind();
  for (const r of resources) {
    transferred[r.kind] += r.transferred;
    raw[r.kind] += r.raw;
  }
  return {
    page,
    resources,
    transferred,
    raw,
    totalWithoutImages: transferred.html + transferred.css + transferred.js + transferred.font,
    images: refs.images,
  };
}

const MODERN = /\.(webp|avif|svg)(\?|$)/i;

/**
 * Image problems on a page: a format that is not WebP, AVIF or SVG (except the fallback `<img>`
 * inside a `<picture>` whose `<source>`s are modern), an `<img>` without width and height
 * (layout shift), a width-described srcset without `sizes`, a candidate wider than `maxWidth`.
 */
export function imageProblems(images: readonly ImageUse[], maxWidth = 1600): string[] {
  const problems: string[] = [];
  for (const image of images) {
    const first = image.candidates[0]!.url;
    const fallback = image.tag === 'img' && image.inPicture;
    if (!fallback && !image.candidates.every((c) => MODERN.test(c.url)))
      problems.push(`${first}: not WebP, AVIF or SVG`);
    if (image.tag === 'img' && (image.width === undefined || image.height === undefined))
      problems.push(`${first}: no width and height`);
    if (image.candidates.some((c) => c.width !== undefined) && !image.sizes)
      problems.push(`${first}: srcset with widths but no sizes`);
    for (const c of image.candidates)
      if (c.width !== undefined && c.width > maxWidth)
        problems.push(`${c.url}: ${String(c.width)} px wide, more than ${String(maxWidth)}`);
  }
  return problems;
}
