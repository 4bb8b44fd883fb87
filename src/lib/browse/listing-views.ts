/**
 * Every static view of one browse listing (a province, a category, a star level): the listing
 * in its default order, each one-step narrowing in the default order, and the whole listing in
 * each other sort. Other sorts are pure re-orderings, which cost pages at every build: they are
 * made for the whole listing only (not for each sub-listing). "Newest" pages only the products
 * in force (the expired ones stay in the default order, one link away: an expiry is its last
 * product); A–Z lists every product in place, each card saying its status, so that an expiry
 * changes one card there rather than shifting every page after it (docs/browse.md).
 */
import {
  COMPARATORS,
  DEFAULT_SORT,
  orderListing,
  type Sortable,
  type SortKey,
} from './listing-order.ts';
import { paginateInPlace, paginateListing, type ListingPage } from './listing-pages.ts';
import { lapsedView, type ListingView } from './listing-url.ts';
import {
  FACETS_OF,
  facet,
  narrow,
  type FacetValue,
  type ListingKind,
  type Narrowable,
  type NarrowBy,
} from './narrowing.ts';

/** On a star level all products have the same stars: the default order is the newest first. */
export const SORTS_OF: Record<ListingKind, readonly SortKey[]> = {
  province: ['sao', 'moi', 'ten'],
  category: ['sao', 'moi', 'ten'],
  stars: ['sao', 'ten'],
};

export type Facets = Partial<Record<NarrowBy, FacetValue[]>>;

export interface BrowsePage<T> {
  view: ListingView;
  page: ListingPage<T>;
  /** Counts over the whole listing, for the narrowing links. */
  facets: Facets;
  /** Sorts offered on this page: on the whole listing only, none on a narrowed view. */
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
  const inForce = items.filter((p) => p.inForce).length;
  const sorts = inForce > 1 ? SORTS_OF[kind] : [];
  const views: { view: ListingView; items: readonly T[] }[] = [
    { view: {}, items },
    ...sorts.filter((sort) => sort !== DEFAULT_SORT).map((sort) => ({ view: { sort }, items })),
    ...FACETS_OF[kind].flatMap((by) =>
      (facets[by] ?? []).map(({ value }) => {
        const narrowing = { by, value };
        return { view: { narrowing }, items: narrow(items, narrowing) };
      }),
    ),
  ];
  const counts = { inForce, lapsed: items.length - inForce };
  return views.flatMap(({ view, items: shown }) => {
    const kept =
      view.sort === 'ten'
        ? paginateInPlace(shown.toSorted(COMPARATORS.ten), counts, size)
        : view.sort
          ? inForcePart(paginateListing(orderListing(shown, view.sort), size))
          : paginateListing(orderListing(shown), size);
    // What a page shows is what its cache key covers: a narrowed page offers no sort, and only
    // the whole listing in its default order counts its parts (on its page 1): a count on the
    // page 1 of every sort and narrowing re-rendered ~40 pages a day per certificate running out.
    const counted = !view.narrowing && !view.sort;
    return kept.map((page) => ({
      view: viewOfPage(view, page),
      page: counted ? page : { ...page, counts: undefined },
      facets,
      sorts: view.narrowing ? [] : sorts,
    }));
  });
}

/** A page's own view: the expired part of a view is paged at its own address (`het-han/`). */
export const viewOfPage = (view: ListingView, page: ListingPage<unknown>): ListingView =>
  page.segment === 'lapsed' ? lapsedView(view, page.hasInForce) : view;

/** The pages of the products in force; the lapsed part is linked to, in the default order. */
function inForcePart<T>(pages: ListingPage<T>[]): ListingPage<T>[] {
  return pages.filter((p) => p.segment === 'in-force');
}
