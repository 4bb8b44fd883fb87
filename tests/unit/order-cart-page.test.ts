/**
 * The pure parts of the cart page: what a buyer must fill in (`buyerProblems`), the links
 * that send one producer's order (`orderUrl`, `sendLinks`), an order opened from its link
 * against today's catalogue (`linkedOrder`), and the VietQR image with the sample warning
 * drawn inside it (`paymentQrSvg`, decoded back with jsQR and `parseVietQr`).
 */
import jsQR from 'jsqr';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { buyerProblems } from '../../src/lib/order/buyer-check.ts';
import { linkedOrder } from '../../src/lib/order/linked-order.ts';
import { groupCart, type OrderLookup } from '../../src/lib/order/order-groups.ts';
import { decodeOrder } from '../../src/lib/order/order-link.ts';
import { paymentQrSvg } from '../../src/lib/order/payment-qr.ts';
import { orderUrl, sendLinks } from '../../src/lib/order/send-links.ts';
import { parseVietQr, vietQrPayload } from '../../src/lib/order/vietqr.ts';
import type { OrderProducer, OrderProduct } from '../../src/lib/order/types.ts';

const producer: OrderProducer = {
  code: 'aaaaaa',
  slug: 'hop-tac-xa-a',
  name: 'HTX A',
  phone: '0731234567',
  zalo: '0731234567',
  email: 'don@htx-a.example',
  accepts: true,
  shipsTo: 'nationwide',
  cashOnDelivery: true,
  minOrderValue: 100_000,
  bank: { bin: '970415', bankName: 'VietinBank', accountNumber: 'MAU123456', accountName: 'MAU' },
  sample: true,
};
const { zalo: _zalo, email: _email, ...rest } = producer;
const landline: OrderProducer = { ...rest, code: 'bbbbbb', phone: '02253123456' };
const products: OrderProduct[] = [
  {
    code: 'p00001',
    name: 'Mật ong',
    producer: 'aaaaaa',
    offers: [
      {
        sku: 'lo',
        pack: 'Lọ 250 ml',
        price: 45_000,
        wholesale: [{ minQuantity: 10, unitPrice: 40_000 }],
      },
    ],
    stars: 4,
    validUntil: '2027-06-30',
  },
  {
    code: 'p00002',
    name: 'Chè',
    producer: 'bbbbbb',
    offers: [{ sku: 'hop', pack: 'Hộp', price: 120_000, wholesale: [] }],
    stars: 3,
    validUntil: '2026-01-01',
  },
];
const lookup: OrderLookup = {
  product: (c) => products.find((p) => p.code === c),
  producer: (c) => [producer, landline].find((p) => p.code === c),
};
const buyer = { name: 'Lan', phone: '0912 345 678', address: '1 Hàng Bạc', note: '' };
const today = '2026-12-06';

describe('buyerProblems', () => {
  it('names what is missing in the order of the form', () => {
    expect(buyerProblems({ name: ' ', phone: '', address: '', note: '' })).toEqual([
      'name',
      'phone',
      'address',
    ]);
    expect(buyerProblems({ ...buyer, phone: '12345' })).toEqual(['phone-invalid']);
    expect(buyerProblems(buyer)).toEqual([]);
    expect(buyerProblems({ ...buyer, phone: '+84 24 3851 2345', note: '' })).toEqual([]);
  });
});

describe('orderUrl and sendLinks', () => {
  const { groups } = groupCart([{ code: 'p00001', sku: 'lo', quantity: 12 }], lookup, today);
  const group = groups[0]!;

  it('an absolute link to the cart with this producer’s order, wholesale price included', () => {
    const url = orderUrl('https://ocop.example.vn/', '/en/gio-hang/', group, 'DH7K2QAB');
    expect(url).toBe(
      'https://ocop.example.vn/en/gio-hang/?don=1~DH7K2QAB~aaaaaa~p00001.lo.12.40000',
    );
    expect(decodeOrder(new URL(url).searchParams.get('don')!).order?.lines).toEqual([
      { code: 'p00001', sku: 'lo', quantity: 12, unitPrice: 40_000 },
    ]);
  });

  it('only the channels the producer published, each carrying the same message', () => {
    const links = sendLinks(group, 'DH7K2QAB', buyer, 'https://x.example/gio-hang/?don=1', 'vi');
    expect(links.message).toContain('DH7K2QAB');
    expect(links.message).toContain('https://x.example/gio-hang/?don=1');
    expect(links.zalo).toBe('https://zalo.me/0731234567');
    expect(links.sms).toBe(`sms:+84731234567?body=${encodeURIComponent(links.message)}`);
    expect(links.call).toBe('tel:+84731234567');
    expect(links.email).toBe(
      `mailto:don@htx-a.example?subject=${encodeURIComponent(links.subject)}&body=${encodeURIComponent(links.message)}`,
    );
    const other = groupCart([{ code: 'p00002', sku: 'hop', quantity: 1 }], lookup, today)
      .groups[0]!;
    const fewer = sendLinks(other, 'DH7K2QAB', buyer, 'https://x.example/', 'en');
    expect(fewer.zalo).toBeUndefined();
    expect(fewer.sms).toBeUndefined(); // a landline takes no SMS
    expect(fewer.email).toBeUndefined();
    expect(fewer.call).toBe('tel:+842253123456');
  });
});

describe('linkedOrder', () => {
  it('keeps the link’s prices, notes today’s, drops what the catalogue does not have', () => {
    const { order } = decodeOrder(
      '1~DH7K2QAB~aaaaaa~p00001.lo.2.50000_p00002.hop.1.120000_p00009.lo.1.1000_p00001.xx.1.1000',
    );
    const linked = linkedOrder(order!, lookup, today);
    expect(linked.group?.lines.map((l) => [l.unitPrice, l.priceNow, l.total])).toEqual([
      [50_000, 45_000, 100_000],
    ]);
    expect(linked.group?.subtotal).toBe(100_000);
    expect(linked.group?.minimumMet).toBe(true);
    expect(linked.dropped).toEqual([
      { reason: 'other-producer', part: 'p00002.hop.1.120000' },
      { reason: 'unknown-product', part: 'p00009.lo.1.1000' },
      { reason: 'unknown-product', part: 'p00001.xx.1.1000' },
    ]);
  });

  it('drops amounts beyond every bound and survives an unknown producer', () => {
    const { order } = decodeOrder('1~DH7K2QAB~aaaaaa~p00001.lo.100000.99999999');
    expect(linkedOrder(order!, lookup, today).dropped[0]?.reason).toBe('too-large');
    const unknown = linkedOrder({ ...order!, producer: 'zzzzzz' }, lookup, today);
    expect(unknown.group).toBeUndefined();
  });
});

describe('paymentQrSvg', () => {
  const payload = vietQrPayload({
    bin: '970415',
    accountNumber: 'MAU123456',
    amount: 116_000,
    note: 'DH7K2QAB',
  });

  it('draws the sample warning inside the image, escaped, and the code still decodes', async () => {
    const svg = paymentQrSvg(payload, {
      title: 'VietQR <DH7K2QAB>',
      warning: 'DỮ LIỆU MẪU – KHÔNG CHUYỂN TIỀN',
    });
    expect(svg.match(/DỮ LIỆU MẪU – KHÔNG CHUYỂN TIỀN/g)).toHaveLength(2);
    expect(svg).toContain('VietQR &lt;DH7K2QAB&gt;');
    const { data, info } = await sharp(Buffer.from(svg), { density: 400 })
      .flatten({ background: '#fff' })
      .ensureAlpha()
      .raw()
      .toBuffer({ resolveWithObject: true });
    const found = jsQR(new Uint8ClampedArray(data), info.width, info.height);
    expect(found?.data).toBe(payload);
    expect(parseVietQr(found!.data)).toMatchObject({
      valid: true,
      amount: 116_000,
      note: 'DH7K2QAB',
    });
  });

  it('no band without a warning', () => {
    expect(paymentQrSvg(payload, { title: 'x' })).not.toContain('<text');
  });
});
