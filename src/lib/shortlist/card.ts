/**
 * Product cards for the browser: the few facts a shortlist, a poster or a label shows, written
 * at build time into small JSON shards (`/du-lieu/the/<xx>.json`, one per first two characters
 * of the code) so a list of codes can be drawn on any device without a server. Shared by the
 * endpoint that writes the shards and the scripts that read them.
 */
import { statusOn, type CertificateState } from '../domain/certificate-status.ts';
import type { Locale } from '../i18n/locales.ts';
import { localized, type Localized } from '../i18n/localized.ts';

export interface CardPrice {
  min: number;
  max?: number | undefined;
  unit: string;
  /** The unit in English ("box"), when the data has it. */
  unitEn?: string | undefined;
}

export interface ProductCardData {
  slug: string;
  /** Name as certified (Vietnamese). */
  name: string;
  /** Name in English, when the data has it. */
  nameEn?: string;
  stars: 3 | 4 | 5;
  potentialFiveStar?: true;
  /** Province of 2025, its name. */
  province: string;
  /** Producer's name. */
  producer: string;
  price?: CardPrice;
  /** Decision number of the current certificate, e.g. "715/QĐ-UBND". */
  decision: string;
  /** Last valid day of the current certificate (YYYY-MM-DD). */
  validUntil: string;
  revoked?: true;
  /** Photo: a small thumbnail (480 px) and a large one (1200 px) for posters. */
  image?: { thumb: string; large: string };
}

export type CardShard = Record<string, ProductCardData>;

/** Shards are named by the first two characters of the code: at most 32² = 1,024 files. */
export const SHARD_KEY_LENGTH = 2;
export const shardKey = (code: string): string => code.slice(0, SHARD_KEY_LENGTH);

/** The certificate's state on `today`, from the two facts a card keeps (`statusOn`, as the pages). */
export function cardState(
  card: Pick<ProductCardData, 'validUntil' | 'revoked'>,
  today: string,
): CertificateState {
  return statusOn(card.validUntil, card.revoked === true, today).state;
}

/** The card's name in the page's language (`localized`: English on `/en/` when there is one). */
export const cardName = (
  card: Pick<ProductCardData, 'name' | 'nameEn'>,
  locale: Locale,
): Localized => localized(card.name, card.nameEn, locale);

/** The price with its unit in the page's language (the Vietnamese unit when no English one). */
export const cardPrice = (price: CardPrice, locale: Locale): CardPrice => ({
  ...price,
  unit: localized(price.unit, price.unitEn, locale).text,
});
