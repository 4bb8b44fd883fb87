/**
 * The sitemap: every public page once, with its language alternates (`hreflang` vi, en and
 * `x-default` → Vietnamese), split into files of at most 45,000 URLs under a sitemap index.
 * Linear in the number of pages (the stock @astrojs/sitemap pairs languages by scanning every
 * URL for every URL: 10 s at 17,000 pages, quadratic beyond — docs/performance.md).
 */
import { LOCALES, DEFAULT_LOCALE } from '../i18n/locales.ts';

export const SITEMAP_MAX_URLS = 45_000;

/** Pages that are not for search engines: short URLs, print views, personal lists, 404, offline. */
const EXCLUDED = [
  /^\/(en\/)?404\/?$/,
  /^\/(en\/)?(p|c|in|danh-sach|gio-hang|cart)\//,
  /\/bo-in\/$/,
  /^\/(en\/)?hoi-cho\/ngoai-tuyen\/$/,
  /^\/(en\/)?hoi-gia-si\//,
  /^\/(en\/)?(tinh|danh-muc|sao)\/[^/]+\/xep-[a-z]+\//, // another sort: noindex (docs/browse.md)
];

export const inSitemap = (path: string): boolean => !EXCLUDED.some((re) => re.test(path));

const escapeXml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** `/en/a/` → { locale: 'en', bare: '/a/' }; `/a/` → { locale: 'vi', bare: '/a/' }. */
function splitLocale(path: string): { locale: string; bare: string } {
  for (const locale of LOCALES) {
    if (locale === DEFAULT_LOCALE) continue;
    if (path === `/${locale}/` || path.startsWith(`/${locale}/`))
      return { locale, bare: path.slice(locale.length + 1) || '/' };
  }
  return { locale: DEFAULT_LOCALE, bare: path };
}

/** Sitemap files (name → XML) for the page paths (`/a/b/`) of a build, on `site`. */
export function buildSitemaps(paths: readonly string[], site: URL): Map<string, string> {
  const base = site.href.replace(/\/$/, '');
  const url = (path: string) => escapeXml(base + path);
  const pages = [...new Set(paths.map((p) => (p.startsWith('/') ? p : `/${p}`)))]
    .filter(inSitemap)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const byBare = new Map<string, Map<string, string>>();
  for (const path of pages) {
    const { locale, bare } = splitLocale(path);
    let group = byBare.get(bare);
    if (!group) byBare.set(bare, (group = new Map<string, string>()));
    group.set(locale, path);
  }
  const order = (locale: string) => (LOCALES as readonly string[]).indexOf(locale);
  const entries = pages.map((path) => {
    const group = byBare.get(splitLocale(path).bare)!;
    const links =
      group.size > 1
        ? [...group]
            .sort(([a], [b]) => order(a) - order(b))
            .map(
              ([locale, alt]) =>
                `<xhtml:link rel="alternate" hreflang="${locale}" href="${url(alt)}"/>`,
            )
            .join('') +
          (group.has(DEFAULT_LOCALE)
            ? `<xhtml:link rel="alternate" hreflang="x-default" href="${url(group.get(DEFAULT_LOCALE)!)}"/>`
            : '')
        : '';
    return `<url><loc>${url(path)}</loc>${links}</url>`;
  });
  const files = new Map<string, string>();
  const names: string[] = [];
  for (let i = 0; i * SITEMAP_MAX_URLS < Math.max(entries.length, 1); i++) {
    const name = `sitemap-${String(i)}.xml`;
    names.push(name);
    files.set(
      name,
      '<?xml version="1.0" encoding="UTF-8"?>' +
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">' +
        entries.slice(i * SITEMAP_MAX_URLS, (i + 1) * SITEMAP_MAX_URLS).join('') +
        '</urlset>',
    );
  }
  files.set(
    'sitemap-index.xml',
    '<?xml version="1.0" encoding="UTF-8"?>' +
      '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">' +
      names.map((n) => `<sitemap><loc>${url(`/${n}`)}</loc></sitemap>`).join('') +
      '</sitemapindex>',
  );
  return files;
}
