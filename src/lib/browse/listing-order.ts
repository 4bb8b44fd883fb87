/**
 * The order of a browse listing: products whose certificate is in force (valid or expiring)
 * first, the others (expired, revoked) after them. Whether a certificate is in force is read
 * from `inForce`, which only `productStanding` derives.
 *
 * The order is chosen so that the day's one change — a certificate running out — moves one
 * product to the end of what it leaves and the end of what it joins, and nothing else
 * (docs/browse.md, "Order"). A certificate lasts 36 months from its decision, so products expire
 * in decision-date order: the one that expires next is the oldest decision in force.
 * - In force, by default: star levels, best first, each a run of its own (a page never spans
 *   two: `listing-pages.ts`), newest certificate first within a level, then name. Tomorrow's
 *   expiry is the last product of its level.
 * - `moi`: newest certificate first over the whole listing (tomorrow's expiry last).
 * - `ten`: name, Vietnamese order (an expiry shifts what follows it: docs/browse.md measures it).
 * - Lapsed, whatever the sort: in the order they lapsed, longest lapsed first, so the product
 *   that lapsed last night is the last one.
 */
import { compareVietnamese } from '../domain/vietnamese.ts';

/** What ordering reads of a product (`catalogue/products.ts`'s `Product` fits). */
export interface Sortable {
  stars: number;
  inForce: boolean;
  data: { name: string };
  current: { decisionDate: string };
}

/** `sao`: stars, then newest certificate (the default); `moi`: newest certificate; `ten`: name. */
export const SORT_KEYS = ['sao', 'moi', 'ten'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export const DEFAULT_SORT: SortKey = 'sao';

const byName = (a: Sortable, b: Sortable) => compareVietnamese(a.data.name, b.data.name);
const byDate = (a: Sortable, b: Sortable) =>
  a.current.decisionDate < b.current.decisionDate
    ? -1
    : a.current.decisionDate > b.current.decisionDate
      ? 1
      : 0;
const newestFirst = (a: Sortable, b: Sortable) => byDate(b, a) || byName(a, b);

export const COMPARATORS: Record<SortKey, (a: Sortable, b: Sortable) => number> = {
  sao: (a, b) => b.stars - a.stars || newestFirst(a, b),
  moi: newestFirst,
  ten: (a, b) => byName(a, b) || b.stars - a.stars,
};

/** Lapsed products: longest lapsed (oldest decision) first, then name. */
export const compareLapsed = (a: Sortable, b: Sortable): number => byDate(a, b) || byName(a, b);

/** Products in force that start on a page of their own: a star level in the default order. */
export interface Run<T> {
  /** The star level of the run, in the default order; none in the others. */
  stars: number | undefined;
  items: T[];
}

export interface OrderedListing<T> {
  /** Valid or expiring on the build day, in runs (one, unless the order is by stars). */
  inForce: Run<T>[];
  /** Expired or revoked: listed after, and marked. */
  lapsed: T[];
}

/** Splits a listing by standing and sorts each part. */
export function orderListing<T extends Sortable>(
  items: readonly T[],
  sort: SortKey = DEFAULT_SORT,
): OrderedListing<T> {
  const inForce = items.filter((p) => p.inForce).sort(COMPARATORS[sort]);
  const lapsed = items.filter((p) => !p.inForce).sort(compareLapsed);
  if (sort !== 'sao')
    return { inForce: inForce.length > 0 ? [{ stars: undefined, items: inForce }] : [], lapsed };
  const levels = [...new Set(inForce.map((p) => p.stars))];
  return {
    inForce: levels.map((stars) => ({ stars, items: inForce.filter((p) => p.stars === stars) })),
    lapsed,
  };
}

/** The products in force of an ordered listing, in order. */
export const inForceItems = <T>(listing: OrderedListing<T>): T[] =>
  listing.inForce.flatMap((run) => run.items);
