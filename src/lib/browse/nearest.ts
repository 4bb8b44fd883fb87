/**
 * What lies nearest an empty province: the closest provinces that have products and the closest
 * sales points, by great-circle distance from the province's seat (`province-seats.ts`).
 */
import { PROVINCE_SEATS } from './province-seats.ts';

export interface LatLng {
  lat: number;
  lng: number;
}

const EARTH_RADIUS_KM = 6371;
const rad = (deg: number) => (deg * Math.PI) / 180;

/** Great-circle distance in kilometres (haversine). */
export function distanceKm(a: LatLng, b: LatLng): number {
  const dLat = rad(b.lat - a.lat);
  const dLng = rad(b.lng - a.lng);
  const h =
    Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(h));
}

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
