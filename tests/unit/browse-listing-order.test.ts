import { describe, expect, it } from 'vitest';
import {
  COMPARATORS,
  compareLapsed,
  inForceItems,
  orderListing,
} from '../../src/lib/browse/listing-order.ts';
import { item, names } from '../fixtures/browse.ts';

const sample = [
  item('Đường phèn', 4, true, '2024-05-01'),
  item('Bánh cáy', 3, false, '2021-02-01'),
  item('Ấm trà', 5, false, '2020-01-01'),
  item('Dưa lưới', 4, true, '2025-06-01'),
  item('Chè Shan tuyết', 5, true, '2023-03-01'),
  item('Bưởi', 3, true, '2025-06-01'),
  item('Gạo tám', 4, true, '2025-06-01'),
];

describe('orderListing', () => {
  it('puts every product in force before every other, whatever the sort', () => {
    for (const sort of ['sao', 'moi', 'ten'] as const) {
      const listing = orderListing(sample, sort);
      expect(inForceItems(listing).every((p) => p.inForce)).toBe(true);
      expect(listing.lapsed.every((p) => !p.inForce)).toBe(true);
      expect(inForceItems(listing).length + listing.lapsed.length).toBe(sample.length);
    }
  });

  it('runs star levels by default, best first, newest certificate first in each, then name', () => {
    const { inForce } = orderListing(sample);
    expect(inForce.map((run) => run.stars)).toEqual([5, 4, 3]);
    expect(inForce.map((run) => names(run.items))).toEqual([
      ['Chè Shan tuyết'],
      ['Dưa lưới', 'Gạo tám', 'Đường phèn'],
      ['Bưởi'],
    ]);
  });

  it('puts the next certificate to run out at the end of its star level', () => {
    // Certificates last 36 months from their decision: the oldest decision expires first.
    const level = orderListing(sample).inForce[1]!.items;
    const oldest = level.reduce((a, b) =>
      a.current.decisionDate <= b.current.decisionDate ? a : b,
    );
    expect(level.at(-1)).toBe(oldest);
  });

  it('lists the lapsed ones in the order they lapsed, the latest last, whatever the sort', () => {
    for (const sort of ['sao', 'moi', 'ten'] as const)
      expect(names(orderListing(sample, sort).lapsed)).toEqual(['Ấm trà', 'Bánh cáy']);
    expect(
      compareLapsed(item('B', 3, false, '2020-01-01'), item('A', 5, false, '2020-01-01')),
    ).toBeGreaterThan(0);
  });

  it('sorts by newest certificate in one run, same day by name', () => {
    const { inForce } = orderListing(sample, 'moi');
    expect(inForce).toHaveLength(1);
    expect(inForce[0]!.stars).toBeUndefined();
    expect(names(inForce[0]!.items)).toEqual([
      'Bưởi',
      'Dưa lưới',
      'Gạo tám',
      'Đường phèn',
      'Chè Shan tuyết',
    ]);
  });

  it('sorts names in Vietnamese order (Đ after D, not after Z)', () => {
    expect(names(inForceItems(orderListing(sample, 'ten')))).toEqual([
      'Bưởi',
      'Chè Shan tuyết',
      'Dưa lưới',
      'Đường phèn',
      'Gạo tám',
    ]);
  });

  it('has no run when nothing is in force', () => {
    expect(orderListing([item('A', 4, false)], 'sao').inForce).toEqual([]);
    expect(orderListing([item('A', 4, false)], 'moi').inForce).toEqual([]);
  });

  it('leaves its input as it was', () => {
    const before = names(sample);
    orderListing(sample, 'ten');
    expect(names(sample)).toEqual(before);
  });

  it('breaks a name tie by stars', () => {
    expect(COMPARATORS.ten(item('A', 3, true), item('A', 5, true))).toBeGreaterThan(0);
  });
});
