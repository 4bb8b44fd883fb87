/** "All to cart" from the shortlist: each product's first pack, and what has nothing to order. */
import { describe, expect, it } from 'vitest';
import { firstPackItems } from '../../src/lib/order/first-packs.ts';

const offer = (sku: string) => ({ sku, pack: sku, price: 10000, wholesale: [] });

describe('firstPackItems', () => {
  it('takes the first pack in the minimum quantity, once per code, and lists the rest', () => {
    const products = new Map([
      ['aaaaaa', { offers: [offer('300g'), offer('1kg')] }],
      ['bbbbbb', { offers: [offer('chai')], minOrderQuantity: 6 }],
      ['cccccc', { offers: [] }],
    ]);
    expect(firstPackItems(['aaaaaa', 'bbbbbb', 'cccccc', 'dddddd', 'aaaaaa'], products)).toEqual({
      items: [
        { code: 'aaaaaa', sku: '300g', quantity: 1 },
        { code: 'bbbbbb', sku: 'chai', quantity: 6 },
      ],
      without: ['cccccc', 'dddddd'],
    });
  });
});
