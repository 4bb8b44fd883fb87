/**
 * Pages of a browse listing. The products in force and the others are paginated apart, one
 * after the other, so a page never mixes them: pages 1…k hold the certificates in force (that is
 * the "only in force" view, at no extra page), pages k+1… the expired and revoked ones. Each run
 * of the part in force (a star level, `listing-order.ts`) starts on a page of its own.
 *
 * A page carries only what it shows, because its cache key is made of it
 * (`routing/static-paths.ts`): the part sizes are on page 1 only, a page in force knows the
 * pages of its part and where the others begin but not how many there are. So a certificate
 * running out overnight re-renders page 1, the last page of its star level and the last page
 * of the lapsed part, not every page after it (docs/browse.md).
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
  /** The pages of this page's part: the pager numbers these and stays inside them. */
  from: number;
  to: number;
  /** First page of the expired and revoked part; undefined when there is none. */
  lapsedFrom: number | undefined;
  /** Whether the listing has products in force (pages 1…lapsedFrom − 1). */
  hasInForce: boolean;
  /** The star level of the page's run, in the default order. */
  stars: number | undefined;
  /** How many products each part has: on page 1 only, where the switch shows them. */
  counts: { inForce: number; lapsed: number } | undefined;
}

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
    lapsedFrom: lapsed.length > 0 ? inForcePages + 1 : undefined,
    hasInForce: inForcePages > 0,
  };
  const pages: ListingPage<T>[] = [
    ...runs.map((run, i) => ({
      ...common,
      ...run,
      current: i + 1,
      segment: 'in-force' as const,
      from: 1,
      to: inForcePages,
    })),
    ...lapsed.map((p) => ({
      ...common,
      items: p.items,
      stars: undefined,
      current: inForcePages + p.current,
      segment: 'lapsed' as const,
      from: inForcePages + 1,
      to: inForcePages + lapsed.length,
    })),
  ].map((page) => ({ ...page, counts: page.current === 1 ? counts : undefined }));
  return pages.length > 0
    ? pages
    : [
        {
          ...common,
          items: [],
          current: 1,
          segment: 'in-force',
          from: 1,
          to: 1,
          stars: undefined,
          counts,
        },
      ];
}

/**
 * Every product of a listing in one order, in force or not, each card saying its status (the
 * A–Z view): a certificate running out changes its card and page 1's counts, nothing else.
 * `lapsedFrom` is where the default order's lapsed part starts, for the switch.
 */
export function paginateInPlace<T>(
  items: readonly T[],
  counts: { inForce: number; lapsed: number },
  lapsedFrom: number | undefined,
  size = PAGE_SIZE,
): ListingPage<T>[] {
  const pages = paginate(items, size);
  return pages.map((p) => ({
    items: p.items,
    current: p.current,
    segment: 'all',
    total: items.length,
    from: 1,
    to: pages.length,
    lapsedFrom,
    hasInForce: counts.inForce > 0,
    stars: undefined,
    counts: p.current === 1 ? counts : undefined,
  }));
}
