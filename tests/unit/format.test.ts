/**
 * `i18n/format.ts`: the one way the site writes a day, a month and an amount — unambiguous in
 * English ("6 Dec 2026"), as Vietnamese readers expect in Vietnamese ("6/12/2026").
 */
import { describe, expect, it } from 'vitest';
import {
  formatDate,
  formatDayMonth,
  formatMonth,
  formatPrice,
  formatVnd,
} from '../../src/lib/i18n/format.ts';

describe('formatDate', () => {
  it('writes the month in letters in English, day first', () => {
    expect(formatDate('2026-12-06', 'en')).toBe('6 Dec 2026');
    expect(formatDate('2027-09-30', 'en')).toBe('30 Sep 2027');
    expect(formatDate('2028-02-29', 'en')).toBe('29 Feb 2028');
  });

  it('keeps the Vietnamese day/month/year', () => {
    expect(formatDate('2026-12-06', 'vi')).toBe('6/12/2026');
    expect(formatDate('2027-09-30', 'vi')).toBe('30/9/2027');
  });

  it('never writes an English date with slashes', () => {
    for (let m = 1; m <= 12; m++) {
      const iso = `2026-${String(m).padStart(2, '0')}-06`;
      expect(formatDate(iso, 'en')).toMatch(/^6 [A-Z][a-z]{2} 2026$/);
    }
  });
});

describe('formatDayMonth', () => {
  it('writes a day and month, day first, the month in letters in English', () => {
    expect(formatDayMonth('2026-12-10', 'vi')).toBe('10/12');
    expect(formatDayMonth('2027-03-05', 'vi')).toBe('5/3');
    expect(formatDayMonth('2026-12-10', 'en')).toBe('10 Dec');
  });
});

describe('formatMonth', () => {
  it('names a month alone', () => {
    expect(formatMonth(12, 'en')).toBe('Dec');
    expect(formatMonth(9, 'en')).toBe('Sep');
    expect(formatMonth(12, 'vi')).toBe('tháng 12');
  });
});

describe('formatPrice', () => {
  it('groups đồng in the page language', () => {
    expect(formatPrice({ min: 45000, unit: 'box' }, 'en')).toBe('₫45,000 / box');
    expect(formatPrice({ min: 45000, unit: 'hộp' }, 'vi')).toMatch(/^45\.000\s₫ \/ hộp$/);
  });
});

describe('formatVnd', () => {
  it('writes đồng as "₫120,000" in English, "120.000 ₫" in Vietnamese, never with decimals', () => {
    expect(formatVnd(120000, 'en')).toBe('₫120,000');
    expect(formatVnd(10_000_000_000, 'en')).toBe('₫10,000,000,000');
    expect(formatVnd(0, 'en')).toBe('₫0');
    expect(formatVnd(120000, 'vi')).toMatch(/^120\.000\s₫$/);
    expect(formatVnd(1_090_000, 'vi')).toMatch(/^1\.090\.000\s₫$/);
  });
});
