import { describe, expect, it } from 'vitest';
import {
  firstLapsedPage,
  paginateListing,
  segmentRange,
} from '../../src/lib/browse/listing-pages.ts';

const listing = (inForce: number, lapsed: number) => ({
  inForce: Array.from({ length: inForce }, (_, i) => `v${String(i)}`),
  lapsed: Array.from({ length: lapsed }, (_, i) => `x${String(i)}`),
});

describe('paginateListing', () => {
  it('never mixes products in force and the others on one page', () => {
    const pages = paginateListing(listing(5, 4), 3);
    expect(pages.map((p) => p.items)).toEqual([
      ['v0', 'v1', 'v2'],
      ['v3', 'v4'],
      ['x0', 'x1', 'x2'],
      ['x3'],
    ]);
    expect(pages.map((p) => p.segment)).toEqual(['in-force', 'in-force', 'lapsed', 'lapsed']);
    expect(pages.map((p) => p.current)).toEqual([1, 2, 3, 4]);
    expect(pages.every((p) => p.last === 4 && p.total === 9 && p.inForcePages === 2)).toBe(true);
  });

  it('makes "only in force" the first pages: their range ends before the others begin', () => {
    const pages = paginateListing(listing(5, 4), 3);
    expect(segmentRange(pages[0]!)).toEqual({ from: 1, to: 2 });
    expect(segmentRange(pages[3]!)).toEqual({ from: 3, to: 4 });
    expect(firstLapsedPage(pages[1]!)).toBe(3);
  });

  it('starts with the lapsed part when nothing is in force', () => {
    const pages = paginateListing(listing(0, 2), 3);
    expect(pages).toHaveLength(1);
    expect(pages[0]).toMatchObject({ segment: 'lapsed', current: 1, inForcePages: 0 });
    expect(segmentRange(pages[0]!)).toEqual({ from: 1, to: 1 });
  });

  it('has no lapsed part when everything is in force', () => {
    const pages = paginateListing(listing(3, 0), 3);
    expect(pages).toHaveLength(1);
    expect(firstLapsedPage(pages[0]!)).toBeUndefined();
  });

  it('still has page 1 when the listing is empty', () => {
    expect(paginateListing(listing(0, 0))).toEqual([
      {
        items: [],
        current: 1,
        last: 1,
        total: 0,
        segment: 'in-force',
        inForcePages: 0,
        inForceCount: 0,
        lapsedCount: 0,
      },
    ]);
  });

  it('costs at most one page more than paging the whole listing together', () => {
    for (const [a, b] of [
      [1, 1],
      [24, 24],
      [25, 23],
      [47, 49],
    ] as const) {
      const together = Math.ceil((a + b) / 24);
      expect(paginateListing(listing(a, b)).length).toBeLessThanOrEqual(together + 1);
    }
  });
});
