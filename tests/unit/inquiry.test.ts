import { describe, expect, it } from 'vitest';
import {
  askedPacks,
  buyerProblems,
  EMPTY_BUYER,
  groupInquiry,
  INQUIRY_REFERENCE,
  newInquiryReference,
  packKey,
  quotePack,
  type InquiryLookup,
} from '../../src/lib/order/inquiry.ts';
import { PROVINCES } from '../../src/lib/domain/provinces.ts';
import type { OrderOffer, OrderProducer, OrderProduct } from '../../src/lib/order/types.ts';

const offer: OrderOffer = {
  sku: 'bo',
  pack: 'Bộ',
  price: 1_200_000,
  // Out of order on purpose: the largest threshold reached wins.
  wholesale: [
    { minQuantity: 50, unitPrice: 1_020_000 },
    { minQuantity: 10, unitPrice: 1_104_000 },
  ],
};

describe('quotePack: the tier a quantity reaches', () => {
  const product = { minOrderQuantity: 5 };
  it.each([
    [1, 1_200_000, undefined],
    [9, 1_200_000, undefined],
    [10, 1_104_000, 10],
    [49, 1_104_000, 10],
    [50, 1_020_000, 50],
    [5000, 1_020_000, 50],
  ])('%i packs → %i đ (tier from %s)', (quantity, unitPrice, tier) => {
    const q = quotePack(product, offer, quantity);
    expect(q.quantity).toBe(quantity);
    expect(q.unitPrice).toBe(unitPrice);
    expect(q.tier?.minQuantity).toBe(tier);
  });

  it('flags a quantity below the minimum, but not an empty one', () => {
    expect(quotePack(product, offer, 3).belowMinQuantity).toBe(true);
    expect(quotePack(product, offer, 5).belowMinQuantity).toBe(false);
    expect(quotePack(product, offer, 0).belowMinQuantity).toBe(false);
  });

  it('treats a quantity that is not a whole number in range as none', () => {
    for (const bad of [-3, 2.5, Number.NaN, 1e9])
      expect(quotePack(product, offer, bad).quantity).toBe(0);
  });
});

const producer = (code: string): OrderProducer => ({
  code,
  slug: code,
  name: `Cơ sở ${code}`,
  accepts: true,
  cashOnDelivery: false,
  sample: true,
});
const product = (
  code: string,
  producerCode: string,
  extra: Partial<OrderProduct> = {},
): OrderProduct => ({
  code,
  name: `SP ${code}`,
  producer: producerCode,
  offers: [offer],
  stars: 4,
  validUntil: '2028-01-01',
  ...extra,
});
const products = [
  product('aaaaa1', 'ccccc1'),
  product('bbbbb1', 'ccccc2', { validUntil: '2025-01-01', seasonMonths: [5, 6] }),
  product('aaaaa2', 'ccccc1'),
];
const lookup: InquiryLookup = {
  product: (c) => products.find((p) => p.code === c),
  producer: (c) => (c.startsWith('ccccc') ? producer(c) : undefined),
};

describe('groupInquiry', () => {
  const { groups, missing } = groupInquiry(
    ['aaaaa1', 'bbbbb1', 'zzzzz9', 'aaaaa2'],
    lookup,
    { [packKey('aaaaa2', 'bo')]: 12 },
    '2026-12-06',
  );

  it('groups products by producer in the order producers first appear, and names what is missing', () => {
    expect(groups.map((g) => g.producer.code)).toEqual(['ccccc1', 'ccccc2']);
    expect(groups[0]!.products.map((p) => p.product.code)).toEqual(['aaaaa1', 'aaaaa2']);
    expect(missing).toEqual(['zzzzz9']);
  });

  it('gives each product its status on the day and whether it is in season', () => {
    expect(groups[0]!.products[0]!.status.state).toBe('valid');
    expect(groups[1]!.products[0]!.status.state).toBe('expired');
    expect(groups[1]!.products[0]!.outOfSeason).toBe(true);
    expect(groups[0]!.products[0]!.outOfSeason).toBe(false);
  });

  it('asks only about packs with a quantity, priced at the tier they reach', () => {
    const asked = askedPacks(groups[0]!);
    expect(asked).toHaveLength(1);
    expect(asked[0]!.item.product.code).toBe('aaaaa2');
    expect(asked[0]!.pack.unitPrice).toBe(1_104_000);
    expect(askedPacks(groups[1]!)).toEqual([]);
  });
});

describe('buyerProblems', () => {
  const names = PROVINCES.map((p) => p.name);
  const good = {
    ...EMPTY_BUYER,
    business: 'Siêu thị A',
    contact: 'Chị Lan',
    phone: '0912 345 678',
    province: 'Hà Nội',
  };
  it('accepts a complete buyer; e-mail and date are optional', () => {
    expect(buyerProblems(good, '2026-12-06', names)).toEqual([]);
    expect(
      buyerProblems({ ...good, email: 'a@b.vn', wantedBy: '2026-12-20' }, '2026-12-06', names),
    ).toEqual([]);
  });
  it('names every missing or wrong field', () => {
    expect(buyerProblems(EMPTY_BUYER, '2026-12-06', names)).toEqual([
      'business',
      'contact',
      'phone',
      'province',
    ]);
    expect(
      buyerProblems(
        { ...good, phone: '12345', email: 'not-mail', province: 'Hà Tây', wantedBy: '2026-12-01' },
        '2026-12-06',
        names,
      ),
    ).toEqual(['phone', 'email', 'province', 'wantedBy']);
  });
});

describe('newInquiryReference', () => {
  it('is "HG" and six Crockford characters', () => {
    for (let i = 0; i < 200; i++) expect(newInquiryReference()).toMatch(INQUIRY_REFERENCE);
    expect(newInquiryReference(() => 0)).toBe('HG000000');
    expect(newInquiryReference(() => 0.999)).toBe('HGZZZZZZ');
  });
});
