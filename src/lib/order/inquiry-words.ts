/**
 * The phrases a wholesale inquiry is written with, in both languages, shared by the message
 * sent to the producer, the page and the printed sheet: a product's standing (stars only while
 * its certificate is in force, else the status alone, never a plain "OCOP"), a pack's tiers,
 * the price a quantity reaches, the producer's terms (minimum order, delivery, lead time,
 * payment) and the season.
 */
import type { CertificateStatus } from '../domain/certificate-status.ts';
import { formatMonth, formatVnd } from '../i18n/format.ts';
import type { Locale } from '../i18n/locales.ts';
import { standingLine, statusPhrase } from '../i18n/standing-words.ts';
import type { InquiryPack } from './inquiry.ts';
import type { OrderOffer, OrderProducer, OrderProduct } from './types.ts';
import { count } from '../i18n/plural.ts';

const words = {
  vi: {
    certificate: 'Chứng nhận',
    from: (n: number) => `từ ${n}`,
    noTiers: 'chưa công bố giá sỉ',
    reaches: (price: string, n: number) => `mức sỉ từ ${n}: ${price}/đv`,
    noTier: (price: string) => `giá tham khảo ${price}/đv (chưa đạt mức sỉ)`,
    minQuantity: (n: number) => `tối thiểu ${n}`,
    belowMin: (n: number) => `dưới số lượng tối thiểu ${n}`,
    nationwide: 'Toàn quốc',
    days: (min: number, max: number) =>
      min === max ? `${min} ngày làm việc` : `${min}–${max} ngày làm việc`,
    cod: 'Trả tiền khi nhận hàng (COD)',
    transfer: (bank: string) => `Chuyển khoản (${bank})`,
    agree: 'Thoả thuận với cơ sở',
    months: (m: number[]) => `tháng ${m.join(', ')}`,
    outOfSeason: 'ngoài mùa vụ',
    none: 'không đặt',
  },
  en: {
    certificate: 'Certificate',
    from: (n: number) => `from ${n}`,
    noTiers: 'no wholesale prices published',
    reaches: (price: string, n: number) => `wholesale tier from ${n}: ${price}/unit`,
    noTier: (price: string) => `reference price ${price}/unit (no wholesale tier reached)`,
    minQuantity: (n: number) => `minimum ${n}`,
    belowMin: (n: number) => `below the minimum of ${n}`,
    nationwide: 'Nationwide',
    days: (min: number, max: number) =>
      min === max
        ? count(min, 'en', { one: '{n} working day', other: '{n} working days' })
        : `${min}–${max} working days`,
    cod: 'Cash on delivery (COD)',
    transfer: (bank: string) => `Bank transfer (${bank})`,
    agree: 'To be agreed with the producer',
    months: (m: number[]) => m.map((n) => formatMonth(n, 'en')).join(', '),
    outOfSeason: 'out of season',
    none: 'none',
  },
} satisfies Record<Locale, unknown>;

export const inquiryWords = (locale: Locale) => words[locale];

/** "OCOP 4 sao · Còn hiệu lực đến …" while in force; "Chứng nhận: Đã hết hạn ngày …" otherwise. */
export function standingWords(
  product: Pick<OrderProduct, 'stars'>,
  status: CertificateStatus,
  locale: Locale,
): string {
  return status.state === 'valid' || status.state === 'expiring'
    ? standingLine(product.stars, status, locale)
    : `${words[locale].certificate}: ${statusPhrase(status, locale)}`;
}

export const productName = (p: Pick<OrderProduct, 'name' | 'nameEn'>, locale: Locale): string =>
  locale === 'en' && p.nameEn ? p.nameEn : p.name;

export const packName = (o: Pick<OrderOffer, 'pack' | 'packEn'>, locale: Locale): string =>
  locale === 'en' && o.packEn ? o.packEn : o.pack;

/** "từ 10: 1.104.000 ₫ · từ 50: 1.020.000 ₫", lowest threshold first. */
export function tiersPhrase(offer: OrderOffer, locale: Locale): string {
  const w = words[locale];
  if (!offer.wholesale.length) return w.noTiers;
  return offer.wholesale
    .toSorted((a, b) => a.minQuantity - b.minQuantity)
    .map((t) => `${w.from(t.minQuantity)}: ${formatVnd(t.unitPrice, locale)}`)
    .join(' · ');
}

/** What the asked quantity reaches: a tier's price, or the reference price. */
export function reachedPhrase(pack: InquiryPack, locale: Locale): string {
  const w = words[locale];
  const price = formatVnd(pack.unitPrice, locale);
  return pack.tier ? w.reaches(price, pack.tier.minQuantity) : w.noTier(price);
}

export function shipsToPhrase(p: OrderProducer, locale: Locale): string | undefined {
  if (!p.shipsTo) return undefined;
  return p.shipsTo === 'nationwide' ? words[locale].nationwide : (p.shipsToNames ?? []).join(', ');
}

export function leadTimePhrase(p: OrderProducer, locale: Locale): string | undefined {
  return p.leadTimeDays && words[locale].days(p.leadTimeDays.min, p.leadTimeDays.max);
}

export function paymentPhrase(p: OrderProducer, locale: Locale): string {
  const w = words[locale];
  const ways = [
    ...(p.cashOnDelivery ? [w.cod] : []),
    ...(p.bank ? [w.transfer(p.bank.bankName)] : []),
  ];
  return ways.length ? ways.join('; ') : w.agree;
}

export function seasonPhrase(product: Pick<OrderProduct, 'seasonMonths'>, locale: Locale) {
  return product.seasonMonths && words[locale].months(product.seasonMonths);
}
