/**
 * Ranking (pure): a relevance score from how a document matched, and the order of every sort.
 *
 * Relevance, best first (Meilisearch's rules where they apply):
 * 1. fewer typos (`typo`);
 * 2. fewer words found only in the description (descriptions weigh least, `attribute`);
 * 3. words closer together and in the order typed, in the name or in the province or category
 *    name; a synonym phrase found whole counts as side by side (`proximity`);
 * 4. fewer terms matched only through a synonym (Meilisearch counts a synonym phrase like a typo,
 *    but after proximity here, so that a former province's successor comes before scattered
 *    words);
 * 5. words matched with the same diacritics as typed, when the query has any (`exactness`);
 * 6. words found in the product name (`attribute`);
 * 7. words matched whole, not only as the beginning of a longer word.
 * Ties: stars, then name order, which is the document number (`format.ts`).
 */
import type { ProductSort } from '../documents.ts';
import type { Dates, NameOrder } from './load.ts';

/** Proximity of two words in different fields, or too far apart; the most a query counts. */
export const FAR_PAIR = 8;
export const FAR = 63;

/** Where two words of a query stand in one document (their `WordMatch` fields). */
interface Placed {
  positions: Int8Array;
  provincePositions: Int8Array;
  leafPositions: Int8Array;
}

/**
 * How far `b` stands from following `a` in the document: 0 side by side in the order typed (in
 * the name, the province name or the category names), up to 7 apart in the name, else 8.
 */
export function pairDistance(
  a: Placed,
  b: Placed,
  at: { id: number; province: number; leaf: number },
): number {
  const follows = (p: number, q: number) => p >= 0 && q >= 0 && q === p + 1;
  if (follows(a.provincePositions[at.province]!, b.provincePositions[at.province]!)) return 0;
  if (follows(a.leafPositions[at.leaf]!, b.leafPositions[at.leaf]!)) return 0;
  const p = a.positions[at.id]!;
  const q = b.positions[at.id]!;
  return p < 0 || q < 0 ? FAR_PAIR : Math.min(Math.abs(q - p - 1), FAR_PAIR - 1);
}

export interface MatchSummary {
  typos: number;
  /** Terms found only in the description. */
  descriptionOnly: number;
  /** Sum of the pair distances (at most `FAR`). */
  distance: number;
  /** Terms matched with the diacritics typed, in the name, whole. */
  exact: number;
  inName: number;
  whole: number;
  /** Terms matched through a synonym. */
  synonyms: number;
}

/** The relevance score of one document: higher is better, below 2^31. */
export function relevance(s: MatchSummary): number {
  let score = 31 - Math.min(s.typos, 31);
  score = score * 16 + 15 - Math.min(s.descriptionOnly, 15);
  score = score * 64 + FAR - Math.min(s.distance, FAR);
  score = score * 16 + 15 - Math.min(s.synonyms, 15);
  score = score * 16 + Math.min(s.exact, 15);
  score = score * 16 + Math.min(s.inName, 15);
  return score * 16 + Math.min(s.whole, 15);
}

/** Document numbers fit in 18 bits of a sort key (262,143 products). */
const ID_BITS = 2 ** 18;
const SCORE_LIMIT = 2 ** 31;
/** Certificate days since 2000 stay below this (year 2109). */
const DAY_LIMIT = 40_000;

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
  const count = ranked.ids.length;
  if (sort === 'name') {
    const ranks = Float64Array.from(
      { length: count },
      (_, i) => context.nameOrder!.rank[ranked.ids[i]!]!,
    );
    return Array.from(ranks.sort(), (r) => context.nameOrder!.ids[r]!);
  }
  // Relevance keys: below 2^49, exact in a double.
  const keys = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    keys[i] = (SCORE_LIMIT - 1 - ranked.scores[i]!) * ID_BITS + ranked.ids[i]!;
  }
  const byRelevance = Array.from(keys.sort(), (k) => k % ID_BITS);
  if (sort === 'relevance') return byRelevance;
  // Stars or newest first, then relevance: the primary key, then the rank in relevance order.
  const primary =
    sort === 'stars'
      ? (id: number) => context.starCodes[id]!
      : (id: number) => DAY_LIMIT - context.dates!.certifiedDay[id]!;
  const composite = Float64Array.from(byRelevance, (id, rank) => primary(id) * ID_BITS + rank);
  return Array.from(composite.sort(), (k) => byRelevance[k % ID_BITS]!);
}
