/**
 * The HTML a producer pastes into their own site to show the badge. It is pasted once and
 * stays on their page for years, so it says nothing that can go stale: no stars, no date, no
 * status in the alt text. The image itself is rebuilt every day, and the link leads to the live
 * certificate check page.
 */
import { BADGE_HEIGHT, BADGE_WIDTH, escapeXml } from './render-badge.ts';

export interface EmbedTarget {
  /** Absolute URL of the product's certificate check page (its short URL). */
  checkUrl: string;
  /** Absolute URL of the badge file. */
  badgeUrl: string;
  productName: string;
}

/** Alt text that stays true whatever happens to the certificate later. */
export const badgeAlt = (productName: string) =>
  `Chứng nhận OCOP của ${productName}: bấm để xem tình trạng hiện tại`;

export function badgeEmbedCode({ checkUrl, badgeUrl, productName }: EmbedTarget): string {
  return (
    `<a href="${escapeXml(checkUrl)}">` +
    `<img src="${escapeXml(badgeUrl)}" alt="${escapeXml(badgeAlt(productName))}" ` +
    `width="${BADGE_WIDTH}" height="${BADGE_HEIGHT}"></a>`
  );
}
