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
    expect(pages.every((p) => p.total === 9 && p.hasLapsed && p.hasInForce)).toBe(true);
  });

  it('numbers each part from its own page 1 (the lapsed part has an address of its own)', () => {
    const pages = paginateListing(listing(5, 4), 3);
    expect(pages.map((p) => [p.segment, p.current, p.following])).toEqual([
      ['in-force', 1, 1],
      ['in-force', 2, 0],
      ['lapsed', 1, 1],
      ['lapsed', 2, 0],
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
    expect(pages.map((p) => [p.current, p.following])).toEqual([
      [1, 2],
      [2, 1],
      [3, 0],
      [1, 0],
    ]);
  });

  it('tells a page of at most two pages after it, so a long part can shrink without changing it', () => {
    const before = paginateListing(listing(30, 1), 3);
    expect(before.map((p) => p.following)).toEqual([2, 2, 2, 2, 2, 2, 2, 2, 1, 0, 0]);
    // Three certificates run out: the part in force loses its page 10.
    const after = paginateListing({ ...listing(27, 0), lapsed: ['x0', 'v27', 'v28', 'v29'] }, 3);
    // Pages by address (part and number): what changed, appeared or went.
    const at = (pages: typeof before) =>
      new Map(pages.map((p) => [`${p.segment} ${String(p.current)}`, JSON.stringify(p)]));
    const [a, b] = [at(before), at(after)];
    const changed = [...new Set([...a.keys(), ...b.keys()])].filter((k) => a.get(k) !== b.get(k));
    // Page 1 (its counts), pages 8 and 9 (their pager reached page 10), page 10 (gone), the
    // last lapsed page (filled) and a new one — and nothing else.
    expect(changed).toEqual([
      'in-force 1',
      'in-force 8',
      'in-force 9',
      'in-force 10',
      'lapsed 1',
      'lapsed 2',
    ]);
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
    const place = (p: (typeof before)[number]) => `${p.segment} ${String(p.current)}`;
    const changed = before
      .filter((page, i) => JSON.stringify(page) !== JSON.stringify(after[i]))
      .map(place);
    // Page 1 (counts), page 3 (the last of 5 stars), the last lapsed page (the newcomer).
    expect(changed).toEqual(['in-force 1', 'in-force 3', 'lapsed 2']);
  });

  it('keeps every lapsed page as it was when the part in force loses a page', () => {
    const before = paginateListing(
      { inForce: [{ stars: 5, items: names('a', 4) }], lapsed: names('x', 7) },
      3,
    );
    // a3 runs out: the part in force goes from two pages to one.
    const after = paginateListing(
      { inForce: [{ stars: 5, items: names('a', 3) }], lapsed: [...names('x', 7), 'a3'] },
      3,
    );
    const lapsed = (pages: typeof before) =>
      pages.filter((p) => p.segment === 'lapsed').map((p) => JSON.stringify(p));
    expect(after.filter((p) => p.segment === 'in-force')).toHaveLength(1);
    // Lapsed pages 1 and 2 unchanged; page 3 gained a3.
    expect(lapsed(after).slice(0, 2)).toEqual(lapsed(before).slice(0, 2));
    expect(lapsed(after)[2]).not.toEqual(lapsed(before)[2]);
  });

  it('starts with the lapsed part when nothing is in force', () => {
    const pages = paginateListing(listing(0, 2), 3);
    expect(pages).toHaveLength(1);
    expect(pages[0]).toMatchObject({ segment: 'lapsed', current: 1, following: 0 });
    expect(pages[0]!.hasInForce).toBe(false);
  });

  it('has no lapsed part when everything is in force', () => {
    const pages = paginateListing(listing(3, 0), 3);
    expect(pages).toHaveLength(1);
    expect(pages[0]!.hasLapsed).toBe(false);
  });

  it('still has page 1 when the listing is empty', () => {
    expect(paginateListing(listing(0, 0))).toEqual([
      {
        items: [],
        current: 1,
        segment: 'in-force',
        total: 0,
        following: 0,
        hasLapsed: false,
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
