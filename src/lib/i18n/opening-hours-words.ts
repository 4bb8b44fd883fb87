/**
 * Opening hours in words, in each language: "Hằng ngày 7:30–21:00" / "Daily 07:30–21:00",
 * "Thứ Hai–Thứ Sáu 7:30–17:00; Chủ nhật nghỉ" / "Mon–Fri 07:30–17:00; closed Sun". The
 * grouping of days is `lib/domain/opening-hours.ts`; the words are `ui/opening-hours.ts`.
 */
import {
  DAYS,
  dayRuns,
  groupDays,
  isAlwaysOpen,
  type Day,
  type DayHours,
  type OpeningSpan,
} from '../domain/opening-hours.ts';
import type { Locale } from './locales.ts';
import { openingHoursStrings } from './ui/opening-hours.ts';

const DAY_MINUTES = 24 * 60;

function daysInWords(days: readonly Day[], locale: Locale): string {
  const s = openingHoursStrings(locale);
  if (days.length === DAYS.length) return s.daily;
  const name = (day: Day) => s.days[DAYS.indexOf(day)] ?? day;
  return dayRuns(days)
    .map(([a, b]) => {
      const length = DAYS.indexOf(b) - DAYS.indexOf(a) + 1;
      if (length === 1) return name(a);
      if (length === 2) return `${name(a)}, ${name(b)}`;
      return `${name(a)}–${name(b)}`;
    })
    .join(', ');
}

function hoursInWords(hours: DayHours, locale: Locale): string {
  const s = openingHoursStrings(locale);
  const time = (minutes: number) => s.time(Math.floor(minutes / 60), minutes % 60);
  return hours
    .map(([opens, closes]) =>
      opens === 0 && closes === DAY_MINUTES ? s.allDay : `${time(opens)}–${time(closes)}`,
    )
    .join(', ');
}

/** The hours of a place as one line in the page's language. */
export function openingHoursInWords(spans: readonly OpeningSpan[], locale: Locale): string {
  const s = openingHoursStrings(locale);
  if (isAlwaysOpen(spans)) return s.allDayEveryDay;
  return groupDays(spans)
    .map((group) =>
      group.hours.length === 0
        ? s.closed(daysInWords(group.days, locale))
        : `${daysInWords(group.days, locale)} ${hoursInWords(group.hours, locale)}`,
    )
    .join('; ');
}
