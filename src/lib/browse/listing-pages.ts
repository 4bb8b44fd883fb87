/**
 * Pages of a browse listing. The products in force and the others are paginated apart, one
 * after the other, so a page never mixes them: pages 1…k hold the certificates in force (that is
 * the "only in force" view, at no extra page), pages k+1… the expired and revoked ones.
 */
import { paginate, type PageInfo } from '../catalogue/pagination.ts';
import { PAGE_SIZE } from '../i18n/routes.ts';
import type { OrderedListing } from './listing-order.ts';

export type Segment = 'in-force' | 'lapsed';

export interface ListingPage<T> extends PageInfo<T> {
  /** Which part of the listing this page shows. */
  segment: Segment;
  /** Pages 1…inForcePages hold the products in force (0 when there are none). */
  inForcePages: number;
  inForceCount: number;
  lapsedCount: number;
}

/** Every page of an ordered listing; an empty listing still has its page 1. */
export function paginateListing<T>(listing: OrderedListing<T>, size = PAGE_SIZE): ListingPage<T>[] {
  const inForceCount = listing.inForce.length;
  const lapsedCount = listing.lapsed.length;
  const inForcePages = inForceCount === 0 ? 0 : Math.ceil(inForceCount / size);
  const lapsedPages = lapsedCount === 0 ? 0 : Math.ceil(lapsedCount / size);
  const last = Math.max(1, inForcePages + lapsedPages);
  const common = {
    last,
    total: inForceCount + lapsedCount,
    inForcePages,
    inForceCount,
    lapsedCount,
  };
  const part = (items: readonly T[], segment: Segment, offset: number) =>
    items.length === 0
      ? []
      : paginate(items, size).map((p) => ({
          ...common,
          items: p.items,
          current: p.current + offset,
          segment,
        }));
  const pages = [
    ...part(listing.inForce, 'in-force', 0),
    ...part(listing.lapsed, 'lapsed', inForcePages),
  ];
  return pages.length > 0 ? pages : [{ ...common, items: [], current: 1, segment: 'in-force' }];
}

/** First page of the expired and revoked part, if there is one. */
export const firstLapsedPage = (page: ListingPage<unknown>): number | undefined =>
  page.lapsedCount > 0 ? page.inForcePages + 1 : undefined;

/** The page numbers of the current page's part: the pager stays inside it. */
export function segmentRange(page: ListingPage<unknown>): { from: number; to: number } {
  return page.segment === 'in-force'
    ? { from: 1, to: Math.max(1, page.inForcePages) }
    : { from: page.inForcePages + 1, to: page.last };
}
