/**
 * A tiny static file server for a built copy of the site, as a static host serves it, for the
 * benchmarks and the end-to-end tests (loopback only): `/a/` → `a/index.html`, `/a` → 301 to
 * `/a/` when `a` is a folder, anything else → 404 with the site's `404.html`, never outside the
 * root. It serves brotli
 * (quality 11) or gzip (level 9), chosen from the request's Accept-Encoding, as a static host
 * that precompresses would. Compressed bodies are cached in memory, so only the first request
 * of a file pays for compressing it (`precompress` pays up front). Headers as the site asks in
 * docs/search.md: `manifest.json` and HTML revalidate, hashed files (`_astro/`, index shards)
 * are immutable.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readdir, readFile, stat } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import {
  headersFor,
  matchesPattern,
  parseHeaders,
  type HeaderRule,
} from '../../src/lib/deploy/headers.ts';
import { parseRedirects, type Redirect } from '../../src/lib/deploy/redirects.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
};
const COMPRESSIBLE = new Set([
  '.html',
  '.js',
  '.mjs',
  '.css',
  '.json',
  '.svg',
  '.xml',
  '.txt',
  '.csv',
]);

export type Encoding = 'br' | 'gzip' | 'identity';

export interface StaticServer {
  origin: string;
  /** Responses sent, by encoding (to report what the browser actually got). */
  served: Record<Encoding, number>;
  /** Compresses every compressible file under `dir` (relative to the root) now. */
  precompress: (dir: string) => Promise<number>;
  stop: () => Promise<void>;
}

export interface StaticServerOptions {
  root: string;
  /** Highest encoding offered (default 'br'). */
  encoding?: Encoding;
  /** Extra in-memory pages: URL path → HTML. */
  pages?: Record<string, string>;
  /**
   * Apply the build's `_headers` and `_redirects` as a static host does (Netlify, Cloudflare
   * Pages): redirects before files, every matching header rule on every response.
   */
  hostRules?: boolean;
  /** Loopback port to listen on (default: any free one). */
  port?: number;
}

interface Cached {
  mtimeMs: number;
  size: number;
  raw: Buffer;
  br?: Buffer;
  gzip?: Buffer;
}

function cacheControl(urlPath: string): string {
  if (urlPath.endsWith('/manifest.json') || urlPath.endsWith('.html') || urlPath.endsWith('/')) {
    return 'no-cache';
  }
  if (urlPath.startsWith('/_astro/') || urlPath.startsWith('/search/fallback/')) {
    return 'public, max-age=31536000, immutable';
  }
  return 'public, max-age=3600';
}

function pickEncoding(header: string | undefined, offered: Encoding): Encoding {
  const accepted = (header ?? '').split(',').map((part) => part.trim().split(';')[0]);
  if (offered === 'br' && accepted.includes('br')) return 'br';
  if (offered !== 'identity' && accepted.includes('gzip')) return 'gzip';
  return 'identity';
}

export async function startStaticServer(options: StaticServerOptions): Promise<StaticServer> {
  const root = path.resolve(options.root);
  const offered = options.encoding ?? 'br';
  const cache = new Map<string, Cached>();
  const served: Record<Encoding, number> = { br: 0, gzip: 0, identity: 0 };
  let headerRules: HeaderRule[] = [];
  let redirects: Redirect[] = [];
  if (options.hostRules) {
    headerRules = parseHeaders(await readFile(path.join(root, '_headers'), 'utf8'));
    redirects = parseRedirects(await readFile(path.join(root, '_redirects'), 'utf8'));
  }
  const isPattern = (r: Redirect) => /[*:]/.test(r.from);
  const exactRedirects = new Map(redirects.filter((r) => !isPattern(r)).map((r) => [r.from, r]));
  const patternRedirects = redirects.filter(isPattern);

  async function load(file: string): Promise<Cached> {
    const info = await stat(file);
    const hit = cache.get(file);
    if (hit && hit.mtimeMs === info.mtimeMs && hit.size === info.size) return hit;
    const entry: Cached = { mtimeMs: info.mtimeMs, size: info.size, raw: await readFile(file) };
    cache.set(file, entry);
    return entry;
  }

  function body(entry: Cached, encoding: Encoding): Buffer {
    if (encoding === 'br') {
      entry.br ??= brotliCompressSync(entry.raw, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: 11,
          [constants.BROTLI_PARAM_SIZE_HINT]: entry.raw.length,
        },
      });
      return entry.br;
    }
    if (encoding === 'gzip') {
      entry.gzip ??= gzipSync(entry.raw, { level: 9 });
      return entry.gzip;
    }
    return entry.raw;
  }

  async function isFolder(urlPath: string): Promise<boolean> {
    const target = path.resolve(root, `.${urlPath}`);
    if (!target.startsWith(root + path.sep)) return false;
    try {
      return (await stat(target)).isDirectory();
    } catch {
      return false;
    }
  }

  /** URL path → file, or undefined when outside the root or missing. */
  async function resolve(urlPath: string): Promise<string | undefined> {
    const target = path.resolve(root, `.${urlPath}`);
    if (target !== root && !target.startsWith(root + path.sep)) return undefined;
    try {
      const info = await stat(target);
      if (info.isDirectory()) {
        const index = path.join(target, 'index.html');
        return (await stat(index)).isFile() ? index : undefined;
      }
      return info.isFile() ? target : undefined;
    } catch {
      return undefined;
    }
  }

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://localhost');
    let urlPath: string;
    try {
      urlPath = decodeURIComponent(url.pathname);
    } catch {
      response.writeHead(400).end();
      return;
    }
    const redirect =
      exactRedirects.get(urlPath) ?? patternRedirects.find((r) => matchesPattern(r.from, urlPath));
    if (redirect) {
      response
        .writeHead(redirect.status, {
          ...headersFor(headerRules, urlPath),
          Location: `${redirect.to}${url.search}`,
        })
        .end();
      return;
    }
    if (!urlPath.endsWith('/') && !path.extname(urlPath) && (await isFolder(urlPath))) {
      response.writeHead(301, { Location: `${urlPath}/${url.search}` }).end();
      return;
    }
    const inline = options.pages?.[urlPath];
    let entry: Cached;
    let ext: string;
    let status = 200;
    if (inline !== undefined) {
      entry = { mtimeMs: 0, size: 0, raw: Buffer.from(inline) };
      ext = '.html';
    } else {
      let file = await resolve(urlPath);
      if (!file) {
        status = 404;
        file = await resolve('/404.html');
        if (!file) {
          response.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
          return;
        }
      }
      entry = await load(file);
      ext = path.extname(file).toLowerCase();
    }
    const encoding = COMPRESSIBLE.has(ext)
      ? pickEncoding(request.headers['accept-encoding'], offered)
      : 'identity';
    const payload = body(entry, encoding);
    served[encoding] += 1;
    const headers: Record<string, string | number> = {
      'Content-Type': TYPES[ext] ?? 'application/octet-stream',
      'Content-Length': payload.length,
      'Cache-Control': cacheControl(urlPath),
      Vary: 'Accept-Encoding',
      ...headersFor(headerRules, urlPath),
    };
    if (encoding !== 'identity') headers['Content-Encoding'] = encoding;
    response.writeHead(status, headers);
    response.end(request.method === 'HEAD' ? undefined : payload);
  }

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      if (!response.headersSent) response.writeHead(500, { 'Content-Type': 'text/plain' });
      response.end(String(error));
    });
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;

  async function precompress(dir: string): Promise<number> {
    let count = 0;
    const start = path.join(root, dir);
    let entries: string[];
    try {
      entries = await readdir(start, { recursive: true });
    } catch {
      return 0;
    }
    for (const name of entries) {
      const file = path.join(start, name);
      if (!COMPRESSIBLE.has(path.extname(file).toLowerCase())) continue;
      if (!(await stat(file)).isFile()) continue;
      const entry = await load(file);
      if (offered !== 'identity') body(entry, 'gzip');
      if (offered === 'br') body(entry, 'br');
      count += 1;
    }
    return count;
  }

  return {
    origin: `http://127.0.0.1:${port}`,
    served,
    precompress,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          resolve();
        });
      }),
  };
}
