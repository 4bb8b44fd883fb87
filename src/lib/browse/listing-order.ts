/**
 * The order of a browse listing: products whose certificate is in force (valid or expiring)
 * first, the others (expired, revoked) after them, each part in the chosen sort. Whether a
 * certificate is in force is read from `inForce`, which only `productStanding` derives.
 */
import { compareVietnamese } from '../domain/vietnamese.ts';

/** What ordering reads of a product (`catalogue/products.ts`'s `Product` fits). */
export interface Sortable {
  stars: number;
  inForce: boolean;
  data: { name: string };
  current: { decisionDate: string };
}

/** `sao`: stars, then name (the default); `moi`: newest certificate first; `ten`: name. */
export const SORT_KEYS = ['sao', 'moi', 'ten'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export const DEFAULT_SORT: SortKey = 'sao';

const byName = (a: Sortable, b: Sortable) => compareVietnamese(a.data.name, b.data.name);
const byDateDesc = (a: Sortable, b: Sortable) =>
  a.current.decisionDate < b.current.decisionDate
    ? 1
    : a.current.decisionDate > b.current.decisionDate
      ? -1
      : 0;

export const COMPARATORS: Record<SortKey, (a: Sortable, b: Sortable) => number> = {
  sao: (a, b) => b.stars - a.stars || byName(a, b),
  moi: (a, b) => byDateDesc(a, b) || byName(a, b),
  ten: (a, b) => byName(a, b) || b.stars - a.stars,
};

export interface OrderedListing<T> {
  /** Valid or expiring on the build day. */
  inForce: T[];
  /** Expired or revoked: listed after, and marked. */
  lapsed: T[];
}

/** Splits a listing by standing and sorts each part. */
export function orderListing<T extends Sortable>(
  items: readonly T[],
  sort: SortKey = DEFAULT_SORT,
): OrderedListing<T> {
  const compare = COMPARATORS[sort];
  return {
    inForce: items.filter((p) => p.inForce).sort(compare),
    lapsed: items.filter((p) => !p.inForce).sort(compare),
  };
}
