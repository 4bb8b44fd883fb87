import { describe, expect, it } from 'vitest';
import { siteFooterHtml } from '../../src/components/layout/site-footer-html.ts';
import { BUILD_DATE } from '../../src/lib/catalogue/build-date.ts';
import { formatDate } from '../../src/lib/i18n/format.ts';

describe('siteFooterHtml', () => {
  it('links the about, sales points, fairs, open data and sitemap pages in its language', () => {
    const vi = siteFooterHtml('vi');
    for (const href of [
      '/gioi-thieu/',
      '/diem-ban/',
      '/hoi-cho/',
      '/du-lieu/',
      '/sitemap-index.xml',
    ]) {
      expect(vi).toContain(`<a href="${href}" class="inline-block py-1">`);
    }
    expect(vi).toContain(' Dữ liệu mở </a>');
    const en = siteFooterHtml('en');
    expect(en).toContain('<a href="/en/du-lieu/" class="inline-block py-1"> Open data </a>');
    expect(en.startsWith('<footer class="mt-16')).toBe(true);
    expect(en.endsWith('</footer>')).toBe(true);
  });

  it('says the day the site was built', () => {
    expect(siteFooterHtml('vi')).toContain(
      `Cập nhật ngày <time datetime="${BUILD_DATE}">${formatDate(BUILD_DATE, 'vi')}</time>`,
    );
    expect(siteFooterHtml('en')).toContain(
      `Updated <time datetime="${BUILD_DATE}">${formatDate(BUILD_DATE, 'en')}</time>`,
    );
  });

  it('is put together once a language', () => {
    expect(siteFooterHtml('vi')).toBe(siteFooterHtml('vi'));
    expect(siteFooterHtml('vi')).not.toBe(siteFooterHtml('en'));
  });
});
