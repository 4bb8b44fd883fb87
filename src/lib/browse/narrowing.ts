/**
 * Narrowing a browse listing by one more fact: category group, star level or province. One
 * narrowing at a time, and only to values that have products, so each sub-listing is a static
 * page with something on it and their number grows with the listing, not with its square.
 */
import { CATEGORIES } from '../domain/categories.ts';
import { PROVINCES } from '../domain/provinces.ts';
import { compareVietnamese } from '../domain/vietnamese.ts';

/** What narrowing reads of a product (`catalogue/products.ts`'s `Product` fits). */
export interface Narrowable {
  stars: number;
  province: { slug: string };
  categoryPath: readonly { code: string }[];
}

export type NarrowBy = 'group' | 'stars' | 'province';

/** A sub-listing: `value` is a category group code, a star count or a province slug. */
export interface Narrowing {
  by: NarrowBy;
  value: string;
}

/** The value of a product for a facet. */
function valueOf(product: Narrowable, by: NarrowBy): string | undefined {
  if (by === 'stars') return String(product.stars);
  if (by === 'province') return product.province.slug;
  return product.categoryPath[0]?.code;
}

export function matches(product: Narrowable, narrowing: Narrowing): boolean {
  return valueOf(product, narrowing.by) === narrowing.value;
}

export function narrow<T extends Narrowable>(items: readonly T[], narrowing: Narrowing): T[] {
  return items.filter((p) => matches(p, narrowing));
}

export interface FacetValue {
  value: string;
  count: number;
}

/** The values of a facet that have products, in display order, with how many each has. */
export function facet(items: readonly Narrowable[], by: NarrowBy): FacetValue[] {
  const counts = new Map<string, number>();
  for (const p of items) {
    const v = valueOf(p, by);
    if (v !== undefined) counts.set(v, (counts.get(v) ?? 0) + 1);
  }
  const order = displayOrder(by);
  return [...counts]
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => order(a.value, b.value));
}

function displayOrder(by: NarrowBy): (a: string, b: string) => number {
  if (by === 'stars') return (a, b) => Number(b) - Number(a);
  if (by === 'group') {
    const rank = new Map(CATEGORIES.map((c, i) => [c.code, i]));
    return (a, b) => (rank.get(a) ?? 0) - (rank.get(b) ?? 0);
  }
  const names = new Map(PROVINCES.map((p) => [p.slug, p.name]));
  return (a, b) => compareVietnamese(names.get(a) ?? a, names.get(b) ?? b);
}

/** Facets each kind of listing offers. */
export const FACETS_OF = {
  province: ['group', 'stars'],
  category: ['province', 'stars'],
  stars: ['province', 'group'],
} as const satisfies Record<string, readonly NarrowBy[]>;
export type ListingKind = keyof typeof FACETS_OF;
