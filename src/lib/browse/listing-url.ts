/**
 * The part of a browse URL after the listing itself (`/tinh/ha-noi/` + this): the narrowing
 * (`nganh/<group>/`, `sao-<n>/`, `tinh/<province>/`), the sort (`xep-moi/`, `xep-ten/`; the default
 * has none) or the expired and revoked part (`het-han/`), and the page (`trang/<n>/`). Used for
 * links and for the `[...page]` route param.
 */
import { getCategory } from '../domain/categories.ts';
import { DEFAULT_SORT, type SortKey } from './listing-order.ts';
import type { Narrowing } from './narrowing.ts';

export interface ListingView {
  narrowing?: Narrowing | undefined;
  sort?: SortKey | undefined;
  /**
   * The expired and revoked part of the default order, paged at an address of its own, so that
   * its pages keep their numbers when the part in force shrinks (`listing-pages.ts`).
   */
  lapsed?: boolean | undefined;
}

function narrowingSegment(n: Narrowing): string {
  if (n.by === 'stars') return `sao-${n.value}/`;
  if (n.by === 'province') return `tinh/${n.value}/`;
  const group = getCategory(n.value);
  if (!group) throw new RangeError(`unknown category group "${n.value}"`);
  return `nganh/${group.slug}/`;
}

/** `sao-5/trang/2/`, `xep-moi/`, `het-han/`, `` (page 1 of the listing in its default order). */
export function listingRest(view: ListingView, page = 1): string {
  return (
    (view.narrowing ? narrowingSegment(view.narrowing) : '') +
    (view.sort && view.sort !== DEFAULT_SORT ? `xep-${view.sort}/` : '') +
    (view.lapsed ? 'het-han/' : '') +
    (page > 1 ? `trang/${String(page)}/` : '')
  );
}

/** The `[...page]` route param: the rest without its trailing slash, or undefined. */
export function restParam(view: ListingView, page = 1): string | undefined {
  const rest = listingRest(view, page);
  return rest === '' ? undefined : rest.slice(0, -1);
}

/**
 * The view where a listing's expired and revoked products are paged: their own address under
 * the view's narrowing — or, when nothing is in force, the listing's default pages themselves.
 */
export const lapsedView = (view: ListingView, hasInForce: boolean): ListingView => ({
  narrowing: view.narrowing,
  lapsed: hasInForce,
});

/** Pure re-orderings of a listing are not for search engines (`noindex`). */
export const isReordering = (view: ListingView): boolean =>
  view.sort !== undefined && view.sort !== DEFAULT_SORT;
