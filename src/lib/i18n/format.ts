/**
 * Number and date formatters, created once per locale (a formatter per render cost 9% of
 * build time at catalogue scale).
 */
import { parseIsoDate } from '../domain/dates.ts';
import type { Locale } from './locales.ts';

const currency: Record<Locale, Intl.NumberFormat> = {
  vi: new Intl.NumberFormat('vi-VN', {
    style: 'currency',
    currency: 'VND',
    maximumFractionDigits: 0,
  }),
  en: new Intl.NumberFormat('en', { style: 'currency', currency: 'VND', maximumFractionDigits: 0 }),
};

const numericDate = new Intl.DateTimeFormat('vi-VN', {
  day: 'numeric',
  month: 'numeric',
  year: 'numeric',
  timeZone: 'UTC',
});

/**
 * English month abbreviations, written out rather than asked of `Intl` (whose English short
 * months differ between ICU versions and regions: "Sep", "Sept").
 */
const EN_MONTHS = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
] as const;

/** An amount in đồng: "45.000 ₫" in Vietnamese, "₫45,000" in English. */
export function formatVnd(amount: number, locale: Locale): string {
  return currency[locale].format(amount);
}

export function formatPrice(
  price: { min: number; max?: number | undefined; unit: string },
  locale: Locale,
): string {
  const f = currency[locale];
  const amount =
    price.max && price.max !== price.min
      ? `${f.format(price.min)} – ${f.format(price.max)}`
      : f.format(price.min);
  return `${amount} / ${price.unit}`;
}

/**
 * A calendar day, the one way the site writes one: "6/12/2026" in Vietnamese (day first, as
 * Vietnamese readers expect), "6 Dec 2026" in English (the month in letters: "6/12" reads as
 * June 12 to many English readers).
 */
export function formatDate(iso: string, locale: Locale): string {
  const { year, month, day } = parseIsoDate(iso);
  if (locale === 'en') return `${day} ${EN_MONTHS[month - 1]!} ${year}`;
  return numericDate.format(new Date(Date.UTC(year, month - 1, day)));
}

/**
 * A day and month without the year, for a date within the next three months (an expiring
 * certificate's last day): "10/12" in Vietnamese, "10 Dec" in English.
 */
export function formatDayMonth(iso: string, locale: Locale): string {
  const { month, day } = parseIsoDate(iso);
  return locale === 'en' ? `${day} ${EN_MONTHS[month - 1]!}` : `${day}/${month}`;
}

/** A month of the year (1–12) on its own: "Dec" in English, "tháng 12" in Vietnamese. */
export function formatMonth(month: number, locale: Locale): string {
  return locale === 'en' ? EN_MONTHS[month - 1]! : `tháng ${month}`;
}

const score: Record<Locale, Intl.NumberFormat> = {
  vi: new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 }),
  en: new Intl.NumberFormat('en', { maximumFractionDigits: 2 }),
};

export function formatScore(value: number, locale: Locale): string {
  return score[locale].format(value);
}
