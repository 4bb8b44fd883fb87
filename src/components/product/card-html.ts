/**
 * A product in a listing, as one string: photo (or its category's illustration), name, stars,
 * certificate status, province and category, the compact "add to cart" and the shortlist toggle.
 * Listings show up to 24 cards a page and a catalogue has thousands of listing pages, so the card
 * is written here rather than as nested Astro components (eight per card, each a render of its
 * own: docs/performance.md, "A product card as one string"). `ProductGrid.astro` writes it;
 * `ProductCard.astro` writes the same parts around a photo, or another `standing` (fair cards).
 * The card carries no script: whoever writes it renders `ProductCardScripts.astro` once.
 *
 * A product whose certificate is not in force (expired, revoked) is drawn quieter — grey ground,
 * dashed edge, photo in grey — with its status still in words beside the stars.
 */
import type { Product } from '../../lib/catalogue/products.ts';
import { escapeAttribute, escapeText } from '../../lib/html/escape.ts';
import type { Locale } from '../../lib/i18n/locales.ts';
import { localized } from '../../lib/i18n/localized.ts';
import { routes } from '../../lib/i18n/routes.ts';
import { addToCartCompactHtml } from '../order/add-to-cart-compact-html.ts';
import { shortlistToggleHtml } from '../shortlist/shortlist-toggle-html.ts';
import { categoryIllustrationHtml } from './category-illustration-html.ts';
import { certificateStatusHtml } from './certificate-status-html.ts';
import { starBadgeHtml } from './star-badge-html.ts';

export type CardHeading = 'h2' | 'h3' | 'h4';

export interface CardOptions {
  product: Product;
  locale: Locale;
  headingLevel?: CardHeading | undefined;
}

/** The card's looks are component classes (`styles/global.css`): they stand on every card. */
const IN_FORCE_LOOK = 'group card card-in-force';
const LAPSED_LOOK = 'group card card-lapsed';

/** A card in four parts: what comes before the picture, the name, the standing, and the rest. */
export interface CardParts {
  open: string;
  heading: string;
  /** Stars and status badge, unless the writer puts its own standing in their place. */
  standing: string;
  close: string;
}

/** A card's picture is drawn by Astro's `<Picture>` (`ProductImage.astro`) when it has a photo. */
export const hasPhoto = (product: Product): boolean => product.data.images.length > 0;

export function cardParts({ product, locale, headingLevel = 'h3' }: CardOptions): CardParts {
  const lapsed = !product.inForce;
  const name = localized(product.data.name, product.data.nameEn, locale);
  const leaf = product.categoryPath.at(-1);
  const open =
    `<article class="${lapsed ? LAPSED_LOOK : IN_FORCE_LOOK}"` +
    ` data-product="${escapeAttribute(product.slug)}"${lapsed ? ' data-lapsed' : ''}>`;
  const heading =
    `<${headingLevel} class="card-title">` +
    ` <a href="${escapeAttribute(routes.product(product.slug, locale))}" class="card-link">` +
    ` <span${name.fallback ? ` lang="${name.lang}"` : ''}>${escapeText(name.text)}</span> </a> </${headingLevel}>`;
  const standing =
    ` <div class="flex flex-wrap gap-1"> ${starBadgeHtml({ stars: product.stars, locale })}` +
    ` ${certificateStatusHtml({
      status: product.status,
      decisionDate: product.current.decisionDate,
      revoked: product.current.status === 'revoked',
      locale,
    })} </div> `;
  const place = leaf
    ? ` <span> · ${escapeText(locale === 'vi' ? leaf.name : leaf.nameEn)}</span>`
    : ' ';
  const close =
    `<p class="text-sm text-muted"> ${escapeText(product.province.name)}${place} </p>` +
    ` ${addToCartCompactHtml(product, locale)}` +
    ` ${shortlistToggleHtml({ code: product.data.code, size: 'sm' })} </article>`;
  return { open, heading, standing, close };
}

/** Illustrations drawn so far, by category: a few dozen, each on thousands of cards. */
const illustrations = new Map<string, string>();

/** The illustration a card shows for a product without a photo. */
export function cardIllustrationHtml(product: Product): string {
  const codes = product.categoryPath.map((c) => c.code);
  const key = codes.join(' ');
  let html = illustrations.get(key);
  if (html === undefined) {
    html = categoryIllustrationHtml({
      codes,
      label: '',
      class: 'card-art',
    });
    illustrations.set(key, html);
  }
  return html;
}

/** The whole card of a product without a photo. */
export function cardHtml(options: CardOptions): string {
  const { open, heading, standing, close } = cardParts(options);
  return `${open} ${cardIllustrationHtml(options.product)} ${heading} ${standing} ${close}`;
}
