import { describe, expect, it } from 'vitest';
import { COMPARATORS, orderListing } from '../../src/lib/browse/listing-order.ts';
import { item, names } from '../fixtures/browse.ts';

const sample = [
  item('Đường phèn', 4, true, '2024-05-01'),
  item('Bánh cáy', 3, false, '2021-02-01'),
  item('Ấm trà', 5, false, '2020-01-01'),
  item('Dưa lưới', 4, true, '2025-06-01'),
  item('Chè Shan tuyết', 5, true, '2023-03-01'),
  item('Bưởi', 3, true, '2025-06-01'),
];

describe('orderListing', () => {
  it('puts every product in force before every other, whatever the sort', () => {
    for (const sort of ['sao', 'moi', 'ten'] as const) {
      const { inForce, lapsed } = orderListing(sample, sort);
      expect(inForce.every((p) => p.inForce)).toBe(true);
      expect(lapsed.every((p) => !p.inForce)).toBe(true);
      expect(inForce.length + lapsed.length).toBe(sample.length);
    }
  });

  it('sorts by stars, then Vietnamese name, by default', () => {
    const { inForce, lapsed } = orderListing(sample);
    expect(names(inForce)).toEqual(['Chè Shan tuyết', 'Dưa lưới', 'Đường phèn', 'Bưởi']);
    expect(names(lapsed)).toEqual(['Ấm trà', 'Bánh cáy']);
  });

  it('sorts by newest certificate, same day by name', () => {
    expect(names(orderListing(sample, 'moi').inForce)).toEqual([
      'Bưởi',
      'Dưa lưới',
      'Đường phèn',
      'Chè Shan tuyết',
    ]);
  });

  it('sorts names in Vietnamese order (Đ after D, not after Z)', () => {
    expect(names(orderListing(sample, 'ten').inForce)).toEqual([
      'Bưởi',
      'Chè Shan tuyết',
      'Dưa lưới',
      'Đường phèn',
    ]);
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
