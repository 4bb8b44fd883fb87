import { describe, expect, it } from 'vitest';
import { groupCart, type OrderLookup } from '../../src/lib/order/order-groups.ts';
import type { OrderProducer, OrderProduct } from '../../src/lib/order/types.ts';

const producer = (code: string, extra: Partial<OrderProducer> = {}): OrderProducer => ({
  code,
  slug: `p-${code}`,
  name: `Producer ${code}`,
  accepts: true,
  cashOnDelivery: true,
  sample: true,
  ...extra,
});
const product = (
  code: string,
  producerCode: string,
  extra: Partial<OrderProduct> = {},
): OrderProduct => ({
  code,
  name: `Product ${code}`,
  producer: producerCode,
  offers: [
    { sku: 'hop', pack: 'Hộp', price: 45_000, wholesale: [{ minQuantity: 10, unitPrice: 40_000 }] },
    { sku: 'thung', pack: 'Thùng', price: 400_000, wholesale: [] },
  ],
  stars: 4,
  validUntil: '2027-06-30',
  ...extra,
});

const producers = [
  producer('aaaaaa', { minOrderValue: 200_000 }),
  producer('bbbbbb'),
  producer('cccccc', { minOrderValue: 100_000 }),
];
const products = [
  product('p00001', 'aaaaaa'),
  product('p00002', 'aaaaaa', { validUntil: '2026-01-01' }),
  product('p00003', 'bbbbbb', { revoked: true, minOrderQuantity: 5 }),
  product('p00004', 'cccccc', { seasonMonths: [5, 6, 7] }),
  product('p00005', 'cccccc'),
];
const lookup: OrderLookup = {
  product: (c) => products.find((p) => p.code === c),
  producer: (c) => producers.find((p) => p.code === c),
};

describe('a cart grouped by producer', () => {
  const cart = groupCart(
    [
      { code: 'p00001', sku: 'hop', quantity: 2 },
      { code: 'p00003', sku: 'hop', quantity: 1 },
      { code: 'p00004', sku: 'thung', quantity: 1 },
      { code: 'p00002', sku: 'hop', quantity: 10 },
      { code: 'p00005', sku: 'hop', quantity: 3 },
      { code: 'gone00', sku: 'hop', quantity: 1 },
      { code: 'p00001', sku: 'no-such-pack', quantity: 1 },
    ],
    lookup,
    '2026-12-06',
  );

  it('5 items from 3 producers make 3 groups, in the order producers first appear', () => {
    expect(cart.groups.map((g) => g.producer.code)).toEqual(['aaaaaa', 'bbbbbb', 'cccccc']);
    expect(cart.groups.map((g) => g.lines.length)).toEqual([2, 1, 2]);
  });

  it('prices each line with its wholesale tier, and sums exactly', () => {
    const [a, b, c] = cart.groups;
    expect(a!.lines.map((l) => [l.unitPrice, l.total])).toEqual([
      [45_000, 90_000],
      [40_000, 400_000],
    ]);
    expect(a!.lines[1]!.tier).toEqual({ minQuantity: 10, unitPrice: 40_000 });
    expect(a!.subtotal).toBe(490_000);
    expect(b!.subtotal).toBe(45_000);
    expect(c!.subtotal).toBe(400_000 + 135_000);
    expect(cart.total).toBe(490_000 + 45_000 + 535_000);
  });

  it('says whether each minimum order is met, and nothing where none is set', () => {
    expect(cart.groups.map((g) => g.minimumMet)).toEqual([true, undefined, true]);
    const small = groupCart([{ code: 'p00001', sku: 'hop', quantity: 1 }], lookup, '2026-12-06');
    expect(small.groups[0]!.minimumMet).toBe(false);
  });

  it('carries each item’s certificate status on the day', () => {
    expect(cart.groups.flatMap((g) => g.lines.map((l) => l.status.state))).toEqual([
      'valid',
      'expired',
      'revoked',
      'valid',
      'valid',
    ]);
  });

  it('flags a quantity under the minimum and a product out of season', () => {
    expect(cart.groups[1]!.lines[0]!.belowMinQuantity).toBe(true);
    expect(cart.groups[2]!.lines[0]!.outOfSeason).toBe(true);
    expect(cart.groups[2]!.lines[1]!.outOfSeason).toBe(false);
  });

  it('sets aside what the catalogue no longer has', () => {
    expect(cart.missing).toEqual([
      { code: 'gone00', sku: 'hop', quantity: 1 },
      { code: 'p00001', sku: 'no-such-pack', quantity: 1 },
    ]);
  });
});

describe('a cart asking for more than one order can carry', () => {
  const dear = product('p00009', 'bbbbbb', {
    offers: [{ sku: 'hop', pack: 'Hộp', price: 2_500_000, wholesale: [] }],
  });
  const withDear: OrderLookup = {
    product: (c) => (c === dear.code ? dear : lookup.product(c)),
    producer: lookup.producer,
  };

  it('lowers a line above 10 billion đồng to the largest quantity that fits, and says which', () => {
    const cart = groupCart(
      [{ code: 'p00009', sku: 'hop', quantity: 9_999 }],
      withDear,
      '2026-12-06',
    );
    expect(cart.lowered).toEqual([
      { item: { code: 'p00009', sku: 'hop', quantity: 9_999 }, name: 'Product p00009', to: 4_000 },
    ]);
    expect(cart.groups[0]!.lines[0]!.item.quantity).toBe(4_000);
    expect(cart.groups[0]!.lines[0]!.total).toBe(10_000_000_000);
    expect(cart.overCeiling).toBe(false);
  });

  it('keeps lines that each fit but together pass the ceiling, and flags the cart', () => {
    const cart = groupCart(
      [
        { code: 'p00009', sku: 'hop', quantity: 3_000 },
        { code: 'p00009', sku: 'hop', quantity: 3_000 },
      ],
      withDear,
      '2026-12-06',
    );
    expect(cart.lowered).toEqual([]);
    expect(cart.total).toBe(15_000_000_000);
    expect(cart.overCeiling).toBe(true);
  });

  it('lowers nothing in an ordinary cart', () => {
    const cart = groupCart([{ code: 'p00001', sku: 'hop', quantity: 9_999 }], lookup, '2026-12-06');
    expect(cart.lowered).toEqual([]);
    expect(cart.overCeiling).toBe(false);
  });
});
