/**
 * Ranking (pure): a relevance score from a document's match flags, and the sort keys of every
 * sort order.
 *
 * Relevance, best first: words matched with the same diacritics as typed (only when the query
 * has diacritics at all), words found in the product name, words matched whole (not only as a
 * prefix), how close and in order the words stand in the name. Ties: stars, then name order,
 * which is the document number (`format.ts`).
 */
import type { ProductSort } from '../documents.ts';
import type { Dates, NameOrder } from './load.ts';

/** Document numbers fit in 18 bits of a sort key (262,143 products). */
const ID_BITS = 2 ** 18;
const SCORE_BITS = 2 ** 17;
const FAR = 31;

/** How far the words stand from side by side, in the order typed (0 = a phrase); at most 31. */
export function nameDistance(positions: readonly number[]): number {
  let distance = 0;
  for (let w = 1; w < positions.length && distance < FAR; w++) {
    const previous = positions[w - 1]!;
    const p = positions[w]!;
    distance += p < 0 || previous < 0 ? FAR : Math.abs(p - previous - 1);
  }
  return Math.min(distance, FAR);
}

export interface MatchSummary {
  /** Words matched with the diacritics typed, in the name, whole. */
  exact: number;
  inName: number;
  whole: number;
  /** Name positions of the words, when every word is in the name. */
  positions: readonly number[] | undefined;
}

/** The relevance score of one document (higher is better; below 2^17). */
export function relevance({ exact, inName, whole, positions }: MatchSummary): number {
  const distance = positions ? nameDistance(positions) : FAR;
  return ((exact * 16 + inName) * 16 + whole) * 32 + (FAR - distance);
}

export interface Ranked {
  /** Documents passing the filters, with their scores. */
  ids: ArrayLike<number>;
  scores: ArrayLike<number>;
}

/**
 * The documents of `ranked` in `sort` order: relevance (ties by document number), stars or
 * newest (ties by relevance), or name order.
 */
export function sortDocuments(
  ranked: Ranked,
  sort: ProductSort,
  context: { starCodes: Uint8Array; dates?: Dates | undefined; nameOrder?: NameOrder | undefined },
): number[] {
  const keys: number[] = [];
  for (let i = 0; i < ranked.ids.length; i++) {
    const id = ranked.ids[i]!;
    const relevanceKey = (SCORE_BITS - 1 - ranked.scores[i]!) * ID_BITS + id;
    let key: number;
    if (sort === 'name') key = context.nameOrder!.rank[id]!;
    else if (sort === 'stars') key = context.starCodes[id]! * SCORE_BITS * ID_BITS + relevanceKey;
    else if (sort === 'newest')
      key = (40_000 - context.dates!.certifiedDay[id]!) * SCORE_BITS * ID_BITS + relevanceKey;
    else key = relevanceKey;
    keys.push(key);
  }
  const sorted = Float64Array.from(keys).sort();
  return Array.from(sorted, (k) => (sort === 'name' ? context.nameOrder!.ids[k]! : k % ID_BITS));
}
