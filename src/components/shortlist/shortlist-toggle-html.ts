/**
 * "Add to list / In list ✓" for one product: the markup of `ShortlistToggle.astro`, also written
 * into product cards (`product/card-html.ts`). Hidden until its script runs
 * (`client/shortlist-toggle.ts`: the list lives in the browser); a status line tells screen
 * readers what happened, in words the header's shortlist link carries once a page
 * (`shortlist-link-html.ts`). Its room is kept where scripts run, so the button appearing moves
 * nothing below it.
 */
import { escapeAttribute, escapeText } from '../../lib/html/escape.ts';
import type { Locale } from '../../lib/i18n/locales.ts';
import { shortlistStrings } from '../../lib/i18n/ui/shortlist.ts';

export interface ShortlistToggleOptions {
  code: string;
  locale: Locale;
  /** Product cards in listings take less room. */
  size?: 'sm' | 'md' | undefined;
  /** In a listing, the product's name completes the button's name for screen readers. */
  name?: string | undefined;
  /** The language `name` is in (an English page shows the English name where there is one). */
  nameLang?: Locale | undefined;
}

export function shortlistToggleHtml({
  code,
  locale,
  size = 'md',
  name,
  nameLang = 'vi',
}: ShortlistToggleOptions): string {
  const s = shortlistStrings(locale);
  const box = size === 'md' ? 'list-toggle-box-md' : 'list-toggle-box-sm';
  const sizing = size === 'md' ? 'min-h-11 px-3' : 'min-h-9 px-2 text-sm';
  const named = name
    ? `<span class="sr-only" lang="${nameLang}">\n– ${escapeText(name)} </span>`
    : '';
  return (
    `<div class="${box}">` +
    ` <button type="button" data-shortlist-toggle data-code="${escapeAttribute(code)}" hidden` +
    ` class="list-toggle ${sizing}">` +
    ` <span data-when="out"> <span aria-hidden="true">+ </span> ${escapeText(s.add)} ${named} </span>` +
    ` <span data-when="in" hidden> ${escapeText(s.inList)} ${named} </span> </button>` +
    ` <span role="status" class="sr-only" data-shortlist-status></span> </div>`
  );
}
