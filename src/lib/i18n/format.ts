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

const longDate: Record<Locale, Intl.DateTimeFormat> = {
  vi: new Intl.DateTimeFormat('vi-VN', {
    day: 'numeric',
    month: 'numeric',
    year: 'numeric',
    timeZone: 'UTC',
  }),
  en: new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }),
};

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

/** "12/5/2023" in Vietnamese, "12 May 2023" in English. */
export function formatDate(iso: string, locale: Locale): string {
  const { year, month, day } = parseIsoDate(iso);
  return longDate[locale].format(new Date(Date.UTC(year, month - 1, day)));
}

const score: Record<Locale, Intl.NumberFormat> = {
  vi: new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 }),
  en: new Intl.NumberFormat('en', { maximumFractionDigits: 2 }),
};

export function formatScore(value: number, locale: Locale): string {
  return score[locale].format(value);
}
