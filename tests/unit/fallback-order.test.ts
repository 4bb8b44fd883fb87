/** The `order` field of the server-less index's display records: what a quick "add" needs. */
import { describe, expect, it } from 'vitest';
import { decodeOrder, encodeOrder } from '../../src/lib/search/fallback/format.ts';

describe('encodeOrder / decodeOrder', () => {
  it('writes nothing for a product without packs', () => {
    expect(encodeOrder({ offerCount: 0 })).toBeUndefined();
    expect(encodeOrder({})).toBeUndefined();
    expect(decodeOrder(undefined)).toEqual({});
    expect(decodeOrder('not an order!')).toEqual({});
  });

  it('writes the first pack, its minimum quantity and how many packs there are', () => {
    expect(encodeOrder({ offerCount: 1, orderSku: '300g', orderQuantity: 1 })).toBe('300g');
    expect(encodeOrder({ offerCount: 1, orderSku: 'chai', orderQuantity: 6 })).toBe('chai*6');
    expect(encodeOrder({ offerCount: 3, orderSku: 'hop-50g', orderQuantity: 5 })).toBe(
      'hop-50g*5/3',
    );
    expect(encodeOrder({ offerCount: 2, orderSku: 'tui', orderQuantity: 1 })).toBe('tui/2');
  });

  it('reads back what it wrote', () => {
    for (const d of [
      { offerCount: 1, orderSku: '300g', orderQuantity: 1 },
      { offerCount: 1, orderSku: 'chai', orderQuantity: 6 },
      { offerCount: 3, orderSku: 'hop-50g', orderQuantity: 5 },
      { offerCount: 2, orderSku: 'tui', orderQuantity: 1 },
    ])
      expect(decodeOrder(encodeOrder(d))).toEqual(d);
  });
});
