import { describe, expect, it } from 'vitest';
import { groupInquiry, packKey, type InquiryBuyer } from '../../src/lib/order/inquiry.ts';
import {
  inquiryMessage,
  inquirySubject,
  producerInquiry,
} from '../../src/lib/order/inquiry-message.ts';
import { READS_ENGLISH } from '../../src/lib/order/order-message.ts';
import { paymentPhrase, tiersPhrase } from '../../src/lib/order/inquiry-words.ts';
import type { OrderProducer, OrderProduct } from '../../src/lib/order/types.ts';

const producer: OrderProducer = {
  code: 'raeqe9',
  slug: 'htx-mau',
  name: 'HTX Mẫu',
  zalo: '0730000001',
  accepts: true,
  cashOnDelivery: true,
  bank: { bin: '970436', bankName: 'Vietcombank', accountNumber: '123456', accountName: 'HTX MAU' },
  sample: true,
};
const products: OrderProduct[] = [
  {
    code: 'f4mpg6',
    name: 'Bánh cáy làng Nguyễn',
    nameEn: 'Nguyen village sticky rice bar',
    producer: 'raeqe9',
    offers: [
      {
        sku: '300g',
        pack: 'Hộp 300 g',
        packEn: 'Box, 300 g',
        price: 45_000,
        wholesale: [
          { minQuantity: 20, unitPrice: 40_000 },
          { minQuantity: 100, unitPrice: 36_000 },
        ],
      },
      { sku: '1kg', pack: 'Hộp 1 kg', price: 140_000, wholesale: [] },
    ],
    minOrderQuantity: 10,
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
    seasonMonths: [3, 4, 5],
    stars: 3,
    validUntil: '2026-02-01',
  },
];
const lookup = {
  product: (c: string) => products.find((p) => p.code === c),
  producer: () => producer,
};
const quantities = {
  [packKey('f4mpg6', '300g')]: 120,
  [packKey('f4mpg6', '1kg')]: 5,
  [packKey('x7k2m4', '100g')]: 10,
};
const group = groupInquiry(['f4mpg6', 'x7k2m4'], lookup, quantities, '2026-12-06').groups[0]!;
const buyer: InquiryBuyer = {
  business: ' Siêu thị Xanh ',
  contact: 'Trần Thị Lan',
  phone: '+84912345678',
  email: 'mua-hang@sieuthixanh.example',
  province: 'Hà Nội',
  wantedBy: '2027-01-15',
  note: 'Giao giờ hành chính',
};

describe('the inquiry message', () => {
  it('in Vietnamese: each pack with code, quantity, the tier it reaches and status; delivery; buyer; the statement', () => {
    expect(inquirySubject('HG7K2QAB', group, 'vi')).toBe('Yêu cầu báo giá sỉ HG7K2QAB gửi HTX Mẫu');
    expect(inquiryMessage('HG7K2QAB', group, buyer, 'vi')).toBe(
      [
        'Yêu cầu báo giá sỉ HG7K2QAB gửi HTX Mẫu',
        '',
        'Kính gửi HTX Mẫu,',
        'Siêu thị Xanh xin anh/chị báo giá sỉ cho các sản phẩm sau:',
        '1. Bánh cáy làng Nguyễn (F4MPG6) – Hộp 300 g – số lượng 120 – mức sỉ từ 100: 36.000\u00a0₫/đv',
        '   OCOP 4 sao · Còn hiệu lực đến 19/7/2027',
        '2. Bánh cáy làng Nguyễn (F4MPG6) – Hộp 1 kg – số lượng 5 – giá tham khảo 140.000\u00a0₫/đv (chưa đạt mức sỉ) (dưới số lượng tối thiểu 10)',
        '   OCOP 4 sao · Còn hiệu lực đến 19/7/2027',
        '3. Chè Shan tuyết (X7K2M4) – Gói 100 g – số lượng 10 – mức sỉ từ 10: 100.000\u00a0₫/đv (ngoài mùa vụ)',
        '   Chứng nhận: Đã hết hạn ngày 1/2/2026',
        '',
        'Giao đến: Hà Nội',
        'Cần hàng trước ngày: 15/1/2027',
        '',
        'Doanh nghiệp: Siêu thị Xanh',
        'Người liên hệ: Trần Thị Lan',
        'Điện thoại: 0912 345 678',
        'E-mail: mua-hang@sieuthixanh.example',
        'Ghi chú: Giao giờ hành chính',
        '',
        'Giá nêu trên là giá tham khảo công bố trên trang OCOP. Đây là yêu cầu báo giá, chưa phải đơn đặt hàng.',
        'Xin cảm ơn, mong nhận báo giá của anh/chị.',
      ].join('\n'),
    );
  });

  it('in English, without the optional fields', () => {
    const bare = { ...buyer, email: '', wantedBy: '', note: '  ' };
    expect(inquiryMessage('HG7K2QAB', group, bare, 'en')).toBe(
      [
        'Wholesale quote request HG7K2QAB for HTX Mẫu',
        '',
        'Dear HTX Mẫu,',
        'Siêu thị Xanh would like a wholesale quote for the following products:',
        '1. Nguyen village sticky rice bar (F4MPG6) – Box, 300 g – quantity 120 – wholesale tier from 100: ₫36,000/unit',
        '   OCOP 4 stars · Valid until 19 Jul 2027',
        '2. Nguyen village sticky rice bar (F4MPG6) – Hộp 1 kg – quantity 5 – reference price ₫140,000/unit (no wholesale tier reached) (below the minimum of 10)',
        '   OCOP 4 stars · Valid until 19 Jul 2027',
        '3. Chè Shan tuyết (X7K2M4) – Gói 100 g – quantity 10 – wholesale tier from 10: ₫100,000/unit (out of season)',
        '   Certificate: Expired on 1 Feb 2026',
        '',
        'Deliver to: Hà Nội',
        '',
        'Business: Siêu thị Xanh',
        'Contact: Trần Thị Lan',
        'Phone: 0912 345 678',
        '',
        'The prices above are reference prices published on the OCOP site. This is a request for a quote, not an order.',
        'Thank you; we look forward to your quote.',
      ].join('\n'),
    );
  });

  it('to the producer: Vietnamese from either page, headed "the buyer reads English" from /en/', () => {
    const vietnamese = inquiryMessage('HG7K2QAB', group, buyer, 'vi');
    expect(producerInquiry('HG7K2QAB', group, buyer, 'vi')).toBe(vietnamese);
    expect(producerInquiry('HG7K2QAB', group, buyer, 'en')).toBe(
      `${READS_ENGLISH}\n\n${vietnamese}`,
    );
  });

  it('never calls a product out of force plain "OCOP"', () => {
    for (const locale of ['vi', 'en'] as const) {
      const expiredLine = inquiryMessage('HG7K2QAB', group, buyer, locale)
        .split('\n')
        .findIndex((l) => l.includes('X7K2M4'));
      const next = inquiryMessage('HG7K2QAB', group, buyer, locale).split('\n')[expiredLine + 1]!;
      expect(next).not.toMatch(/OCOP/);
    }
  });
});

describe('inquiry words', () => {
  it('lists tiers lowest first', () => {
    expect(tiersPhrase(products[0]!.offers[0]!, 'vi')).toBe(
      'từ 20: 40.000\u00a0₫ · từ 100: 36.000\u00a0₫',
    );
    expect(tiersPhrase(products[0]!.offers[1]!, 'en')).toBe('no wholesale prices published');
  });
  it('names the payment methods the producer published', () => {
    expect(paymentPhrase(producer, 'vi')).toBe(
      'Trả tiền khi nhận hàng (COD); Chuyển khoản (Vietcombank)',
    );
    expect(
      paymentPhrase({ ...producer, cashOnDelivery: false, bank: undefined as never }, 'en'),
    ).toBe('To be agreed with the producer');
  });
});
