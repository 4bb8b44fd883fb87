import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  daysBetween,
  daysInMonth,
  formatIsoDate,
  isValidIsoDate,
  parseIsoDate,
  todayInVietnam,
} from '../../src/lib/domain/dates.ts';

describe('addDays', () => {
  it.each([
    ['2026-12-06', 1, '2026-12-07'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2027-02-28', 1, '2027-03-01'],
    ['2026-03-01', -1, '2026-02-28'],
    ['2026-12-06', 91, '2027-03-07'],
  ] as const)('%s + %i days = %s', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
  });
});

describe('addMonths', () => {
  it.each([
    ['2024-02-29', 36, '2027-02-28'],
    ['2024-02-29', 48, '2028-02-29'],
    ['2020-02-29', 36, '2023-02-28'],
    ['2023-02-28', 12, '2024-02-28'],
    ['2021-08-31', 6, '2022-02-28'],
    ['2023-08-31', 6, '2024-02-29'],
    ['2023-01-31', 1, '2023-02-28'],
    ['2023-03-31', 1, '2023-04-30'],
    ['2023-05-15', 36, '2026-05-15'],
    ['2023-11-30', 2, '2024-01-30'],
    ['2023-12-31', 1, '2024-01-31'],
    ['2023-12-01', 0, '2023-12-01'],
    ['2024-03-31', -1, '2024-02-29'],
    ['2024-01-15', -1, '2023-12-15'],
    ['2024-01-31', -13, '2022-12-31'],
  ])('%s + %i months = %s', (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });

  it('rejects an invalid start date', () => {
    expect(() => addMonths('2023-02-29', 1)).toThrow(RangeError);
  });
});

describe('daysBetween', () => {
  it.each([
    ['2024-01-01', '2024-01-01', 0],
    ['2024-01-01', '2024-01-02', 1],
    ['2024-01-02', '2024-01-01', -1],
    ['2024-02-28', '2024-03-01', 2],
    ['2023-02-28', '2023-03-01', 1],
    ['2024-01-01', '2025-01-01', 366],
    ['2023-01-01', '2024-01-01', 365],
    ['2024-02-29', '2027-02-28', 1095],
    ['2023-12-31', '2024-01-01', 1],
  ])('%s → %s is %i days', (from, to, days) => {
    expect(daysBetween(from, to)).toBe(days);
  });

  it('is independent of daylight-saving transitions (whole calendar days)', () => {
    // March and October are DST months in many zones; the answer must stay an integer count.
    expect(daysBetween('2024-03-01', '2024-04-01')).toBe(31);
    expect(daysBetween('2024-10-01', '2024-11-01')).toBe(31);
  });

  it('rejects invalid dates', () => {
    expect(() => daysBetween('2024-01-01', '2024-02-30')).toThrow(RangeError);
    expect(() => daysBetween('2024/01/01', '2024-01-02')).toThrow(RangeError);
  });
});

describe('parseIsoDate / isValidIsoDate', () => {
  it.each(['2024-02-29', '2000-02-29', '2023-12-31', '2023-01-01'])('accepts %s', (d) => {
    expect(isValidIsoDate(d)).toBe(true);
    expect(formatIsoDate(parseIsoDate(d))).toBe(d);
  });

  it.each([
    '2023-02-29',
    '1900-02-29',
    '2024-13-01',
    '2024-00-10',
    '2024-04-31',
    '2024-01-00',
    '2024-01-32',
    '2024-1-1',
    '24-01-01',
    '2024-01-01T00:00:00Z',
    ' 2024-01-01',
    '2024/01/01',
    '',
  ])('rejects %j', (d) => {
    expect(isValidIsoDate(d)).toBe(false);
    expect(() => parseIsoDate(d)).toThrow(RangeError);
  });

  it('parses into numeric parts', () => {
    expect(parseIsoDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
  });
});

describe('daysInMonth', () => {
  it('knows leap years, including the century rules', () => {
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2023, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(2100, 2)).toBe(28);
    expect(daysInMonth(2024, 4)).toBe(30);
    expect(daysInMonth(2024, 12)).toBe(31);
  });
});

describe('todayInVietnam', () => {
  it('is already the next day from 17:00 UTC', () => {
    expect(todayInVietnam(new Date('2026-11-22T17:00:00Z'))).toBe('2026-11-23');
  });

  it('is still the same day at 16:59:59 UTC', () => {
    expect(todayInVietnam(new Date('2026-11-22T16:59:59Z'))).toBe('2026-11-22');
  });

  it('rolls over the year and leap days in Vietnam time', () => {
    expect(todayInVietnam(new Date('2026-12-31T17:00:00Z'))).toBe('2027-01-01');
    expect(todayInVietnam(new Date('2024-02-28T17:30:00Z'))).toBe('2024-02-29');
    expect(todayInVietnam(new Date('2024-02-29T00:00:00+07:00'))).toBe('2024-02-29');
  });

  it('returns a valid ISO date for the current moment', () => {
    expect(isValidIsoDate(todayInVietnam())).toBe(true);
  });
});
