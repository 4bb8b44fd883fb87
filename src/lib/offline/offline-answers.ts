/**
 * What the fairs' service worker answers, offline, for a navigation that leads out of every
 * stored pack (pure, so it is unit-tested; `client/fair-sw.ts` does the fetching):
 *
 * - the site search (`/tim-kiem/?q=…`, `/en/tim-kiem/`) → the fair's own search: a redirect to
 *   the fair page with `?q=…` (`client/fair-search.ts` reads it);
 * - anything else — the home page, a category, a province… — → the offline page
 *   (`/hoi-cho/ngoai-tuyen/`, `/en/hoi-cho/ngoai-tuyen/`), which is in every pack and says
 *   what is available offline, with links back to the stored fairs.
 *
 * Which fair: the one whose pack holds the page the visitor came from (the request's
 * referrer), else a stored fair in the page's language, else any stored fair.
 */
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../i18n/locales.ts';
import { routes } from '../i18n/routes.ts';
import { PACK_CACHE_PREFIX } from './fair-pack.ts';

/** The offline page, in each language: `/hoi-cho/ngoai-tuyen/`, `/en/hoi-cho/ngoai-tuyen/`. */
export const offlinePagePath = (locale: Locale): string => `${routes.fairs(locale)}ngoai-tuyen/`;

/** The language of a site path: `/en/…` is English, everything else Vietnamese. */
export function localeOfPath(path: string): Locale {
  for (const locale of LOCALES) {
    if (locale !== DEFAULT_LOCALE && (path === `/${locale}` || path.startsWith(`/${locale}/`)))
      return locale;
  }
  return DEFAULT_LOCALE;
}

/** `ocop-fair-pack|/en/hoi-cho/x/offline.json|v1` → `/en/hoi-cho/x/` (undefined if not a pack). */
export function fairPathOfCache(cacheName: string): string | undefined {
  if (!cacheName.startsWith(PACK_CACHE_PREFIX)) return undefined;
  const manifest = cacheName.slice(PACK_CACHE_PREFIX.length).split('|')[0] ?? '';
  return manifest.endsWith('/offline.json') ? manifest.slice(0, -'offline.json'.length) : undefined;
}

/** What to answer, offline, for a navigation to a URL that no stored pack holds. */
export type OfflineAnswer =
  { type: 'redirect'; location: string } | { type: 'offline-page'; path: string };

/**
 * @param url the navigation's URL (absolute)
 * @param referrer the page it came from ('' when none)
 * @param packOf absolute URL → name of the cache holding it (the worker's index)
 */
export function offlineAnswer(
  url: string,
  referrer: string,
  packOf: ReadonlyMap<string, string>,
): OfflineAnswer {
  const { pathname, searchParams } = new URL(url);
  const locale = localeOfPath(pathname);
  if (pathname === routes.search(locale)) {
    const fair = chooseFair(referrer, locale, packOf);
    if (fair) {
      const q = searchParams.get('q')?.trim();
      return { type: 'redirect', location: q ? `${fair}?q=${encodeURIComponent(q)}` : fair };
    }
  }
  return { type: 'offline-page', path: offlinePagePath(locale) };
}

function chooseFair(
  referrer: string,
  locale: Locale,
  packOf: ReadonlyMap<string, string>,
): string | undefined {
  const fairs = [...new Set([...packOf.values()].flatMap((c) => fairPathOfCache(c) ?? []))];
  let fromReferrer: string | undefined;
  if (referrer) {
    const from = new URL(referrer);
    from.search = '';
    from.hash = '';
    const cache = packOf.get(from.href);
    fromReferrer = cache && fairPathOfCache(cache);
  }
  const sameLanguage = (f: string | undefined) => f !== undefined && localeOfPath(f) === locale;
  if (sameLanguage(fromReferrer)) return fromReferrer;
  return fairs.find(sameLanguage) ?? fromReferrer ?? fairs[0];
}
