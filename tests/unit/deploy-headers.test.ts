import { describe, expect, it } from 'vitest';
import { buildFallbackIndex } from '../../src/lib/search/fallback/build-index.ts';
import { makeDocuments } from '../support/fallback-index.ts';
import {
  contentSecurityPolicy,
  formatHeaders,
  headerRules,
  headersFor,
  inlineScripts,
  matchesPattern,
  parseHeaders,
  scriptHash,
} from '../../src/lib/deploy/headers.ts';
import {
  formatRedirects,
  pageAliasRedirects,
  parseRedirects,
  producerShortRedirects,
  provinceAliasRedirects,
} from '../../src/lib/deploy/redirects.ts';

const rules = headerRules({ scriptHashes: [scriptHash('x()')], connectOrigins: [] });

describe('_headers', () => {
  it('round-trips through its text format', () => {
    expect(parseHeaders(formatHeaders(rules))).toEqual(rules);
  });

  it('matches `*` to the rest of a path and `:name` to one segment', () => {
    expect(matchesPattern('/_astro/*', '/_astro/a.b.js')).toBe(true);
    expect(matchesPattern('/p/:code/qr.svg', '/p/k7q2m4/qr.svg')).toBe(true);
    expect(matchesPattern('/p/:code/qr.svg', '/p/a/b/qr.svg')).toBe(false);
    expect(matchesPattern('/sw.js', '/swXjs')).toBe(false);
  });

  it('never gives a path two Cache-Control values (hosts would join them)', () => {
    for (const path of [
      '/',
      '/san-pham/x/',
      '/_astro/a.js',
      '/search/fallback/manifest.json',
      '/search/fallback/terms/ab.json',
      '/du-lieu/ocop-san-pham.csv',
      '/p/k7q2m4/',
      '/p/k7q2m4/qr.png',
      '/p/k7q2m4/huy-hieu.svg',
      '/en/p/k7q2m4/badge.svg',
      '/og/p/k7q2m4.jpg',
      '/og/en/p/k7q2m4.jpg',
      '/sw.js',
    ]) {
      const setting = rules.filter(
        (r) => r.headers['Cache-Control'] !== undefined && matchesPattern(r.pattern, path),
      );
      expect(setting.length, path).toBeLessThanOrEqual(1);
    }
  });

  it('caches the English badge for an hour, as the Vietnamese one', () => {
    const vi = headersFor(rules, '/p/k7q2m4/huy-hieu.svg')['Cache-Control'];
    expect(vi).toContain('max-age=3600');
    expect(headersFor(rules, '/en/p/k7q2m4/badge.svg')['Cache-Control']).toBe(vi);
  });

  it('caches the English share cards as the Vietnamese ones (one /og/ rule)', () => {
    for (const kind of ['p', 'c'])
      expect(headersFor(rules, `/og/en/${kind}/k7q2m4.jpg`)['Cache-Control']).toBe(
        headersFor(rules, `/og/${kind}/k7q2m4.jpg`)['Cache-Control'],
      );
    expect(headersFor(rules, '/og/p/k7q2m4.jpg')['Cache-Control']).toBe('public, max-age=86400');
    expect(headersFor(rules, '/en/og-default.png')['Cache-Control']).toBe(
      headersFor(rules, '/og-default.png')['Cache-Control'],
    );
  });

  it('caches every hashed file of the server-less index for a year, and revalidates its manifest', () => {
    const { files } = buildFallbackIndex(
      {
        products: makeDocuments([
          { name: 'Bánh cáy làng Nguyễn', province: 'hung-yen', description: 'Bánh từ gạo nếp.' },
          { name: 'Mật ong hoa cà phê', province: 'dak-lak' },
        ]),
      },
      { statusDate: '2026-12-06' },
    );
    expect(files.size).toBeGreaterThan(5);
    for (const file of files.keys()) {
      const cache = headersFor(rules, `/search/fallback/${file}`)['Cache-Control'];
      if (file === 'manifest.json') expect(cache, file).toBe('public, max-age=0, must-revalidate');
      else expect(cache, file).toBe('public, max-age=31536000, immutable');
    }
  });

  it('gives every path the security headers', () => {
    const headers = headersFor(rules, '/tinh/ha-noi/');
    expect(headers['Strict-Transport-Security']).toMatch(/^max-age=\d+/);
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
    expect(headers['Referrer-Policy']).toBeDefined();
    expect(headers['Permissions-Policy']).toBeDefined();
  });

  it('allows scripts only from the site and by hash', () => {
    const csp = contentSecurityPolicy({
      scriptHashes: ["'sha256-abc'"],
      connectOrigins: ['https://search.example.vn'],
    });
    const scriptSrc = /script-src ([^;]+)/.exec(csp)?.[1];
    expect(scriptSrc).toBe("'self' 'sha256-abc'");
    expect(csp).toContain("connect-src 'self' https://search.example.vn");
    expect(csp).not.toContain('unsafe-eval');
  });

  it('hashes inline scripts as browsers do (sha256, base64)', () => {
    // echo -n 'alert(1)' | openssl dgst -sha256 -binary | base64
    expect(scriptHash('alert(1)')).toBe("'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='");
  });

  it('finds inline scripts but not external ones or JSON data blocks', () => {
    const html =
      '<script type="module" src="/a.js"></script><script>one()</script>' +
      '<script type="application/ld+json">{"a":1}</script><script type="module">two()</script>' +
      '<script type="application/json">[]</script>';
    expect(inlineScripts(html)).toEqual(['one()', 'two()']);
  });
});

describe('_redirects', () => {
  it('round-trips through its text format', () => {
    const redirects = producerShortRedirects([{ code: 'k7q2m4', slug: 'htx-a' }]);
    expect(parseRedirects(formatRedirects(redirects))).toEqual(redirects);
    expect(redirects).toEqual([
      { from: '/c/k7q2m4/', to: '/chu-the/htx-a/', status: 301 },
      { from: '/en/c/k7q2m4/', to: '/en/chu-the/htx-a/', status: 301 },
    ]);
  });

  it('sends the full-name forms of old and new provinces to their pages, never shadowing one', () => {
    const aliases = provinceAliasRedirects();
    const to = (from: string) => aliases.find((r) => r.from === from)?.to;
    expect(to('/tinh/tinh-thai-binh/')).toBe('/tinh/thai-binh/');
    expect(to('/tinh/thanh-pho-ho-chi-minh/')).toBe('/tinh/ho-chi-minh/');
    expect(to('/en/tinh/tinh-tra-vinh/')).toBe('/en/tinh/tra-vinh/');
    expect(aliases.some((r) => r.from === '/tinh/ha-noi/')).toBe(false);
    expect(new Set(aliases.map((r) => r.from)).size).toBe(aliases.length);
  });

  it('sends the English cart alias to the cart (the path is the same in both languages)', () => {
    expect(pageAliasRedirects()).toEqual([{ from: '/en/cart/', to: '/en/gio-hang/', status: 301 }]);
  });
});
