/**
 * Pages of a browse listing. The products in force and the others are paginated apart, each part
 * numbered from its own page 1 at its own address (the expired and revoked part under `het-han/`,
 * `listing-url.ts`), so a page never mixes them and "only in force" costs no page. Each run of
 * the part in force (a star level, `listing-order.ts`) starts on a page of its own.
 *
 * A page carries only what it shows, because its cache key is made of it
 * (`routing/static-paths.ts`): the part sizes are on page 1 only, and a page knows the pages of
 * its own part and whether the other part exists, not where it would start. So a certificate
 * running out overnight re-renders page 1, the last page of its star level and the last page
 * of the expired part (and the two before each, whose pager reaches it when a page is added or
 * emptied) — not every page after it, nor every page of its part (docs/browse.md).
 */
import { paginate } from '../catalogue/pagination.ts';
import { PAGE_SIZE } from '../i18n/routes.ts';
import type { OrderedListing } from './listing-order.ts';

/** `all`: every product in place, in force or not (the A–Z view, `listing-views.ts`). */
export type Segment = 'in-force' | 'lapsed' | 'all';

export interface ListingPage<T> {
  items: T[];
  current: number;
  /** Which part of the listing this page shows. */
  segment: Segment;
  /** Products listed, in force or not (the same before and after a certificate runs out). */
  total: number;
  /**
   * How many pages of its part come after this one, up to `PAGER_AHEAD` (`current` counts within
   * the part, from 1). The pager links no further: a page does not know how long its part is,
   * so it stays as it is when the part grows or shrinks by a page far from it.
   */
  following: number;
  /** Whether the listing has expired or revoked products (a part of their own). */
  hasLapsed: boolean;
  /** Whether the listing has products in force. */
  hasInForce: boolean;
  /** The star level of the page's run, in the default order. */
  stars: number | undefined;
  /** How many products each part has: on page 1 only, where the switch shows them. */
  counts: { inForce: number; lapsed: number } | undefined;
}

/** The pager links to at most this many pages after the current one. */
export const PAGER_AHEAD = 2;

const ahead = (current: number, last: number) => Math.min(PAGER_AHEAD, last - current);

/** Every page of an ordered listing; an empty listing still has its page 1. */
export function paginateListing<T>(listing: OrderedListing<T>, size = PAGE_SIZE): ListingPage<T>[] {
  const runs = listing.inForce.flatMap((run) =>
    paginate(run.items, size).map((p) => ({ items: p.items, stars: run.stars })),
  );
  const lapsed = listing.lapsed.length === 0 ? [] : paginate(listing.lapsed, size);
  const inForcePages = runs.length;
  const counts = {
    inForce: listing.inForce.reduce((n, run) => n + run.items.length, 0),
    lapsed: listing.lapsed.length,
  };
  const common = {
    total: counts.inForce + counts.lapsed,
    hasLapsed: lapsed.length > 0,
    hasInForce: inForcePages > 0,
  };
  const pages: ListingPage<T>[] = [
    ...runs.map((run, i) => ({
      ...common,
      ...run,
      current: i + 1,
      segment: 'in-force' as const,
      following: ahead(i + 1, inForcePages),
    })),
    ...lapsed.map((p) => ({
      ...common,
      items: p.items,
      stars: undefined,
      current: p.current,
      segment: 'lapsed' as const,
      following: ahead(p.current, lapsed.length),
    })),
  ].map((page, i) => ({ ...page, counts: i === 0 ? counts : undefined }));
  return pages.length > 0
    ? pages
    : [
        {
          ...common,
          items: [],
          current: 1,
          segment: 'in-force',
          following: 0,
          stars: undefined,
          counts,
        },
      ];
}

/**
 * Every product of a listing in one order, in force or not, each card saying its status (the
 * A–Z view): a certificate running out changes its card and page 1's counts, nothing else.
 */
export function paginateInPlace<T>(
  items: readonly T[],
  counts: { inForce: number; lapsed: number },
  size = PAGE_SIZE,
): ListingPage<T>[] {
  const pages = paginate(items, size);
  return pages.map((p) => ({
    items: p.items,
    current: p.current,
    segment: 'all',
    total: items.length,
    following: ahead(p.current, pages.length),
    hasLapsed: counts.lapsed > 0,
    hasInForce: counts.inForce > 0,
    stars: undefined,
    counts: p.current === 1 ? counts : undefined,
  }));
}
