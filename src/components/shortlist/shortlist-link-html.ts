/**
 * The header's link to the shortlist, with the number of products in it once its script runs
 * (`client/shortlist-count.ts`, loaded by `ShortlistLinkScript.astro`). On phones the word sits
 * small under the icon and the count on the icon's corner, so the logo, it, the cart and the
 * language switch keep to one row. Written into the site header (`layout/site-header-html.ts`).
 */
import { escapeAttribute, escapeText } from '../../lib/html/escape.ts';
import type { Locale } from '../../lib/i18n/locales.ts';
import { routes } from '../../lib/i18n/routes.ts';
import { shortlistStrings } from '../../lib/i18n/ui/shortlist.ts';

/** `current`: this page is the shortlist. */
export function shortlistLinkHtml(locale: Locale, current: boolean): string {
  const s = shortlistStrings(locale);
  return (
    `<a href="${escapeAttribute(routes.shortlist(locale))}"${current ? ' aria-current="page"' : ''}` +
    ` class="head-link"` +
    ` data-shortlist-link>` +
    ` <svg aria-hidden="true" width="18" height="18" viewBox="0 0 20 20" fill="currentColor">` +
    ` <path d="M3 4h2v2H3zm4 0h10v2H7zM3 9h2v2H3zm4 0h10v2H7zm-4 5h2v2H3zm4 0h10v2H7z"></path> </svg>` +
    ` <span class="head-word">${escapeText(s.link)}</span>` +
    ` <span data-shortlist-count hidden class="head-count bg-brand-700 text-white">\n0\n</span> </a>`
  );
}
