/**
 * Every static view of one browse listing (a province, a category, a star level): the listing
 * in its default order and in each other sort, and each one-step narrowing in the default order.
 * Sorts other than the default are offered on the whole listing only, so they add one copy of
 * the listing, not one of every sub-listing (docs/browse.md counts the pages).
 */
import { DEFAULT_SORT, orderListing, type Sortable, type SortKey } from './listing-order.ts';
import { paginateListing, type ListingPage } from './listing-pages.ts';
import type { ListingView } from './listing-url.ts';
import {
  FACETS_OF,
  facet,
  narrow,
  type FacetValue,
  type ListingKind,
  type Narrowable,
  type NarrowBy,
} from './narrowing.ts';

/** On a star level all products have the same stars: the default order is the name order. */
export const SORTS_OF: Record<ListingKind, readonly SortKey[]> = {
  province: ['sao', 'moi', 'ten'],
  category: ['sao', 'moi', 'ten'],
  stars: ['sao', 'moi'],
};

export type Facets = Partial<Record<NarrowBy, FacetValue[]>>;

export interface BrowsePage<T> {
  view: ListingView;
  page: ListingPage<T>;
  /** Counts over the whole listing, for the narrowing links. */
  facets: Facets;
  /** Sorts offered (on the whole listing only). */
  sorts: readonly SortKey[];
}

export function listingViews<T extends Sortable & Narrowable>(
  items: readonly T[],
  kind: ListingKind,
  size?: number,
): BrowsePage<T>[] {
  // A value every product shares narrows nothing: no link, no page.
  const facets: Facets = Object.fromEntries(
    FACETS_OF[kind].map((by) => [by, facet(items, by).filter((v) => v.count < items.length)]),
  );
  const sorts = SORTS_OF[kind];
  const views: { view: ListingView; items: readonly T[] }[] = [
    ...sorts.map((sort) => ({ view: sort === DEFAULT_SORT ? {} : { sort }, items })),
    ...FACETS_OF[kind].flatMap((by) =>
      (facets[by] ?? []).map(({ value }) => {
        const narrowing = { by, value };
        return { view: { narrowing }, items: narrow(items, narrowing) };
      }),
    ),
  ];
  return views.flatMap(({ view, items: shown }) =>
    paginateListing(orderListing(shown, view.sort), size).map((page) => ({
      view,
      page,
      facets,
      sorts,
    })),
  );
}
