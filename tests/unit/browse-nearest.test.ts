import { describe, expect, it } from 'vitest';
import { distanceKm, nearest, nearestProvinces, seatOf } from '../../src/lib/browse/nearest.ts';
import { PROVINCE_SEATS } from '../../src/lib/browse/province-seats.ts';
import { PROVINCES } from '../../src/lib/domain/provinces.ts';

describe('province seats', () => {
  it('has a seat inside Viet Nam for each of the 34 provinces, and no other', () => {
    expect(Object.keys(PROVINCE_SEATS).sort()).toEqual(PROVINCES.map((p) => p.slug).sort());
    for (const [lat, lng] of Object.values(PROVINCE_SEATS)) {
      expect(lat).toBeGreaterThan(8.5);
      expect(lat).toBeLessThan(23.5);
      expect(lng).toBeGreaterThan(102);
      expect(lng).toBeLessThan(110);
    }
  });

  it('refuses a slug that is not a province of 2025', () => {
    expect(() => seatOf('ha-tay')).toThrow(/ha-tay/);
  });
});

describe('distanceKm', () => {
  it('measures Hà Nội to Hồ Chí Minh City at about 1,140 km', () => {
    const km = distanceKm(seatOf('ha-noi'), seatOf('ho-chi-minh'));
    expect(km).toBeGreaterThan(1100);
    expect(km).toBeLessThan(1180);
  });

  it('is zero from a place to itself', () => {
    expect(distanceKm(seatOf('hue'), seatOf('hue'))).toBe(0);
  });
});

describe('nearestProvinces', () => {
  it('finds Huế and Quảng Ngãi nearest Đà Nẵng, never Đà Nẵng itself', () => {
    const near = nearestProvinces(
      'da-nang',
      ['ha-noi', 'hue', 'da-nang', 'quang-ngai', 'ca-mau'],
      2,
    );
    expect(near.map((n) => n.item)).toEqual(['hue', 'quang-ngai']);
    expect(near[0]!.km).toBeLessThan(near[1]!.km);
  });

  it('returns fewer when there are fewer candidates', () => {
    expect(nearestProvinces('hue', ['hue'])).toEqual([]);
  });
});

describe('nearest', () => {
  it('orders any points by distance and keeps the limit', () => {
    const points = [
      { id: 'far', at: seatOf('ca-mau') },
      { id: 'near', at: seatOf('ninh-binh') },
      { id: 'mid', at: seatOf('nghe-an') },
    ];
    expect(nearest(seatOf('ha-noi'), points, (p) => p.at, 2).map((n) => n.item.id)).toEqual([
      'near',
      'mid',
    ]);
  });
});
