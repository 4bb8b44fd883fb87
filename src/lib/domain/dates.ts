/**
 * Calendar dates as plain `YYYY-MM-DD` strings. Certificates are dated in Vietnam's time zone
 * and nothing here depends on the machine's zone.
 */

export const ISO_DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

export const VIETNAM_TIME_ZONE = 'Asia/Ho_Chi_Minh';

interface CalendarDate {
  year: number;
  month: number; // 1–12
  day: number;
}

export function parseIsoDate(value: string): CalendarDate {
  if (!ISO_DATE_PATTERN.test(value)) throw new RangeError(`Not a YYYY-MM-DD date: "${value}"`);
  const [year, month, day] = value.split('-').map(Number) as [number, number, number];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw new RangeError(`No such calendar day: "${value}"`);
  }
  return { year, month, day };
}

export function isValidIsoDate(value: string): boolean {
  try {
    parseIsoDate(value);
    return true;
  } catch {
    return false;
  }
}

export function formatIsoDate({ year, month, day }: CalendarDate): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Adds whole calendar months. A day that does not exist in the target month falls back to
 * that month's last day: 2024-02-29 + 36 months = 2027-02-28; 2023-08-31 + 6 = 2024-02-29.
 */
export function addMonths(value: string, months: number): string {
  const { year, month, day } = parseIsoDate(value);
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = (index % 12) + 1;
  return formatIsoDate({
    year: targetYear,
    month: targetMonth,
    day: Math.min(day, daysInMonth(targetYear, targetMonth)),
  });
}

/** The date `days` calendar days after `value` (before it when negative). */
export function addDays(value: string, days: number): string {
  const { year, month, day } = parseIsoDate(value);
  const date = new Date(Date.UTC(year, month - 1, day + days));
  return formatIsoDate({
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
  });
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  const a = parseIsoDate(from);
  const b = parseIsoDate(to);
  return Math.round(
    (Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / 86_400_000,
  );
}

/** Today's date in Vietnam (UTC+7), whatever the zone of the machine or browser. */
export function todayInVietnam(now: Date = new Date()): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: VIETNAM_TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(now);
  const get = (type: string) => parts.find((part) => part.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}
