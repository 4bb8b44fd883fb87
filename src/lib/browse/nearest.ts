/**
 * What lies nearest an empty province: the closest provinces that have products and the closest
 * sales points, by great-circle distance from the province's seat (`province-seats.ts`).
 */
import { distanceKm, type LatLng } from '../domain/distance.ts';
import { PROVINCE_SEATS } from './province-seats.ts';

export { distanceKm, type LatLng };

export function seatOf(provinceSlug: string): LatLng {
  const seat = PROVINCE_SEATS[provinceSlug];
  if (!seat) throw new RangeError(`no seat for province "${provinceSlug}"`);
  return { lat: seat[0], lng: seat[1] };
}

export interface Near<T> {
  item: T;
  km: number;
}

/** The `limit` items nearest `from`, nearest first (ties by input order). */
export function nearest<T>(
  from: LatLng,
  items: readonly T[],
  where: (item: T) => LatLng,
  limit: number,
): Near<T>[] {
  return items
    .map((item) => ({ item, km: distanceKm(from, where(item)) }))
    .sort((a, b) => a.km - b.km)
    .slice(0, limit);
}

/** The provinces nearest `slug` among `candidates` (slugs), by seat; never itself. */
export function nearestProvinces(
  slug: string,
  candidates: readonly string[],
  limit = 4,
): Near<string>[] {
  return nearest(
    seatOf(slug),
    candidates.filter((c) => c !== slug),
    seatOf,
    limit,
  );
}
