/**
 * Whether a fair is upcoming, on or over on a given day. Fairs are dated in Vietnam's time
 * zone and run through their end date; the build decides the order of the fairs list and a
 * small script re-runs this in the browser on the day a visitor looks.
 */
import { daysBetween, todayInVietnam } from './dates.ts';

export const FAIR_STATES = ['ongoing', 'upcoming', 'past'] as const;
export type FairState = (typeof FAIR_STATES)[number];

export interface FairDates {
  startDate: string;
  endDate: string;
}

export interface FairStatus {
  state: FairState;
  /** Days until the first day (0 on it, negative once begun). */
  daysToStart: number;
}

/** Status of a fair on `today` (YYYY-MM-DD in Vietnam; the visitor's today by default). */
export function fairStatus(dates: FairDates, today: string = todayInVietnam()): FairStatus {
  const daysToStart = daysBetween(today, dates.startDate);
  const state: FairState =
    daysToStart > 0 ? 'upcoming' : daysBetween(today, dates.endDate) >= 0 ? 'ongoing' : 'past';
  return { state, daysToStart };
}

/**
 * Order of the fairs list: ongoing ones first (ending soonest first), then upcoming ones
 * (soonest first), then past ones (most recent first).
 */
export function compareFairs(a: FairDates, b: FairDates, today: string): number {
  const sa = fairStatus(a, today).state;
  const sb = fairStatus(b, today).state;
  if (sa !== sb) return FAIR_STATES.indexOf(sa) - FAIR_STATES.indexOf(sb);
  if (sa === 'ongoing') return a.endDate.localeCompare(b.endDate);
  if (sa === 'upcoming') return a.startDate.localeCompare(b.startDate);
  return b.endDate.localeCompare(a.endDate);
}
