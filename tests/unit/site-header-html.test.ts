import { describe, expect, it } from 'vitest';
import { headerShape, siteHeaderHtml } from '../../src/components/layout/site-header-html.ts';

const count = (html: string, part: string) => html.split(part).length - 1;

describe('siteHeaderHtml', () => {
  it('holds the logo, search, list, cart, language switch and both navigations', () => {
    const html = siteHeaderHtml({ locale: 'vi', path: '/san-pham/tra-tam-sen/' });
    expect(html.startsWith('<header class="site-header"')).toBe(true);
    expect(html.endsWith('</header>')).toBe(true);
    expect(html).toContain('<a href="/" class="site-logo"');
    expect(html).toContain('OCOP Việt Nam</span>');
    // One search form for phones and wider screens (the row's grid places it).
    expect(count(html, 'role="search"')).toBe(1);
    expect(html).toContain('<input id="site-search" name="q"');
    expect(html).toContain('data-shortlist-link');
    expect(html).toContain('data-cart-link');
    expect(count(html, '<nav aria-label="Điều hướng chính"')).toBe(2);
    expect(count(html, '<a href="/tinh/"')).toBe(2);
    expect(html).not.toContain('aria-current');
  });

  it('points the language switch at the same page in the other language', () => {
    const vi = siteHeaderHtml({ locale: 'vi', path: '/san-pham/tra-tam-sen/' });
    expect(vi).toContain(
      '<a href="/en/san-pham/tra-tam-sen/" hreflang="en" lang="en" title="Xem trang này bằng tiếng Anh"',
    );
    expect(vi).toContain(' English </a>');
    const en = siteHeaderHtml({ locale: 'en', path: '/en/tinh/ha-noi/' });
    expect(en).toContain('<a href="/tinh/ha-noi/" hreflang="vi" lang="vi"');
    expect(en).toContain(' Tiếng Việt </a>');
    expect(en).toContain('<a href="/en/" class="site-logo"');
    expect(en).toContain('<nav aria-label="Main navigation"');
  });

  it('switches a page with no counterpart to the other home', () => {
    const html = siteHeaderHtml({ locale: 'vi', path: '/404', standalone: true });
    expect(html).toContain('<a href="/en/" hreflang="en"');
  });

  it('fills in each page its own switch, sharing the rest', () => {
    const a = siteHeaderHtml({ locale: 'vi', path: '/san-pham/a/' });
    const b = siteHeaderHtml({ locale: 'vi', path: '/san-pham/b/' });
    expect(a).toContain('href="/en/san-pham/a/"');
    expect(b).toContain('href="/en/san-pham/b/"');
    expect(a.replace('/en/san-pham/a/', '')).toBe(b.replace('/en/san-pham/b/', ''));
  });

  it('marks the link of the section the page is in, in both navigations', () => {
    const html = siteHeaderHtml({ locale: 'vi', path: '/tinh/ha-noi/' });
    expect(count(html, '<a href="/tinh/" aria-current="page"')).toBe(2);
    expect(count(html, 'aria-current')).toBe(2);
    expect(html).toContain(
      '<a href="/tinh/" aria-current="page" class="nav-link nav-link-on w-full">',
    );
    const en = siteHeaderHtml({ locale: 'en', path: '/en/hoi-cho/' });
    expect(count(en, '<a href="/en/hoi-cho/" aria-current="page"')).toBe(2);
  });

  it('leaves the search form out on the home and search pages, which have their own', () => {
    for (const [locale, path] of [
      ['vi', '/'],
      ['en', '/en/'],
      ['vi', '/tim-kiem/'],
    ] as const) {
      expect(headerShape(locale, path).withSearch).toBe(false);
      expect(siteHeaderHtml({ locale, path })).not.toContain('data-code-search');
    }
    expect(headerShape('vi', '/tinh/').withSearch).toBe(true);
    expect(count(siteHeaderHtml({ locale: 'vi', path: '/tim-kiem/' }), 'aria-current')).toBe(2);
  });

  it('marks the list and the cart links on their own pages', () => {
    const list = siteHeaderHtml({ locale: 'vi', path: '/danh-sach/' });
    expect(list).toContain('<a href="/danh-sach/" aria-current="page"');
    expect(list).not.toContain('<a href="/gio-hang/" aria-current');
    const cart = siteHeaderHtml({ locale: 'en', path: '/en/gio-hang/' });
    expect(cart).toContain('<a href="/en/gio-hang/" aria-current="page"');
    expect(cart).not.toContain('<a href="/en/danh-sach/" aria-current');
  });

  it('escapes the address it is given', () => {
    const html = siteHeaderHtml({ locale: 'vi', path: '/tinh/"x"&y/' });
    expect(html).toContain('href="/en/tinh/&quot;x&quot;&amp;y/"');
  });
});
