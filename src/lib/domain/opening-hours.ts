/**
 * Opening hours as data: a list of `{ days, opens, closes }` (schema.org's
 * OpeningHoursSpecification), times "HH:MM" on the 24-hour clock, "24:00" for the end of the
 * day. A span never runs past midnight: a night market open 18:00–02:00 on Friday is written
 * as Friday 18:00–24:00 and Saturday 00:00–02:00. A day in no span is closed.
 *
 * This module groups days that share the same hours and writes the schema.org / OpenStreetMap
 * text form ("Mo-Fr 07:30-17:00; Sa 08:00-12:00"); the words for people, in each language, are
 * `lib/i18n/opening-hours-words.ts`.
 */

/** Monday first, ISO order. */
export const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Day = (typeof DAYS)[number];

export interface OpeningSpan {
  days: readonly Day[];
  /** "HH:MM", 00:00–23:59. */
  opens: string;
  /** "HH:MM", after `opens`; "24:00" is the end of the day. */
  closes: string;
}

/** Minutes since midnight of "HH:MM" (00:00–24:00), or undefined when it is not such a time. */
export function minutesOf(time: string): number | undefined {
  const match = /^([01]\d|2[0-4]):([0-5]\d)$/.exec(time);
  if (!match) return undefined;
  const minutes = Number(match[1]) * 60 + Number(match[2]);
  return minutes <= 24 * 60 ? minutes : undefined;
}

/** A day's hours: `[opens, closes]` pairs in minutes, earliest first; empty when closed. */
export type DayHours = readonly (readonly [number, number])[];

/** Each day's hours, Monday first. */
export function hoursByDay(spans: readonly OpeningSpan[]): DayHours[] {
  return DAYS.map((day) =>
    spans
      .filter((s) => s.days.includes(day))
      .map((s) => [minutesOf(s.opens) ?? 0, minutesOf(s.closes) ?? 0] as const)
      .toSorted((a, b) => a[0] - b[0]),
  );
}

export interface HoursGroup {
  /** Days with these hours, Monday first. */
  days: Day[];
  /** Empty for the days it is closed. */
  hours: DayHours;
}

/**
 * Days that share the same hours, in the order the week first meets them; the closed days, if
 * any, come last as one group with no hours.
 */
export function groupDays(spans: readonly OpeningSpan[]): HoursGroup[] {
  const byKey = new Map<string, HoursGroup>();
  hoursByDay(spans).forEach((hours, i) => {
    const key = hours.map(([a, b]) => `${a}-${b}`).join(',');
    const group = byKey.get(key) ?? { days: [], hours };
    group.days.push(DAYS[i] as Day);
    byKey.set(key, group);
  });
  const groups = [...byKey.values()];
  return [
    ...groups.filter((g) => g.hours.length > 0),
    ...groups.filter((g) => g.hours.length === 0),
  ];
}

/** Runs of consecutive days, as `[first, last]` (the same day twice for a lone day). */
export function dayRuns(days: readonly Day[]): [Day, Day][] {
  const runs: [Day, Day][] = [];
  for (const day of DAYS.filter((d) => days.includes(d))) {
    const last = runs.at(-1);
    if (last && DAYS.indexOf(last[1]) === DAYS.indexOf(day) - 1) last[1] = day;
    else runs.push([day, day]);
  }
  return runs;
}

/** Open all day every day. */
export const isAlwaysOpen = (spans: readonly OpeningSpan[]): boolean =>
  hoursByDay(spans).every((h) => h.length === 1 && h[0]?.[0] === 0 && h[0][1] === 24 * 60);

const SCHEMA_DAYS: Record<Day, string> = {
  mon: 'Mo',
  tue: 'Tu',
  wed: 'We',
  thu: 'Th',
  fri: 'Fr',
  sat: 'Sa',
  sun: 'Su',
};

/** Minutes since midnight as "HH:MM". */
export const clockTime = (minutes: number): string =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** "Mo-Fr", "Sa,Su", "Mo,We,Fr": runs of three days or more as a range. */
function schemaDays(days: readonly Day[]): string {
  return dayRuns(days)
    .flatMap(([a, b]) => {
      const length = DAYS.indexOf(b) - DAYS.indexOf(a) + 1;
      if (length === 1) return [SCHEMA_DAYS[a]];
      if (length === 2) return [SCHEMA_DAYS[a], SCHEMA_DAYS[b]];
      return [`${SCHEMA_DAYS[a]}-${SCHEMA_DAYS[b]}`];
    })
    .join(',');
}

/**
 * The schema.org `openingHours` text form, which is also OpenStreetMap's `opening_hours`:
 * "Mo-Su 07:30-21:00", "Mo-Fr 07:30-11:30,13:30-17:00; Sa 08:00-12:00", "24/7". Closed days
 * are left out (a day not named is closed).
 */
export function openingHoursText(spans: readonly OpeningSpan[]): string {
  if (isAlwaysOpen(spans)) return '24/7';
  return groupDays(spans)
    .filter((g) => g.hours.length > 0)
    .map(
      (g) =>
        `${schemaDays(g.days)} ${g.hours.map(([a, b]) => `${clockTime(a)}-${clockTime(b)}`).join(',')}`,
    )
    .join('; ');
}
