import { describe, expect, it } from 'vitest';
import { groupCart, type OrderLookup } from '../../src/lib/order/order-groups.ts';
import {
  READS_ENGLISH,
  orderMessage,
  orderSubject,
  producerMessage,
} from '../../src/lib/order/order-message.ts';
import { sendLinks } from '../../src/lib/order/send-links.ts';
import { mailtoLink, smsLink, telLink, zaloLink } from '../../src/lib/order/channels.ts';
import type { OrderProducer, OrderProduct } from '../../src/lib/order/types.ts';

const producer: OrderProducer = {
  code: 'raeqe9',
  slug: 'htx-mau',
  name: 'HTX Mẫu',
  phone: '0730000001',
  zalo: '0730000001',
  email: 'dat-hang@htx-mau.example',
  accepts: true,
  cashOnDelivery: true,
  sample: true,
};
const products: OrderProduct[] = [
  {
    code: 'f4mpg6',
    name: 'Bánh cáy làng Nguyễn',
    nameEn: 'Nguyen village sticky rice bar',
    producer: 'raeqe9',
    offers: [
      { sku: '300g', pack: 'Hộp 300 g', packEn: 'Box, 300 g', price: 45_000, wholesale: [] },
    ],
    stars: 4,
    validUntil: '2027-07-19',
  },
  {
    code: 'x7k2m4',
    name: 'Chè Shan tuyết',
    producer: 'raeqe9',
    offers: [
      {
        sku: '100g',
        pack: 'Gói 100 g',
        price: 120_000,
        wholesale: [{ minQuantity: 10, unitPrice: 100_000 }],
      },
    ],
    stars: 3,
    validUntil: '2026-02-01',
  },
];
const lookup: OrderLookup = {
  product: (c) => products.find((p) => p.code === c),
  producer: () => producer,
};
const { groups } = groupCart(
  [
    { code: 'f4mpg6', sku: '300g', quantity: 2 },
    { code: 'x7k2m4', sku: '100g', quantity: 10 },
  ],
  lookup,
  '2026-12-06',
);
const group = groups[0]!;
const buyer = {
  name: ' Nguyễn Văn A ',
  phone: '0912 345 678',
  address: '12 Lý Thái Tổ, Hà Nội',
  note: '',
};
const link = 'https://ocop.example.vn/gio-hang/?don=1~DH7K2QAB~raeqe9~f4mpg6.300g.2.45000';

describe('the order message', () => {
  it('in Vietnamese: every item with code, pack, quantity, unit price and status; subtotal; buyer; link', () => {
    expect(orderMessage('DH7K2QAB', group, buyer, link, 'vi')).toBe(
      [
        'Đơn đặt hàng DH7K2QAB gửi HTX Mẫu',
        '',
        'Kính gửi HTX Mẫu,',
        'Tôi muốn đặt các sản phẩm sau (giá tham khảo trên trang OCOP, xin xác nhận lại):',
        '1. Bánh cáy làng Nguyễn (F4MPG6) – Hộp 300 g – 2 × 45.000\u00a0₫ = 90.000\u00a0₫',
        '   OCOP 4 sao · Còn hiệu lực đến 19/7/2027',
        '2. Chè Shan tuyết (X7K2M4) – Gói 100 g – 10 × 100.000\u00a0₫ (giá sỉ) = 1.000.000\u00a0₫',
        '   Chứng nhận: Đã hết hạn ngày 1/2/2026',
        'Tạm tính: 1.090.000\u00a0₫',
        '',
        'Người đặt: Nguyễn Văn A',
        'Điện thoại: 0912 345 678',
        'Giao đến: 12 Lý Thái Tổ, Hà Nội',
        '',
        `Xem đơn này trên trang: ${link}`,
        'Xin cảm ơn. Tôi sẽ chuyển khoản sau khi anh/chị xác nhận đơn.',
      ].join('\n'),
    );
  });

  it('in English: English names and packs where given, the note when typed', () => {
    const text = orderMessage(
      'DH7K2QAB',
      group,
      { ...buyer, note: 'Call before 5 pm' },
      link,
      'en',
    );
    expect(text).toContain(
      '1. Nguyen village sticky rice bar (F4MPG6) – Box, 300 g – 2 × ₫45,000 = ₫90,000',
    );
    expect(text).toContain('   OCOP 4 stars · Valid until 19 Jul 2027');
    expect(text).toContain(
      '2. Chè Shan tuyết (X7K2M4) – Gói 100 g – 10 × ₫100,000 (wholesale price) = ₫1,000,000',
    );
    expect(text).toContain('   Certificate: Expired on 1 Feb 2026');
    expect(text).toContain('Subtotal: ₫1,090,000');
    expect(text).toContain('Note: Call before 5 pm');
    expect(orderSubject('DH7K2QAB', group, 'en')).toBe('Order DH7K2QAB for HTX Mẫu');
  });

  it('to the producer: Vietnamese from either page, from an English one headed "the buyer reads English"', () => {
    const vietnamese = orderMessage('DH7K2QAB', group, buyer, link, 'vi');
    expect(producerMessage('DH7K2QAB', group, buyer, link, 'vi')).toBe(vietnamese);
    const fromEnglish = producerMessage('DH7K2QAB', group, buyer, link, 'en');
    expect(fromEnglish).toBe(`${READS_ENGLISH}\n\n${vietnamese}`);
    expect(fromEnglish.split('\n')[0]).toContain('The buyer reads English');
    expect(fromEnglish).toMatch(/2 × 45\.000\s₫ = 90\.000\s₫/);
    expect(fromEnglish).not.toContain('₫45,000');
  });

  it('sent from an English page: the subject and message in Vietnamese, the English copy apart', () => {
    const en = sendLinks(group, 'DH7K2QAB', buyer, link, 'en');
    expect(en.subject).toBe(orderSubject('DH7K2QAB', group, 'vi'));
    expect(en.message).toBe(producerMessage('DH7K2QAB', group, buyer, link, 'en'));
    expect(en.sms).toContain(encodeURIComponent(en.message));
    expect(en.messageInEnglish).toBe(orderMessage('DH7K2QAB', group, buyer, link, 'en'));
    expect(en.messageInEnglish).toContain('Subtotal: ₫1,090,000');
    expect(sendLinks(group, 'DH7K2QAB', buyer, link, 'vi').messageInEnglish).toBeUndefined();
  });

  it('never calls a lapsed product plain OCOP', () => {
    const text = orderMessage('DH7K2QAB', group, buyer, link, 'vi');
    const lapsed = text.split('\n').find((l) => l.includes('Đã hết hạn'))!;
    expect(lapsed).not.toContain('OCOP');
  });
});

describe('channel links', () => {
  it('Zalo opens the chat by mobile number (no prefill exists)', () => {
    expect(zaloLink('0730 000 001')).toBe('https://zalo.me/0730000001');
    expect(zaloLink('024 3851 2345')).toBeUndefined();
  });
  it('a call and an SMS use the international number; the SMS carries the body', () => {
    expect(telLink('0730 000 001')).toBe('tel:+84730000001');
    expect(smsLink('0730 000 001', 'Đơn 1 & 2?')).toBe(
      `sms:+84730000001?body=${encodeURIComponent('Đơn 1 & 2?')}`,
    );
  });
  it('e-mail carries subject and body, encoded', () => {
    expect(mailtoLink('dat-hang@htx-mau.example', 'Đơn DH7K2QAB', 'a&b\nc')).toBe(
      'mailto:dat-hang@htx-mau.example?subject=%C4%90%C6%A1n%20DH7K2QAB&body=a%26b%0Ac',
    );
  });
});
