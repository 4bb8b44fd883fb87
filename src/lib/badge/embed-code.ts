/**
 * The HTML a producer pastes into their own site to show the badge. It is pasted once and
 * stays on their page for years, so it says nothing that can go stale: no stars, no date, no
 * status in the alt text. The image itself is rebuilt every day, and the link leads to the live
 * certificate check page.
 */
import type { Locale } from '../i18n/locales.ts';
import { shareCaptionStrings } from '../i18n/ui/share-captions.ts';
import { BADGE_HEIGHT, BADGE_WIDTH, escapeXml } from './render-badge.ts';

export interface EmbedTarget {
  /** Absolute URL of the product's certificate check page (its short URL). */
  checkUrl: string;
  /** Absolute URL of the badge file. */
  badgeUrl: string;
  productName: string;
  /** The language of the alt text (the page's): Vietnamese unless said. */
  locale?: Locale | undefined;
}

/** Alt text that stays true whatever happens to the certificate later. */
export const badgeAlt = (productName: string, locale: Locale = 'vi') =>
  shareCaptionStrings(locale).badgeAlt(productName);

export function badgeEmbedCode({
  checkUrl,
  badgeUrl,
  productName,
  locale = 'vi',
}: EmbedTarget): string {
  return (
    `<a href="${escapeXml(checkUrl)}">` +
    `<img src="${escapeXml(badgeUrl)}" alt="${escapeXml(badgeAlt(productName, locale))}" ` +
    `width="${BADGE_WIDTH}" height="${BADGE_HEIGHT}"></a>`
  );
}
