/**
 * Every URL the site makes is built here. Paths are the same in both languages, English under
 * an `/en` prefix, so each page has exactly one counterpart for hreflang and the sitemap.
 *
 *   /                              home
 *   /san-pham/<slug>/              product
 *   /chu-the/<slug>/               producer
 *   /tinh/                         all provinces
 *   /tinh/<slug>/[trang/<n>/]      province (34), or a former province (notice + its products)
 *   /danh-muc/                     all categories
 *   /danh-muc/<slug>/[trang/<n>/]  category group or leaf
 *   /sao/                          star levels
 *   /sao/<n>/[trang/<n>/]          star level (3, 4, 5)
 *   /diem-ban/[<province>/]        sales points
 *   /tim-kiem/?q=…                 search (a React island)
 *   /gioi-thieu/                   about OCOP
 */
import { DEFAULT_LOCALE, type Locale } from './locales.ts';

const prefix = (locale: Locale) => (locale === DEFAULT_LOCALE ? '' : `/${locale}`);
const page = (n?: number) => (n && n > 1 ? `trang/${n}/` : '');

export const routes = {
  home: (locale: Locale) => `${prefix(locale)}/`,
  about: (locale: Locale) => `${prefix(locale)}/gioi-thieu/`,
  openData: (locale: Locale) => `${prefix(locale)}/du-lieu/`,
  product: (slug: string, locale: Locale) => `${prefix(locale)}/san-pham/${slug}/`,
  producer: (slug: string, locale: Locale) => `${prefix(locale)}/chu-the/${slug}/`,
  provinces: (locale: Locale) => `${prefix(locale)}/tinh/`,
  province: (slug: string, locale: Locale, n?: number) =>
    `${prefix(locale)}/tinh/${slug}/${page(n)}`,
  categories: (locale: Locale) => `${prefix(locale)}/danh-muc/`,
  category: (slug: string, locale: Locale, n?: number) =>
    `${prefix(locale)}/danh-muc/${slug}/${page(n)}`,
  starLevels: (locale: Locale) => `${prefix(locale)}/sao/`,
  stars: (stars: number, locale: Locale, n?: number) => `${prefix(locale)}/sao/${stars}/${page(n)}`,
  search: (locale: Locale) => `${prefix(locale)}/tim-kiem/`,
  salesPoints: (locale: Locale) => `${prefix(locale)}/diem-ban/`,
  salesPointsInProvince: (slug: string, locale: Locale) => `${prefix(locale)}/diem-ban/${slug}/`,
} as const;

/** The same page in the other language: strips or adds the locale prefix. */
export function switchLocale(pathname: string, to: Locale): string {
  const bare = pathname.replace(/^\/en(?=\/|$)/, '') || '/';
  return to === DEFAULT_LOCALE ? bare : `/${to}${bare === '/' ? '/' : bare}`;
}

/** Listing pages show this many products per page. */
export const PAGE_SIZE = 24;
