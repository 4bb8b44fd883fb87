import { describe, expect, it } from 'vitest';
import type { OrderedListing } from '../../src/lib/browse/listing-order.ts';
import { paginateListing } from '../../src/lib/browse/listing-pages.ts';

const names = (prefix: string, n: number) =>
  Array.from({ length: n }, (_, i) => `${prefix}${String(i)}`);

/** One run in force (no star level) and the lapsed part. */
const listing = (inForce: number, lapsed: number): OrderedListing<string> => ({
  inForce: inForce === 0 ? [] : [{ stars: undefined, items: names('v', inForce) }],
  lapsed: names('x', lapsed),
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
    expect(pages.every((p) => p.total === 9 && p.lapsedFrom === 3 && p.hasInForce)).toBe(true);
  });

  it('makes "only in force" the first pages: their range ends before the others begin', () => {
    const pages = paginateListing(listing(5, 4), 3);
    expect(pages.map((p) => [p.from, p.to])).toEqual([
      [1, 2],
      [1, 2],
      [3, 4],
      [3, 4],
    ]);
  });

  it('starts each star level on a page of its own', () => {
    const pages = paginateListing(
      {
        inForce: [
          { stars: 5, items: names('a', 4) },
          { stars: 4, items: names('b', 2) },
        ],
        lapsed: names('x', 1),
      },
      3,
    );
    expect(pages.map((p) => [p.stars, p.items])).toEqual([
      [5, ['a0', 'a1', 'a2']],
      [5, ['a3']],
      [4, ['b0', 'b1']],
      [undefined, ['x0']],
    ]);
    expect(pages.map((p) => p.to)).toEqual([3, 3, 3, 4]);
  });

  it('counts the parts on page 1 only', () => {
    const pages = paginateListing(listing(5, 4), 3);
    expect(pages[0]!.counts).toEqual({ inForce: 5, lapsed: 4 });
    expect(pages.slice(1).every((p) => p.counts === undefined)).toBe(true);
  });

  it('leaves every page but page 1, the last of its level and the last lapsed as they were when a certificate runs out', () => {
    // What a page is made of is its cache key: compare them whole, before and after.
    const level = (n: number) => names('a', n);
    const before = paginateListing(
      {
        inForce: [
          { stars: 5, items: level(8) },
          { stars: 4, items: names('b', 7) },
        ],
        lapsed: names('x', 4),
      },
      3,
    );
    const after = paginateListing(
      {
        inForce: [
          { stars: 5, items: level(7) },
          { stars: 4, items: names('b', 7) },
        ],
        lapsed: [...names('x', 4), 'a7'],
      },
      3,
    );
    const changed = before
      .map((page, i) => [page.current, JSON.stringify(page) === JSON.stringify(after[i])] as const)
      .filter(([, same]) => !same)
      .map(([n]) => n);
    // Page 1 (counts), page 3 (the last of 5 stars), page 8 (the last lapsed page).
    expect(changed).toEqual([1, 3, 8]);
  });

  it('starts with the lapsed part when nothing is in force', () => {
    const pages = paginateListing(listing(0, 2), 3);
    expect(pages).toHaveLength(1);
    expect(pages[0]).toMatchObject({ segment: 'lapsed', current: 1, from: 1, to: 1 });
    expect(pages[0]!.hasInForce).toBe(false);
  });

  it('has no lapsed part when everything is in force', () => {
    const pages = paginateListing(listing(3, 0), 3);
    expect(pages).toHaveLength(1);
    expect(pages[0]!.lapsedFrom).toBeUndefined();
  });

  it('still has page 1 when the listing is empty', () => {
    expect(paginateListing(listing(0, 0))).toEqual([
      {
        items: [],
        current: 1,
        segment: 'in-force',
        total: 0,
        from: 1,
        to: 1,
        lapsedFrom: undefined,
        hasInForce: false,
        stars: undefined,
        counts: { inForce: 0, lapsed: 0 },
      },
    ]);
  });

  it('costs at most one page more than paging the whole listing together, plus one per level', () => {
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
