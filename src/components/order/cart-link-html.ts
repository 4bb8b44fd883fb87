/**
 * The header's link to the cart, with the number of packs in it once its script runs
 * (`client/cart-count.ts`, loaded by `CartLinkScript.astro`; without JavaScript it is just a
 * link). Written into the site header (`layout/site-header-html.ts`).
 */
import { escapeAttribute, escapeText } from '../../lib/html/escape.ts';
import type { Locale } from '../../lib/i18n/locales.ts';
import { routes } from '../../lib/i18n/routes.ts';
import { orderingStrings } from '../../lib/i18n/ui/ordering.ts';

/** `current`: this page is the cart. */
export function cartLinkHtml(locale: Locale, current: boolean): string {
  const s = orderingStrings(locale);
  return (
    `<a href="${escapeAttribute(routes.cart(locale))}"${current ? ' aria-current="page"' : ''}` +
    ` class="head-link"` +
    ` data-cart-link>` +
    ` <svg aria-hidden="true" width="18" height="18" viewBox="0 0 20 20" fill="currentColor">` +
    ` <path d="M1 2h3l.6 2H19l-2.2 8H6.3l.5 2H17v2H5.2L2.5 4H1zm6 16a1.5 1.5 0 1 1 0-.01zm8 0a1.5 1.5 0 1 1 0-.01z"></path> </svg>` +
    ` <span class="head-word">${escapeText(s.cart)}</span>` +
    ` <span data-cart-count hidden class="head-count bg-amber-500 text-ink">\n0\n</span> </a>`
  );
}
