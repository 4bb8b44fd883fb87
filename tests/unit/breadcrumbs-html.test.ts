import { describe, expect, it } from 'vitest';
import { breadcrumbsHtml } from '../../src/components/layout/breadcrumbs-html.ts';

describe('breadcrumbsHtml', () => {
  it('links every crumb but the last, which is the page, with separators between', () => {
    const html = breadcrumbsHtml(
      [
        { label: 'Trang chủ', href: '/' },
        { label: 'Danh mục', href: '/danh-muc/' },
        { label: 'Trà & cà phê', href: '/danh-muc/tra/' },
      ],
      'Đường dẫn',
    );
    expect(html.startsWith('<nav aria-label="Đường dẫn" class="text-sm text-muted">')).toBe(true);
    expect(html).toContain('<a href="/" class="inline-block py-1"> Trang chủ </a>');
    expect(html).toContain('<a href="/danh-muc/" class="inline-block py-1"> Danh mục </a>');
    expect(html).toContain(
      '<span aria-current="page" class="font-semibold text-ink"> Trà &amp; cà phê </span>',
    );
    expect(html).not.toContain('href="/danh-muc/tra/"');
    expect(html.split('›').length - 1).toBe(2);
    expect(html.indexOf('›')).toBeGreaterThan(html.indexOf('Trang chủ'));
  });
});
