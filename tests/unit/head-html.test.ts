import { describe, expect, it } from 'vitest';
import { headHtml, jsonLdScript } from '../../src/components/seo/head-html.ts';

const page = { site: new URL('https://ocop.example.vn'), path: '/san-pham/tra-tam-sen/' };
const base = { title: 'Trà tâm sen', description: 'Trà "sen" & hoa', locale: 'vi' as const };

describe('headHtml', () => {
  it('titles the page with the site, describes it and gives its address in both languages', () => {
    const html = headHtml(base, page);
    expect(html).toContain('<title>Trà tâm sen · OCOP Việt Nam</title>');
    expect(html).toContain('<meta name="description" content="Trà &quot;sen&quot; &amp; hoa">');
    expect(html).toContain(
      '<link rel="canonical" href="https://ocop.example.vn/san-pham/tra-tam-sen/">',
    );
    expect(html).toContain(
      '<link rel="alternate" hreflang="vi" href="https://ocop.example.vn/san-pham/tra-tam-sen/"><link rel="alternate" hreflang="en" href="https://ocop.example.vn/en/san-pham/tra-tam-sen/">',
    );
    expect(html).toContain(
      '<link rel="alternate" hreflang="x-default" href="https://ocop.example.vn/san-pham/tra-tam-sen/">',
    );
    expect(html).toContain(
      '<meta property="og:url" content="https://ocop.example.vn/san-pham/tra-tam-sen/">',
    );
    expect(html).toContain(
      '<meta property="og:locale" content="vi_VN"> <meta property="og:locale:alternate" content="en_US">',
    );
    expect(html).not.toContain('robots');
  });

  it("shows the page's own image, or the site's, with its size", () => {
    const own = headHtml(
      {
        ...base,
        type: 'product',
        image: {
          src: '/og/p/abc.jpg?v=1',
          alt: 'Trà: OCOP 4 sao · Còn hiệu lực',
          width: 1200,
          height: 630,
        },
      },
      page,
    );
    expect(own).toContain('<meta property="og:type" content="product">');
    expect(own).toContain(
      '<meta property="og:image" content="https://ocop.example.vn/og/p/abc.jpg?v=1">',
    );
    expect(own).toContain(
      '<meta name="twitter:image:alt" content="Trà: OCOP 4 sao · Còn hiệu lực">',
    );
    expect(own).toContain(
      '<meta property="og:image:width" content="1200"> <meta property="og:image:height" content="630">',
    );
    const site = headHtml({ ...base, locale: 'en' }, { ...page, path: '/en/' });
    expect(site).toContain(
      '<meta property="og:image" content="https://ocop.example.vn/en/og-default.png">',
    );
    expect(site).toContain('<meta property="og:type" content="website">');
    const unsized = headHtml({ ...base, image: { src: '/a.png', alt: 'a' } }, page);
    expect(unsized).not.toContain('og:image:width');
  });

  it("gives the site's own name alone", () => {
    expect(headHtml({ ...base, title: 'Sản phẩm OCOP Việt Nam' }, page)).toContain(
      '<title>Sản phẩm OCOP Việt Nam</title>',
    );
  });

  it('gives a page with no address of its own no canonical, alternates or og:url', () => {
    const html = headHtml({ ...base, standalone: true, noindex: true }, { ...page, path: '/404' });
    expect(html).not.toContain('canonical');
    expect(html).not.toContain('hreflang');
    expect(html).not.toContain('og:url');
    expect(html).toContain('<meta name="robots" content="noindex, follow">');
  });

  it('writes structured data that no string in it can close', () => {
    expect(jsonLdScript({ name: '</script><b>' })).toBe(
      '<script type="application/ld+json">{"name":"\\u003c/script>\\u003cb>"}</script>',
    );
    const html = headHtml({ ...base, jsonLd: [{ a: 1 }, { b: 2 }] }, page);
    expect(
      html.endsWith(
        '<script type="application/ld+json">{"a":1}</script><script type="application/ld+json">{"b":2}</script>',
      ),
    ).toBe(true);
  });
});
