/**
 * The order as a message the buyer sends to the producer (Zalo, SMS, e-mail): reference, each
 * item (name, code, pack, quantity, unit price, certificate status), subtotal at reference
 * prices, the buyer's details and a link that opens this very order. A product whose
 * certificate is not in force is named with its status, never as plain "OCOP".
 *
 * The producer reads Vietnamese, so what is sent is Vietnamese whatever the page's language
 * (`producerMessage`); from an English page it opens with one line, in both languages, saying
 * the buyer reads English, and the page shows the buyer the same order in English
 * (`orderMessage(…, 'en')`) beside it. See docs/ordering.md, "Which language the order is in".
 */
import { displayCode } from '../domain/codes.ts';
import { formatVnd } from '../i18n/format.ts';
import type { Locale } from '../i18n/locales.ts';
import { standingLine, statusPhrase } from '../i18n/standing-words.ts';
import type { ProducerGroup } from './order-groups.ts';

export interface Buyer {
  name: string;
  phone: string;
  address: string;
  note: string;
}

const words = {
  vi: {
    subject: (ref: string, producer: string) => `Đơn đặt hàng ${ref} gửi ${producer}`,
    greeting: (producer: string) => `Kính gửi ${producer},`,
    intro: 'Tôi muốn đặt các sản phẩm sau (giá tham khảo trên trang OCOP, xin xác nhận lại):',
    certificate: 'Chứng nhận',
    subtotal: 'Tạm tính',
    wholesale: 'giá sỉ',
    buyer: 'Người đặt',
    phone: 'Điện thoại',
    address: 'Giao đến',
    note: 'Ghi chú',
    link: 'Xem đơn này trên trang',
    closing: 'Xin cảm ơn. Tôi sẽ chuyển khoản sau khi anh/chị xác nhận đơn.',
  },
  en: {
    subject: (ref: string, producer: string) => `Order ${ref} for ${producer}`,
    greeting: (producer: string) => `Dear ${producer},`,
    intro:
      'I would like to order the following (reference prices from the OCOP site; please confirm):',
    certificate: 'Certificate',
    subtotal: 'Subtotal',
    wholesale: 'wholesale price',
    buyer: 'Buyer',
    phone: 'Phone',
    address: 'Deliver to',
    note: 'Note',
    link: 'This order on the site',
    closing: 'Thank you. I will pay once you have confirmed the order.',
  },
} satisfies Record<Locale, unknown>;

export function orderSubject(reference: string, group: ProducerGroup, locale: Locale): string {
  return words[locale].subject(reference, group.producer.name);
}

/** The first line of an order sent from an English page: for the producer, and for the buyer. */
export const READS_ENGLISH =
  'Người đặt hàng đọc tiếng Anh (đặt từ trang tiếng Anh). · The buyer reads English.';

export function orderMessage(
  reference: string,
  group: ProducerGroup,
  buyer: Buyer,
  link: string,
  locale: Locale,
): string {
  const w = words[locale];
  const lines = group.lines.map((l, i) => {
    const name = locale === 'en' && l.product.nameEn ? l.product.nameEn : l.product.name;
    const pack = locale === 'en' && l.offer.packEn ? l.offer.packEn : l.offer.pack;
    const price = `${l.item.quantity} × ${formatVnd(l.unitPrice, locale)}${l.tier ? ` (${w.wholesale})` : ''} = ${formatVnd(l.total, locale)}`;
    const standing =
      l.status.state === 'valid' || l.status.state === 'expiring'
        ? standingLine(l.product.stars, l.status, locale)
        : `${w.certificate}: ${statusPhrase(l.status, locale)}`;
    return `${i + 1}. ${name} (${displayCode(l.product.code)}) – ${pack} – ${price}\n   ${standing}`;
  });
  const details = [
    `${w.buyer}: ${buyer.name.trim()}`,
    `${w.phone}: ${buyer.phone.trim()}`,
    `${w.address}: ${buyer.address.trim()}`,
    ...(buyer.note.trim() ? [`${w.note}: ${buyer.note.trim()}`] : []),
  ];
  return [
    w.subject(reference, group.producer.name),
    '',
    w.greeting(group.producer.name),
    w.intro,
    ...lines,
    `${w.subtotal}: ${formatVnd(group.subtotal, locale)}`,
    '',
    ...details,
    '',
    `${w.link}: ${link}`,
    w.closing,
  ].join('\n');
}

/**
 * What the producer receives: the order in Vietnamese, with the order link to the Vietnamese
 * cart page (`link`), headed by `READS_ENGLISH` when the buyer ordered from an English page.
 */
export function producerMessage(
  reference: string,
  group: ProducerGroup,
  buyer: Buyer,
  link: string,
  pageLocale: Locale,
): string {
  const message = orderMessage(reference, group, buyer, link, 'vi');
  return pageLocale === 'en' ? `${READS_ENGLISH}\n\n${message}` : message;
}
