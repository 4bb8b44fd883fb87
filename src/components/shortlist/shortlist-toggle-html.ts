/**
 * Where "Add to list / In list ✓" goes for one product: the markup of `ShortlistToggle.astro`,
 * also written into product cards (`product/card-html.ts`). The page holds only the room and
 * the product's code: the list lives in the browser, so the button is of use only where scripts
 * run, and its script writes it (`client/shortlist-toggle.ts`) — on a listing that is 24 buttons
 * a page the build no longer writes. A status line tells screen readers what happened, in words
 * the header's shortlist link carries once a page (`shortlist-link-html.ts`). Its room is kept
 * where scripts run, so the button appearing moves nothing below it.
 */
import { escapeAttribute } from '../../lib/html/escape.ts';

export interface ShortlistToggleOptions {
  code: string;
  /**
   * Product cards in listings take less room; their button's name ends with the product's
   * name, which the script reads from the card's heading.
   */
  size?: 'sm' | 'md' | undefined;
}

export function shortlistToggleHtml({ code, size = 'md' }: ShortlistToggleOptions): string {
  return `<div class="list-toggle-box-${size}" data-shortlist-slot data-code="${escapeAttribute(code)}"></div>`;
}
