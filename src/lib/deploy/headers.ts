/**
 * The `_headers` file static hosts read (Netlify and Cloudflare Pages format; the same rules
 * are written for nginx in docs/deploy.md):
 *
 *   /path/pattern          a path, `*` matches the rest, `:name` one segment
 *     Header-Name: value   indented lines apply to it
 *
 * Every response gets the security headers; hashed and immutable files get a year of cache,
 * pages and the few files whose name stays the same while their content changes (badges,
 * search manifests, open data) revalidate. Patterns never overlap on one header, because hosts
 * join the values of two matching rules with a comma.
 */
import { createHash } from 'node:crypto';

export interface HeaderRule {
  pattern: string;
  headers: Record<string, string>;
}

export interface SecurityOptions {
  /** Hashes (`'sha256-…'`) of every inline script the pages carry. */
  scriptHashes: readonly string[];
  /** Origins the browser may fetch from besides the site: the Meilisearch host, if any. */
  connectOrigins: readonly string[];
}

/** `'sha256-…'` of an inline script's text, as CSP wants it. */
export const scriptHash = (source: string): string =>
  `'sha256-${createHash('sha256').update(source, 'utf8').digest('base64')}'`;

/**
 * The Content-Security-Policy: scripts only from the site and the listed inline hashes (no
 * `unsafe-inline`, no `unsafe-eval`); styles from the site plus inline style attributes
 * (Astro's responsive images and the island styles use them; styles cannot run code).
 */
export function contentSecurityPolicy({ scriptHashes, connectOrigins }: SecurityOptions): string {
  return [
    "default-src 'self'",
    `script-src 'self'${scriptHashes.map((h) => ` ${h}`).join('')}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${connectOrigins.map((o) => ` ${o}`).join('')}`,
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

const YEAR = 'public, max-age=31536000, immutable';
const HOUR = 'public, max-age=3600';
const REVALIDATE = 'public, max-age=0, must-revalidate';

export function headerRules(options: SecurityOptions): HeaderRule[] {
  return [
    {
      pattern: '/*',
      headers: {
        'Content-Security-Policy': contentSecurityPolicy(options),
        'Strict-Transport-Security': 'max-age=63072000; includeSubDomains; preload',
        'X-Content-Type-Options': 'nosniff',
        'Referrer-Policy': 'strict-origin-when-cross-origin',
        'Permissions-Policy':
          'geolocation=(self), camera=(), microphone=(), payment=(), usb=(), interest-cohort=()',
        'X-Frame-Options': 'DENY',
        'Cross-Origin-Opener-Policy': 'same-origin',
      },
    },
    // Content-hashed names: cache for a year.
    { pattern: '/_astro/*', headers: { 'Cache-Control': YEAR } },
    { pattern: '/search/fallback/terms/*', headers: { 'Cache-Control': YEAR } },
    { pattern: '/search/fallback/records/*', headers: { 'Cache-Control': YEAR } },
    { pattern: '/search/fallback/codes/*', headers: { 'Cache-Control': YEAR } },
    { pattern: '/search/fallback/data/*', headers: { 'Cache-Control': YEAR } },
    // Same name, new content at each build: short lives.
    { pattern: '/search/fallback/manifest.json', headers: { 'Cache-Control': REVALIDATE } },
    { pattern: '/du-lieu/*', headers: { 'Cache-Control': HOUR } },
    { pattern: '/p/:code/huy-hieu.svg', headers: { 'Cache-Control': HOUR } },
    { pattern: '/en/p/:code/badge.svg', headers: { 'Cache-Control': HOUR } },
    { pattern: '/p/:code/qr.svg', headers: { 'Cache-Control': 'public, max-age=86400' } },
    { pattern: '/p/:code/qr.png', headers: { 'Cache-Control': 'public, max-age=86400' } },
    { pattern: '/c/:code/qr.svg', headers: { 'Cache-Control': 'public, max-age=86400' } },
    { pattern: '/c/:code/qr.png', headers: { 'Cache-Control': 'public, max-age=86400' } },
    { pattern: '/og/*', headers: { 'Cache-Control': 'public, max-age=86400' } },
    // The service worker must always be fresh, or a fair pack could stay stale for a day.
    { pattern: '/sw.js', headers: { 'Cache-Control': 'no-cache' } },
  ];
}

export function formatHeaders(rules: readonly HeaderRule[]): string {
  return `${rules
    .map(
      (rule) =>
        `${rule.pattern}\n${Object.entries(rule.headers)
          .map(([name, value]) => `  ${name}: ${value}`)
          .join('\n')}`,
    )
    .join('\n\n')}\n`;
}

/** Reads a `_headers` file back (for the test server and the tests). */
export function parseHeaders(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  let current: HeaderRule | undefined;
  for (const [i, line] of text.split('\n').entries()) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      current = { pattern: line.trim(), headers: {} };
      rules.push(current);
      continue;
    }
    const colon = line.indexOf(':');
    if (!current || colon < 0) throw new Error(`_headers line ${String(i + 1)}: "${line}"`);
    current.headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
  }
  return rules;
}

/** Does a `_headers` / `_redirects` pattern match a URL path? (`*` = rest, `:x` = segment) */
export function matchesPattern(pattern: string, urlPath: string): boolean {
  const source = pattern
    .split(/(\*|:[a-z]+)/i)
    .map((part) =>
      part === '*'
        ? '.*'
        : part.startsWith(':')
          ? '[^/]+'
          : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'),
    )
    .join('');
  return new RegExp(`^${source}$`).test(urlPath);
}

/** Headers for a path as a host applies them: every matching rule, values of a name joined. */
export function headersFor(rules: readonly HeaderRule[], urlPath: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const rule of rules) {
    if (!matchesPattern(rule.pattern, urlPath)) continue;
    for (const [name, value] of Object.entries(rule.headers)) {
      out[name] = out[name] === undefined ? value : `${out[name]}, ${value}`;
    }
  }
  return out;
}

/** Inline scripts of an HTML page (not JSON data blocks), as CSP hashes them. */
export function inlineScripts(html: string): string[] {
  const scripts: string[] = [];
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attributes = match[1] ?? '';
    if (/\ssrc\s*=/i.test(attributes)) continue;
    const type = /\stype\s*=\s*["']?([^"'\s>]+)/i.exec(attributes)?.[1]?.toLowerCase();
    if (type && type !== 'module' && type !== 'text/javascript') continue;
    scripts.push(match[2] ?? '');
  }
  return scripts;
}
