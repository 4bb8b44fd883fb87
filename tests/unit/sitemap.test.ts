import { describe, expect, it } from 'vitest';
import { buildSitemaps, inSitemap, SITEMAP_MAX_URLS } from '../../src/lib/seo/sitemap.ts';

const site = new URL('https://ocop.example.vn');

describe('buildSitemaps', () => {
  const files = buildSitemaps(
    ['/', '/en/', '/san-pham/a/', '/en/san-pham/a/', '/chi-vi/', '/404/', '/p/k7q2m4/', '/c/x/'],
    site,
  );
  const xml = files.get('sitemap-0.xml')!;

  it('lists each public page once, with vi, en and x-default alternates', () => {
    expect(xml.match(/<url>/g)).toHaveLength(5);
    expect(xml).toContain(
      '<url><loc>https://ocop.example.vn/en/san-pham/a/</loc>' +
        '<xhtml:link rel="alternate" hreflang="vi" href="https://ocop.example.vn/san-pham/a/"/>' +
        '<xhtml:link rel="alternate" hreflang="en" href="https://ocop.example.vn/en/san-pham/a/"/>' +
        '<xhtml:link rel="alternate" hreflang="x-default" href="https://ocop.example.vn/san-pham/a/"/></url>',
    );
  });

  it('gives a page without a translation no alternates', () => {
    expect(xml).toContain('<url><loc>https://ocop.example.vn/chi-vi/</loc></url>');
  });

  it('leaves out 404, short URLs and print views', () => {
    expect(xml).not.toContain('404');
    expect(xml).not.toContain('/p/');
    expect(xml).not.toContain('/c/');
    expect(inSitemap('/in/nhan/')).toBe(false);
    expect(inSitemap('/hoi-gia-si/')).toBe(false);
    expect(inSitemap('/en/hoi-gia-si/')).toBe(false);
    expect(inSitemap('/hoi-cho/x/bo-in/')).toBe(false);
    expect(inSitemap('/hoi-cho/x/')).toBe(true);
  });

  it('splits large sites into several files under one index', () => {
    const many = Array.from(
      { length: SITEMAP_MAX_URLS + 10 },
      (_, i) => `/san-pham/p${String(i)}/`,
    );
    const split = buildSitemaps(many, site);
    expect([...split.keys()].sort()).toEqual([
      'sitemap-0.xml',
      'sitemap-1.xml',
      'sitemap-index.xml',
    ]);
    expect(split.get('sitemap-1.xml')!.match(/<url>/g)).toHaveLength(10);
    expect(split.get('sitemap-index.xml')).toContain('https://ocop.example.vn/sitemap-1.xml');
  });
});
