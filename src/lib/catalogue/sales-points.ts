/** Sales points by province and by product. The only module that reads `salesPoints`. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { getProvince } from '../domain/provinces.ts';
import { compareVietnamese } from '../domain/vietnamese.ts';
import type { Province } from '../../schemas/province.ts';
import type { Product } from './products.ts';

export interface SalesPoint {
  slug: string;
  data: CollectionEntry<'salesPoints'>['data'];
  province: Province;
}

let cache: Promise<SalesPoint[]> | undefined;

/** Every sales point, by province then name. */
export function getSalesPoints(): Promise<SalesPoint[]> {
  cache ??= getCollection('salesPoints').then((entries) =>
    entries
      .map((e) => {
        const province = getProvince(e.data.province);
        if (!province) throw new Error(`${e.id}: unknown province ${e.data.province}`);
        return { slug: e.id, data: e.data, province };
      })
      .sort(
        (a, b) =>
          compareVietnamese(a.province.name, b.province.name) ||
          compareVietnamese(a.data.name, b.data.name),
      ),
  );
  return cache;
}

export async function getSalesPointsByProvince(slug: string): Promise<SalesPoint[]> {
  return (await getSalesPoints()).filter((s) => s.province.slug === slug);
}

/** Sales points that carry a product, in the order the product lists them. */
let bySlug: Promise<Map<string, SalesPoint>> | undefined;

export async function getSalesPointsOf(product: Product): Promise<SalesPoint[]> {
  bySlug ??= getSalesPoints().then((list) => new Map(list.map((s) => [s.slug, s])));
  const all = await bySlug;
  return product.data.salesPoints.flatMap((ref) => {
    const point = all.get(ref.id);
    return point ? [point] : [];
  });
}

export async function countSalesPointsByProvince(): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  for (const s of await getSalesPoints()) {
    counts.set(s.province.slug, (counts.get(s.province.slug) ?? 0) + 1);
  }
  return counts;
}

/** A directions link for any maps app; opens outside the site, nothing is fetched by us. */
export function directionsUrl(point: SalesPoint): string {
  const { lat, lng } = point.data.coordinates;
  return `https://www.google.com/maps/dir/?api=1&destination=${lat},${lng}`;
}
