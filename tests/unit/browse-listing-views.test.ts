import { describe, expect, it } from 'vitest';
import {
  isReordering,
  lapsedView,
  listingRest,
  restParam,
} from '../../src/lib/browse/listing-url.ts';
import { listingViews, viewOfPage } from '../../src/lib/browse/listing-views.ts';
import { orderListing } from '../../src/lib/browse/listing-order.ts';
import { paginateListing } from '../../src/lib/browse/listing-pages.ts';
import { item } from '../fixtures/browse.ts';

const sample = [
  item('A', 5, true, '2025-01-01', 'hue', 'I'),
  item('B', 3, true, '2025-02-01', 'hue', 'II'),
  item('C', 4, false, '2020-01-01', 'hue', 'I'),
];

describe('listingRest', () => {
  it('writes the narrowing, the sort and the page, in that order', () => {
    expect(listingRest({})).toBe('');
    expect(listingRest({}, 2)).toBe('trang/2/');
    expect(listingRest({ sort: 'sao' })).toBe('');
    expect(listingRest({ sort: 'moi' }, 3)).toBe('xep-moi/trang/3/');
    expect(listingRest({ narrowing: { by: 'stars', value: '5' } })).toBe('sao-5/');
    expect(listingRest({ narrowing: { by: 'group', value: 'I' } })).toBe('nganh/thuc-pham/');
    expect(listingRest({ narrowing: { by: 'province', value: 'hue' } }, 2)).toBe(
      'tinh/hue/trang/2/',
    );
    expect(listingRest({ lapsed: true }, 2)).toBe('het-han/trang/2/');
    expect(listingRest({ narrowing: { by: 'stars', value: '4' }, lapsed: true })).toBe(
      'sao-4/het-han/',
    );
    expect(restParam({})).toBeUndefined();
    expect(restParam({ sort: 'ten' })).toBe('xep-ten');
  });

  it("pages the lapsed part at its own address, or at the listing's when nothing is in force", () => {
    const narrowing = { by: 'province', value: 'hue' } as const;
    expect(listingRest(lapsedView({ narrowing, sort: 'ten' }, true))).toBe('tinh/hue/het-han/');
    expect(listingRest(lapsedView({ narrowing }, false), 2)).toBe('tinh/hue/trang/2/');
  });

  it('gives every page of a listing paged alone (a former province) an address of its own', () => {
    const pages = paginateListing(orderListing(sample), 2);
    const urls = pages.map((page) => listingRest(viewOfPage({}, page), page.current));
    expect(urls).toEqual(['', 'trang/2/', 'het-han/']);
  });

  it('refuses a group that does not exist', () => {
    expect(() => listingRest({ narrowing: { by: 'group', value: 'XX' } })).toThrow(/XX/);
  });

  it('calls only other sorts re-orderings', () => {
    expect(isReordering({})).toBe(false);
    expect(isReordering({ sort: 'sao' })).toBe(false);
    expect(isReordering({ narrowing: { by: 'stars', value: '3' } })).toBe(false);
    expect(isReordering({ sort: 'moi' })).toBe(true);
  });
});

describe('listingViews', () => {
  const views = listingViews(sample, 'province', 2);
  const urls = views.map((v) => listingRest(v.view, v.page.current));

  it('makes the listing, the whole listing in each other sort, each one-step narrowing', () => {
    expect(urls).toEqual([
      '',
      'trang/2/',
      'het-han/',
      'xep-moi/',
      'xep-ten/',
      'xep-ten/trang/2/',
      'nganh/thuc-pham/',
      'nganh/thuc-pham/het-han/',
      'nganh/do-uong/',
      'sao-5/',
      'sao-4/',
      'sao-3/',
    ]);
    expect(new Set(urls).size).toBe(urls.length);
  });

  it('pages other sorts only through the products in force, the others left to the default', () => {
    const sorted = views.filter((v) => v.view.sort === 'moi');
    expect(sorted).toHaveLength(1);
    expect(sorted[0]!.page).toMatchObject({ following: 0, counts: undefined });
    expect(sorted[0]!.page.items.map((p) => p.name)).toEqual(['B', 'A']);
    // The lapsed part is paged in the default order, at its own address.
    const lapsed = views.find((v) => !v.view.sort && v.page.segment === 'lapsed');
    expect(lapsed?.view).toEqual({ narrowing: undefined, lapsed: true });
    expect(lapsed?.page.current).toBe(1);
    expect(sorted[0]!.page.hasLapsed).toBe(true);
  });

  it('lists every product A–Z in place, with no counts (the default order has them)', () => {
    const az = listingViews(
      [...sample, item('D', 5, false, '2019-01-01', 'hue', 'II')],
      'province',
      2,
    ).filter((v) => v.view.sort === 'ten');
    expect(az.map((v) => v.page.items.map((p) => p.name))).toEqual([
      ['A', 'B'],
      ['C', 'D'],
    ]);
    expect(az.map((v) => v.page.segment)).toEqual(['all', 'all']);
    expect(az.map((v) => v.page.counts)).toEqual([undefined, undefined]);
    // The switch leads to the lapsed part of the default order (`het-han/`).
    expect(az.every((v) => v.page.hasLapsed)).toBe(true);
  });

  it('changes only its own A–Z page when a certificate runs out', () => {
    const before = [
      ...sample,
      item('D', 4, true, '2024-01-01', 'hue', 'II'),
      item('E', 4, true, '2024-06-01', 'hue', 'II'),
      item('F', 5, true, '2022-01-01', 'hue', 'II'),
    ];
    // F, the oldest certificate of its level, runs out.
    const after = before.map((p) => (p.name === 'F' ? { ...p, inForce: false } : p));
    const az = (items: typeof before) =>
      listingViews(items, 'province', 2)
        .filter((v) => v.view.sort === 'ten')
        .map((v) =>
          JSON.stringify({ ...v.page, items: v.page.items.map((p) => [p.name, p.inForce]) }),
        );
    const [was, is] = [az(before), az(after)];
    expect(was.map((page, i) => page === is[i])).toEqual([true, true, false]);
  });

  it('counts the parts on the page 1 of the whole listing in its default order only', () => {
    const counted = views.filter((v) => v.page.counts !== undefined);
    expect(counted.map((v) => [listingRest(v.view, v.page.current), v.page.counts])).toEqual([
      ['', { inForce: 2, lapsed: 1 }],
    ]);
  });

  it('offers no sort when fewer than two products are in force', () => {
    const one = listingViews([item('A', 5, true), item('B', 4, false)], 'province');
    expect(one[0]!.sorts).toEqual([]);
    expect(one.some((v) => v.view.sort)).toBe(false);
  });

  it('offers no narrowing that every product shares', () => {
    const oneGroup = listingViews([item('A', 5, true), item('B', 4, true)], 'province');
    expect(oneGroup[0]!.facets.group).toEqual([]);
    expect(oneGroup.map((v) => listingRest(v.view))).not.toContain('nganh/thuc-pham/');
  });

  it('gives every page the counts of the whole listing for its links', () => {
    for (const v of views) {
      expect(v.facets.stars?.map((f) => f.count)).toEqual([1, 1, 1]);
    }
  });

  it('offers the sorts on the whole listing only, not on a narrowed view', () => {
    // A page's cache key covers what it shows: a narrowed page must not change with the sorts.
    const whole = views.filter((v) => !v.view.narrowing);
    const narrowed = views.filter((v) => v.view.narrowing);
    expect(narrowed.length).toBeGreaterThan(0);
    for (const v of whole) expect(v.sorts).toEqual(['sao', 'moi', 'ten']);
    for (const v of narrowed) expect(v.sorts).toEqual([]);
  });

  it('offers two sorts on a star level (there the default is the newest first)', () => {
    expect(listingViews(sample, 'stars')[0]!.sorts).toEqual(['sao', 'ten']);
  });
});
