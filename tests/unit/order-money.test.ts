import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  isQuantity,
  isVnd,
  largestQuantity,
  lineTotal,
  MAX_QUANTITY,
  MAX_VND,
  MoneyError,
  sumVnd,
  unitPriceFor,
} from '../../src/lib/order/money.ts';

describe('money in whole đồng', () => {
  it('accepts whole non-negative amounts up to the ceiling, nothing else', () => {
    expect(isVnd(0)).toBe(true);
    expect(isVnd(45_000)).toBe(true);
    expect(isVnd(MAX_VND)).toBe(true);
    for (const bad of [-1, 0.5, MAX_VND + 1, NaN, Infinity, '45000', null])
      expect(isVnd(bad)).toBe(false);
  });
  it('quantities are whole, at least 1 and bounded', () => {
    expect(isQuantity(1)).toBe(true);
    expect(isQuantity(MAX_QUANTITY)).toBe(true);
    for (const bad of [0, -2, 1.5, MAX_QUANTITY + 1, NaN]) expect(isQuantity(bad)).toBe(false);
  });
  it('line totals are exact and refuse overflow', () => {
    expect(lineTotal(3, 45_000)).toBe(135_000);
    expect(() => lineTotal(MAX_QUANTITY, MAX_VND)).toThrow(MoneyError);
    expect(() => lineTotal(-1, 10)).toThrow(MoneyError);
    expect(() => lineTotal(2, 10.5)).toThrow(MoneyError);
  });
  it('sums are exact for any amounts under the ceiling', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 1_000_000 }), { maxLength: 200 }), (xs) => {
        expect(sumVnd(xs)).toBe(xs.reduce((a, b) => a + b, 0));
      }),
    );
    expect(() => sumVnd([MAX_VND, 1])).toThrow(/above/);
  });
});

describe('wholesale tiers', () => {
  const tiers = [
    { minQuantity: 50, unitPrice: 38_000 },
    { minQuantity: 10, unitPrice: 42_000 },
  ];
  it.each([
    [1, 45_000, undefined],
    [9, 45_000, undefined],
    [10, 42_000, 10],
    [49, 42_000, 10],
    [50, 38_000, 50],
    [500, 38_000, 50],
  ])('%i packs cost %i each', (quantity, price, tierFrom) => {
    const { unitPrice, tier } = unitPriceFor(45_000, tiers, quantity);
    expect(unitPrice).toBe(price);
    expect(tier?.minQuantity).toBe(tierFrom);
  });
});

describe('the largest quantity one line can carry', () => {
  it('is MAX_QUANTITY for everyday prices', () => {
    expect(largestQuantity(45_000)).toBe(MAX_QUANTITY);
  });

  it('fits the dearest of the retail and wholesale prices under MAX_VND', () => {
    expect(largestQuantity(2_500_000)).toBe(4_000);
    expect(largestQuantity(1_000_000, [{ minQuantity: 10, unitPrice: 3_000_000 }])).toBe(3_333);
  });

  it('never gives a quantity whose line total fails', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: MAX_VND }), (price) => {
        const most = largestQuantity(price);
        expect(() => lineTotal(most, price)).not.toThrow();
        if (most < MAX_QUANTITY) expect(() => lineTotal(most + 1, price)).toThrow(MoneyError);
      }),
    );
  });
});
