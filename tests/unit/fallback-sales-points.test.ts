import { describe, expect, it } from 'vitest';
import type { SalesPointDocument } from '../../src/lib/search/documents.ts';
import {
  decodeSalesPoints,
  distanceKm,
  encodeSalesPoints,
  sortByDistance,
  type SalesPointsFile,
} from '../../src/lib/search/fallback/sales-points.ts';

const point = (id: string, lat: number, lng: number, phone?: string): SalesPointDocument => ({
  id,
  name: `Điểm OCOP ${id}`,
  kind: 'shop',
  address: 'Số 1',
  province: 'ha-noi',
  provinceName: 'Hà Nội',
  openingHours: 'Hằng ngày 8:00–20:00',
  openingHoursEn: 'Daily 08:00–20:00',
  phone,
  _geo: { lat, lng },
});

const HA_NOI = { lat: 21.0285, lng: 105.8542 };
const POINTS = [
  point('ho-chi-minh', 10.7769, 106.7009),
  point('hue', 16.4637, 107.5909, '0234 123 456'),
  point('hoan-kiem', 21.0245, 105.8571),
  point('da-nang', 16.0544, 108.2022),
];

describe('distanceKm', () => {
  it('gives great-circle distances', () => {
    expect(distanceKm(HA_NOI, HA_NOI)).toBe(0);
    // Hà Nội – Hồ Chí Minh City is about 1,140 km as the crow flies.
    expect(distanceKm(HA_NOI, POINTS[0]!._geo)).toBeGreaterThan(1100);
    expect(distanceKm(HA_NOI, POINTS[0]!._geo)).toBeLessThan(1180);
    expect(distanceKm(HA_NOI, POINTS[0]!._geo)).toBeCloseTo(distanceKm(POINTS[0]!._geo, HA_NOI));
  });
});

describe('sortByDistance', () => {
  it('puts the nearest first and adds distanceKm, leaving the input alone', () => {
    const before = POINTS.map((p) => p.id);
    const sorted = sortByDistance(POINTS, HA_NOI);
    expect(sorted.map((p) => p.id)).toEqual(['hoan-kiem', 'hue', 'da-nang', 'ho-chi-minh']);
    expect(sorted[0]!.distanceKm).toBeLessThan(1);
    expect(sorted.map((p) => p.distanceKm)).toEqual(
      [...sorted.map((p) => p.distanceKm)].sort((a, b) => a - b),
    );
    expect(POINTS.map((p) => p.id)).toEqual(before);
    expect(sortByDistance([], HA_NOI)).toEqual([]);
  });

  it('keeps the input order for equal distances', () => {
    const twins = [point('b', 16, 108), point('a', 16, 108)];
    expect(sortByDistance(twins, HA_NOI).map((p) => p.id)).toEqual(['b', 'a']);
  });
});

describe('sales-points file', () => {
  it('round-trips the documents, sorted by id', () => {
    const text = encodeSalesPoints(POINTS);
    const back = decodeSalesPoints(JSON.parse(text) as SalesPointsFile);
    expect(back).toEqual([...POINTS].sort((a, b) => (a.id < b.id ? -1 : 1)));
    expect(encodeSalesPoints([...POINTS].reverse())).toBe(text);
  });
});
