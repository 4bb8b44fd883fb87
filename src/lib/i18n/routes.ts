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
 *   <listing>/<narrowing>/…        a listing narrowed (`nganh/<group>/`, `sao-<n>/`, `tinh/<slug>/`)
 *   <listing>/xep-<sort>/…         or in another sort (`xep-moi/`, `xep-ten/`): lib/browse/listing-url.ts
 *   /diem-ban/[<province>/]        sales points
 *   /tim-kiem/?q=…                 search (a React island)
 *   /gioi-thieu/                   about OCOP
 *   /p/<code>/                     short URL of a product: its certificate check page
 *   /c/<code>/                     short URL of a producer (leads to its page)
 *   /danh-sach/?sp=<codes>         a shortlist of products
 *   /gio-hang/[?don=<order>]       the cart (kept in the browser), or one order from its link
 *   /in/ap-phich/?sp=<codes>       A4 posters, one per product (print)
 *   /in/nhan/?sp=<codes>&khuon=…   A4 label sheets (print)
 *   /hoi-gia-si/?sp=<codes>|?cs=<producer code>  wholesale inquiry, one request per producer
 *   /hoi-cho/[<slug>/]             fairs and events, each with its booths and offline pack
 *   /hoi-cho/<slug>/bo-in/         a fair's print kit: A4 page with one QR code to the fair
 *   /hoi-cho/<slug>/offline.json   the files of a fair's offline pack (written after the build)
 *
 * Files written after the build, same in both languages (QR codes encode the Vietnamese URL):
 *   /p/<code>/qr.svg, qr.png       QR code of the short URL (also /c/<code>/…)
 *   /p/<code>/huy-hieu.svg         embeddable badge: stars and validity of the certificate
 *   /en/p/<code>/badge.svg         the same badge in English
 *   /og/p/<code>.jpg               share image 1200×630 (also /og/c/<code>.jpg), in Vietnamese
 *   /og/en/p/<code>.jpg            the English share image (also /og/en/c/<code>.jpg): under
 *                                  /og/ so one cache rule serves both
 *   /og-default.png                the site's share image, for every other page (/en/og-default.png)
 *   /du-lieu/the/<xx>.json         product cards by the first two characters of their codes
 *   /du-lieu/dat-hang/p-<xx>.json  ordering data: products' offers; c-<xx>.json producers' terms
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
  productShort: (code: string, locale: Locale) => `${prefix(locale)}/p/${code}/`,
  producerShort: (code: string, locale: Locale) => `${prefix(locale)}/c/${code}/`,
  shortlist: (locale: Locale) => `${prefix(locale)}/danh-sach/`,
  cart: (locale: Locale) => `${prefix(locale)}/gio-hang/`,
  printPosters: (locale: Locale) => `${prefix(locale)}/in/ap-phich/`,
  printLabels: (locale: Locale) => `${prefix(locale)}/in/nhan/`,
  wholesaleInquiry: (locale: Locale) => `${prefix(locale)}/hoi-gia-si/`,
  fairs: (locale: Locale) => `${prefix(locale)}/hoi-cho/`,
  fair: (slug: string, locale: Locale) => `${prefix(locale)}/hoi-cho/${slug}/`,
  fairKit: (slug: string, locale: Locale) => `${prefix(locale)}/hoi-cho/${slug}/bo-in/`,
  fairOfflinePack: (slug: string, locale: Locale) =>
    `${prefix(locale)}/hoi-cho/${slug}/offline.json`,
} as const;

/**
 * Product cards for the shortlist and print views, by the first two characters of the code.
 * On its own too, so the browser scripts that fetch cards do not ship the whole `assets` table.
 */
export const productCardsPath = (shard: string) => `/du-lieu/the/${shard}.json`;

/** Files made after the build, one per product or producer code (share cards: and language). */
export const assets = {
  productQr: (code: string, format: 'svg' | 'png') => `/p/${code}/qr.${format}`,
  producerQr: (code: string, format: 'svg' | 'png') => `/c/${code}/qr.${format}`,
  productBadge: (code: string, locale: Locale = DEFAULT_LOCALE) =>
    locale === DEFAULT_LOCALE ? `/p/${code}/huy-hieu.svg` : `${prefix(locale)}/p/${code}/badge.svg`,
  /** The share card in a language: `/og/p/<code>.jpg`, `/og/en/p/<code>.jpg`. */
  productShareImage: (code: string, locale: Locale) => `/og${prefix(locale)}/p/${code}.jpg`,
  producerShareImage: (code: string, locale: Locale) => `/og${prefix(locale)}/c/${code}.jpg`,
  /** The site's own share image: `og:image` of pages without one of their own. */
  siteShareImage: (locale: Locale) => `${prefix(locale)}/og-default.png`,
  /** Product cards for the shortlist and print views, by the first two characters of the code. */
  productCards: productCardsPath,
  /** Ordering data for the cart (`lib/order/order-data.ts`), by the first two characters of the code. */
  orderProducts: (shard: string) => `/du-lieu/dat-hang/p-${shard}.json`,
  orderProducers: (shard: string) => `/du-lieu/dat-hang/c-${shard}.json`,
} as const;

/** The same page in the other language: strips or adds the locale prefix. */
export function switchLocale(pathname: string, to: Locale): string {
  const bare = pathname.replace(/^\/en(?=\/|$)/, '') || '/';
  return to === DEFAULT_LOCALE ? bare : `/${to}${bare === '/' ? '/' : bare}`;
}

/** Listing pages show this many products per page. */
export const PAGE_SIZE = 24;
