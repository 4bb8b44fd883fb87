import { describe, expect, it } from 'vitest';
import { compareFairs, fairStatus } from '../../src/lib/domain/fair-status.ts';

const fair = { startDate: '2026-11-20', endDate: '2026-11-29' };

describe('fairStatus', () => {
  it.each([
    ['2026-11-01', 'upcoming', 19],
    ['2026-11-19', 'upcoming', 1],
    ['2026-11-20', 'ongoing', 0],
    ['2026-11-25', 'ongoing', -5],
    ['2026-11-29', 'ongoing', -9],
    ['2026-11-30', 'past', -10],
    ['2027-01-01', 'past', -42],
  ])('on %s it is %s (%i days to start)', (today, state, days) => {
    expect(fairStatus(fair, today)).toEqual({ state, daysToStart: days });
  });

  it('a one-day fair is on that day only', () => {
    const day = { startDate: '2026-12-18', endDate: '2026-12-18' };
    expect(fairStatus(day, '2026-12-17').state).toBe('upcoming');
    expect(fairStatus(day, '2026-12-18').state).toBe('ongoing');
    expect(fairStatus(day, '2026-12-19').state).toBe('past');
  });

  it("uses Vietnam's day, not the machine's: 17:30 UTC on the eve of the fair is its first day", () => {
    const now = new Date('2026-11-19T17:30:00Z'); // 00:30 on 20 November in Hà Nội
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(now);
    expect(fairStatus(fair, today).state).toBe('ongoing');
    expect(fairStatus(fair, now.toISOString().slice(0, 10)).state).toBe('upcoming');
  });
});

describe('compareFairs', () => {
  it('orders ongoing (ending first), upcoming (soonest first), past (latest first)', () => {
    const fairs = {
      pastOld: { startDate: '2026-01-10', endDate: '2026-01-12' },
      pastRecent: { startDate: '2026-04-23', endDate: '2026-04-27' },
      onLong: { startDate: '2026-11-01', endDate: '2026-12-31' },
      onShort: { startDate: '2026-11-20', endDate: '2026-11-29' },
      soon: { startDate: '2026-12-01', endDate: '2026-12-03' },
      later: { startDate: '2027-02-01', endDate: '2027-02-05' },
    };
    const sorted = Object.entries(fairs)
      .sort(([, a], [, b]) => compareFairs(a, b, '2026-11-23'))
      .map(([name]) => name);
    expect(sorted).toEqual(['onShort', 'onLong', 'soon', 'later', 'pastRecent', 'pastOld']);
  });
});
