/**
 * Sales points for the server-less search: every point in one small JSON file (500 points are a
 * few kilobytes compressed), and a pure distance sort for "near me". No Node APIs: the build
 * (`build-index.ts`) calls `encodeSalesPoints`, the browser calls `decodeSalesPoints` /
 * `sortByDistance`.
 */
import { distanceKm, type LatLng } from '../../domain/distance.ts';
import type { SalesPointDocument } from '../documents.ts';
import type { SalesPointKind } from '../../../schemas/sales-point.ts';

/**
 * One point: id, name, kind, address, province slug, opening hours in Vietnamese, phone ("" if
 * none), lat, lng, opening hours in English.
 */
type PackedPoint = [string, string, string, string, string, string, string, number, number, string];

export interface SalesPointsFile {
  /** Province slug → name, for the provinces named by points. */
  provinces: Record<string, string>;
  points: PackedPoint[];
}

/** The sales-points file's JSON text (points sorted by id, so the same input gives the same bytes). */
export function encodeSalesPoints(points: readonly SalesPointDocument[]): string {
  const provinces: Record<string, string> = {};
  const sorted = [...points].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const p of sorted) provinces[p.province] = p.provinceName;
  const file: SalesPointsFile = {
    provinces,
    points: sorted.map((p) => [
      p.id,
      p.name,
      p.kind,
      p.address,
      p.province,
      p.openingHours,
      p.phone ?? '',
      p._geo.lat,
      p._geo.lng,
      p.openingHoursEn,
    ]),
  };
  return JSON.stringify(file);
}

/** Back to `SalesPointDocument`s (the shape Meilisearch returns). */
export function decodeSalesPoints(file: SalesPointsFile): SalesPointDocument[] {
  return file.points.map(
    ([id, name, kind, address, province, openingHours, phone, lat, lng, openingHoursEn]) => ({
      id,
      name,
      kind: kind as SalesPointKind,
      address,
      province,
      provinceName: file.provinces[province] ?? province,
      openingHours,
      openingHoursEn,
      phone: phone || undefined,
      _geo: { lat, lng },
    }),
  );
}

export { distanceKm, type LatLng };

/**
 * The points nearest `origin` first, each with its `distanceKm`; ties keep the input order.
 * Does not change `points`.
 */
export function sortByDistance<T extends { _geo: LatLng }>(
  points: readonly T[],
  origin: LatLng,
): (T & { distanceKm: number })[] {
  return points
    .map((point, index) => ({ point, index, distance: distanceKm(origin, point._geo) }))
    .sort((a, b) => a.distance - b.distance || a.index - b.index)
    .map(({ point, distance }) => ({ ...point, distanceKm: distance }));
}
