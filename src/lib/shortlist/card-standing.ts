/**
 * A card's standing in words on the day a list is looked at or printed: what shortlist cards,
 * labels and posters print beside the stars, and which products of a list to warn about before
 * printing. No rule of its own: the state is `cardState` (the rules of `certificateStatus`) and
 * the words are `starsPhrase` / `statusPhrase` (`lib/i18n/standing-words.ts`), so a printed
 * sheet says what the product's check page says on that day.
 */
import type { CertificateState } from '../domain/certificate-status.ts';
import type { Locale } from '../i18n/locales.ts';
import { starsPhrase, statusPhrase } from '../i18n/standing-words.ts';
import { cardState, type ProductCardData } from './card.ts';

export interface CardStanding {
  state: CertificateState;
  /** Valid or expiring: the only case the stars may be the headline. */
  inForce: boolean;
  /** "OCOP 4 sao". */
  stars: string;
  /** "Còn hiệu lực đến 6/12/2027", "Đã hết hạn ngày 1/2/2026", "Chứng nhận đã bị thu hồi". */
  status: string;
}

/** The standing of a card on `today` (YYYY-MM-DD, Vietnam time), in `locale`. */
export function cardStanding(
  card: Pick<ProductCardData, 'stars' | 'validUntil' | 'revoked'>,
  today: string,
  locale: Locale,
): CardStanding {
  const state = cardState(card, today);
  return {
    state,
    inForce: state === 'valid' || state === 'expiring',
    stars: starsPhrase(card.stars, locale),
    status: statusPhrase({ state, validUntil: card.validUntil }, locale),
  };
}

/**
 * The products of a list that are not in force on `today` (expired or revoked), in list
 * order, each with its standing: the ones a sheet must name before it is printed.
 */
export function notInForce<T extends { code: string; card: ProductCardData }>(
  found: readonly T[],
  today: string,
  locale: Locale,
): (T & { standing: CardStanding })[] {
  return found
    .map((item) => ({ ...item, standing: cardStanding(item.card, today, locale) }))
    .filter((item) => !item.standing.inForce);
}

/** The list without the codes left out, in its order. */
export const leaveOut = (codes: readonly string[], left: readonly string[]): string[] =>
  codes.filter((code) => !left.includes(code));
