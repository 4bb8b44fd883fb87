/** The `order` field of the server-less index's display records: what a quick "add" needs. */
import { describe, expect, it } from 'vitest';
import { decodeOrder, encodeOrder } from '../../src/lib/search/fallback/format.ts';

describe('encodeOrder / decodeOrder', () => {
  it('writes nothing for a product without packs', () => {
    expect(encodeOrder({ offerCount: 0 })).toBeUndefined();
    expect(encodeOrder({})).toBeUndefined();
    expect(decodeOrder(undefined)).toEqual({});
  });

  it('writes the count for several packs (the result links to the order block)', () => {
    expect(encodeOrder({ offerCount: 3 })).toBe(3);
    expect(decodeOrder(3)).toEqual({ offerCount: 3 });
  });

  it('writes the one pack with its minimum quantity, and reads it back', () => {
    expect(encodeOrder({ offerCount: 1, orderSku: '300g', orderQuantity: 1 })).toBe('300g');
    expect(encodeOrder({ offerCount: 1, orderSku: 'chai', orderQuantity: 6 })).toBe('chai*6');
    expect(decodeOrder('300g')).toEqual({ offerCount: 1, orderSku: '300g', orderQuantity: 1 });
    expect(decodeOrder('chai*6')).toEqual({ offerCount: 1, orderSku: 'chai', orderQuantity: 6 });
  });
});
