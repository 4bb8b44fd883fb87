/**
 * Stars drawn for the eye, with the same fact in words for screen readers and copy-paste: the
 * markup of `StarBadge.astro`, also written into product cards (`card-html.ts`). Wherever it
 * appears the certificate's status stands beside it.
 */
import type { Locale } from '../../lib/i18n/locales.ts';
import { starStrings } from '../../lib/i18n/ui/stars.ts';
import { escapeText } from '../../lib/html/escape.ts';

export interface StarBadgeOptions {
  stars: number;
  locale: Locale;
  potentialFiveStar?: boolean | undefined;
  size?: 'sm' | 'lg' | undefined;
}

export function starBadgeHtml({
  stars,
  locale,
  potentialFiveStar = false,
  size = 'sm',
}: StarBadgeOptions): string {
  const words = starStrings(locale);
  const sizing = size === 'lg' ? ' px-3 py-1 text-base' : '';
  const potential = potentialFiveStar
    ? `<span class="font-normal">· ${escapeText(words.potentialFiveStar)}</span>`
    : '';
  return (
    `<span class="star-badge${sizing}" data-stars="${stars}">` +
    ` <span aria-hidden="true" class="tracking-tight"> ${'★'.repeat(stars)} <span class="text-amber-200">${'★'.repeat(5 - stars)}</span> </span>` +
    ` <span class="sr-only">${escapeText(words.starsAria(stars))}</span>` +
    ` <span aria-hidden="true">OCOP ${stars}★</span> ${potential} </span>`
  );
}
