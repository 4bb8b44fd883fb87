/**
 * A wholesale inquiry as the message the buyer sends one producer (Zalo, SMS, e-mail): reference ("HG…"), each pack asked about (name, code, pack, quantity, the
 * tier price that quantity would reach, certificate status), delivery province, wanted-by date,
 * the buyer's details, and the statement that prices are reference prices and this is a
 * request for a quote, not an order. Pure. As with orders, what the producer receives is
 * Vietnamese (`producerInquiry`), headed from an English page by the line saying the buyer reads
 * English; the page shows the buyer the English (`inquiryMessage(…, 'en')`) beside it.
 */
import { displayCode } from '../domain/codes.ts';
import { parseVietnamesePhone, formatPhone } from '../domain/phone.ts';
import { formatDate } from '../i18n/format.ts';
import type { Locale } from '../i18n/locales.ts';
import { READS_ENGLISH } from './order-message.ts';
import { askedPacks, type InquiryBuyer, type InquiryGroup } from './inquiry.ts';
import {
  inquiryWords,
  packName,
  productName,
  reachedPhrase,
  standingWords,
} from './inquiry-words.ts';

const words = {
  vi: {
    subject: (ref: string, producer: string) => `Yêu cầu báo giá sỉ ${ref} gửi ${producer}`,
    greeting: (producer: string) => `Kính gửi ${producer},`,
    intro: (business: string) => `${business} xin anh/chị báo giá sỉ cho các sản phẩm sau:`,
    quantity: 'số lượng',
    deliverTo: 'Giao đến',
    wantedBy: 'Cần hàng trước ngày',
    business: 'Doanh nghiệp',
    contact: 'Người liên hệ',
    phone: 'Điện thoại',
    email: 'E-mail',
    note: 'Ghi chú',
    statement:
      'Giá nêu trên là giá tham khảo công bố trên trang OCOP. Đây là yêu cầu báo giá, chưa phải đơn đặt hàng.',
    closing: 'Xin cảm ơn, mong nhận báo giá của anh/chị.',
  },
  en: {
    subject: (ref: string, producer: string) => `Wholesale quote request ${ref} for ${producer}`,
    greeting: (producer: string) => `Dear ${producer},`,
    intro: (business: string) =>
      `${business} would like a wholesale quote for the following products:`,
    quantity: 'quantity',
    deliverTo: 'Deliver to',
    wantedBy: 'Wanted by',
    business: 'Business',
    contact: 'Contact',
    phone: 'Phone',
    email: 'E-mail',
    note: 'Note',
    statement:
      'The prices above are reference prices published on the OCOP site. This is a request for a quote, not an order.',
    closing: 'Thank you; we look forward to your quote.',
  },
} satisfies Record<Locale, unknown>;

export function inquirySubject(reference: string, group: InquiryGroup, locale: Locale): string {
  return words[locale].subject(reference, group.producer.name);
}

export function inquiryMessage(
  reference: string,
  group: InquiryGroup,
  buyer: InquiryBuyer,
  locale: Locale,
): string {
  const w = words[locale];
  const iw = inquiryWords(locale);
  const lines = askedPacks(group).map(({ item, pack }, i) => {
    const { product } = item;
    const extra = [
      ...(pack.belowMinQuantity && product.minOrderQuantity
        ? [iw.belowMin(product.minOrderQuantity)]
        : []),
      ...(item.outOfSeason ? [iw.outOfSeason] : []),
    ];
    return (
      `${i + 1}. ${productName(product, locale)} (${displayCode(product.code)}) – ` +
      `${packName(pack.offer, locale)} – ${w.quantity} ${pack.quantity} – ` +
      `${reachedPhrase(pack, locale)}${extra.length ? ` (${extra.join('; ')})` : ''}\n` +
      `   ${standingWords(product, item.status, locale)}`
    );
  });
  const phone = parseVietnamesePhone(buyer.phone);
  return [
    w.subject(reference, group.producer.name),
    '',
    w.greeting(group.producer.name),
    w.intro(buyer.business.trim()),
    ...lines,
    '',
    `${w.deliverTo}: ${buyer.province}`,
    ...(buyer.wantedBy ? [`${w.wantedBy}: ${formatDate(buyer.wantedBy, locale)}`] : []),
    '',
    `${w.business}: ${buyer.business.trim()}`,
    `${w.contact}: ${buyer.contact.trim()}`,
    `${w.phone}: ${phone ? formatPhone(phone) : buyer.phone.trim()}`,
    ...(buyer.email.trim() ? [`${w.email}: ${buyer.email.trim()}`] : []),
    ...(buyer.note.trim() ? [`${w.note}: ${buyer.note.trim()}`] : []),
    '',
    w.statement,
    w.closing,
  ].join('\n');
}

/** What the producer receives: the inquiry in Vietnamese, headed by `READS_ENGLISH` from `/en/`. */
export function producerInquiry(
  reference: string,
  group: InquiryGroup,
  buyer: InquiryBuyer,
  pageLocale: Locale,
): string {
  const message = inquiryMessage(reference, group, buyer, 'vi');
  return pageLocale === 'en' ? `${READS_ENGLISH}\n\n${message}` : message;
}
