/**
 * The compact "add to cart" of a product card (`product/card-html.ts`): the first pack's price
 * and a button that adds it (the minimum order quantity, else one); with several packs, a link to
 * the product's order block to choose another. Nothing when the product offers nothing. The
 * button shows once the script runs (`client/add-to-cart.ts`, loaded by
 * `product/ProductCardScripts.astro`); an expired or revoked certificate is said beside it.
 */
import type { Product } from '../../lib/catalogue/products.ts';
import { escapeAttribute, escapeText } from '../../lib/html/escape.ts';
import { formatVnd } from '../../lib/i18n/format.ts';
import { localized } from '../../lib/i18n/localized.ts';
import type { Locale } from '../../lib/i18n/locales.ts';
import { routes } from '../../lib/i18n/routes.ts';
import { statusPhrase } from '../../lib/i18n/standing-words.ts';
import { fillIn, orderingStrings } from '../../lib/i18n/ui/ordering.ts';
import { packLabel } from '../../lib/order/pack-label.ts';

export function addToCartCompactHtml(product: Product, locale: Locale): string {
  const { offers, code, name, nameEn, minOrderQuantity } = product.data;
  const first = offers[0];
  if (!first) return '';
  const s = orderingStrings(locale);
  // The button's name says which product, in the page's language where the catalogue has it.
  const productName = localized(name, nameEn, locale);
  const pack = packLabel(first, locale);
  const packLang = pack === first.pack ? 'vi' : 'en';
  const label = minOrderQuantity ? fillIn(s.addMinimum, { n: minOrderQuantity }) : s.addShort;
  const morePacks =
    offers.length > 1
      ? `<a href="${escapeAttribute(`${routes.product(product.slug, locale)}#dat-hang`)}" class="inline-flex min-h-6 items-center text-xs font-semibold"> ${escapeText(fillIn(s.morePacks, { n: offers.length }))} </a>`
      : '';
  const standing = product.inForce
    ? ''
    : `<span class="text-xs text-muted" data-cart-standing="${product.status.state}"> ${escapeText(fillIn(s.statusNote, { status: statusPhrase(product.status, locale) }))} </span>`;
  return (
    `<div class="relative z-10 mt-auto flex flex-col gap-1 text-sm" data-cart-compact>` +
    ` <p class="flex flex-wrap items-baseline gap-x-1.5">` +
    ` <span class="font-bold tabular-nums text-ink" data-field="offer-price"> ${escapeText(formatVnd(first.price, locale))} </span>` +
    ` <span class="text-xs text-muted" lang="${packLang}"> ${escapeText(pack)} </span> </p>` +
    ` <form data-cart-form data-compact data-code="${escapeAttribute(code)}" data-pack="${escapeAttribute(pack)}" class="flex flex-col gap-1">` +
    ` <input type="hidden" name="sku" value="${escapeAttribute(first.sku)}">` +
    ` <input type="hidden" name="quantity" value="${minOrderQuantity ?? 1}">` +
    ` <button type="submit" data-cart-submit hidden class="inline-flex min-h-9 w-full items-center justify-center rounded-md bg-brand-700 px-2 font-semibold text-white hover:bg-brand-800">` +
    ` <span aria-hidden="true">+&nbsp;</span> ${escapeText(label)} <span class="sr-only">\n– <span lang="${productName.lang}">${escapeText(productName.text)}</span>,  <span lang="${packLang}"> ${escapeText(pack)} </span> </span> </button>` +
    ` <span role="status" class="text-xs text-brand-800 empty:hidden" data-cart-status></span> </form> ${morePacks} ${standing} </div>`
  );
}
