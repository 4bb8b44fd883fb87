/**
 * OCOP decisions come in rounds: a province rates a batch of products a few times a year and
 * one decision lists them all; the ministry decides 5★ twice a year. The generator snaps each
 * certification date forward to the next round of its issuer, so decision numbers and dates are
 * shared the way they are in real lists.
 */
import { createRandom, hashString } from './random.ts';

export const FIRST_DATE = '2019-01-01';
export const LAST_DATE = '2026-11-01';
/** Certification targets stay before this, so the final round of 2026 can take them. */
export const LAST_TARGET = '2026-10-01';

const DAY_MS = 86_400_000;

export function toDayNumber(iso: string): number {
  return (
    Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) /
    DAY_MS
  );
}

export function fromDayNumber(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** [first month, last month] windows of each round in a year; the last window closes the year. */
const PROVINCE_WINDOWS = [
  [2, 3],
  [5, 6],
  [8, 9],
  [12, 12],
] as const;
const CENTRAL_WINDOWS = [
  [5, 7],
  [12, 12],
] as const;

/**
 * Round dates per issuer key ("central" or a province slug) and year, worked out from the seed
 * alone, so the same key and year always give the same days whatever else is generated.
 */
export class DecisionRounds {
  readonly #seed: number;
  readonly #cache = new Map<string, readonly number[]>();

  constructor(seed: number) {
    this.#seed = seed;
  }

  #rounds(key: string, year: number): readonly number[] {
    const cacheKey = `${key}|${year}`;
    let days = this.#cache.get(cacheKey);
    if (days) return days;
    const random = createRandom(hashString(`${this.#seed}:rounds:${cacheKey}`));
    const windows = key === 'central' ? CENTRAL_WINDOWS : PROVINCE_WINDOWS;
    days = windows.map(([from, to], i) => {
      if (year === 2026 && i === windows.length - 1) {
        // The last round of 2026 falls between LAST_TARGET and LAST_DATE.
        return random.int(toDayNumber(LAST_TARGET), toDayNumber(LAST_DATE));
      }
      const start = Date.UTC(year, from - 1, 1) / DAY_MS;
      const end = Date.UTC(year, to, 0) / DAY_MS; // last day of month `to`
      return random.int(start, i === windows.length - 1 ? end - 3 : end);
    });
    this.#cache.set(cacheKey, days);
    return days;
  }

  /** The first round of `key` on or after `target` (YYYY-MM-DD). */
  snap(key: string, target: string): string {
    const day = toDayNumber(target);
    for (let year = Number(target.slice(0, 4)); ; year++) {
      const next = this.#rounds(key, year).find((d) => d >= day);
      if (next !== undefined) return fromDayNumber(next);
    }
  }

  /** A decision number shared by every product the same issuer rated on the same day. */
  decisionNumber(issuer: string, date: string): number {
    const random = createRandom(hashString(`${this.#seed}:decision:${issuer}:${date}`));
    return random.int(issuer.startsWith('Bộ') ? 40 : 120, issuer.startsWith('Bộ') ? 1800 : 4800);
  }
}
