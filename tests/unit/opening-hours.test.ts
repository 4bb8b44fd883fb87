import { describe, expect, it } from 'vitest';
import {
  dayRuns,
  groupDays,
  isAlwaysOpen,
  minutesOf,
  openingHoursText,
  type OpeningSpan,
} from '../../src/lib/domain/opening-hours.ts';

const EVERY_DAY = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri'] as const;

describe('minutesOf', () => {
  it.each([
    ['00:00', 0],
    ['07:30', 450],
    ['23:59', 1439],
    ['24:00', 1440],
  ])('reads %s as %d', (time, minutes) => {
    expect(minutesOf(time)).toBe(minutes);
  });

  it.each(['7:30', '24:01', '25:00', '12:60', '12h30', ''])('refuses %j', (time) => {
    expect(minutesOf(time)).toBeUndefined();
  });
});

describe('dayRuns', () => {
  it('joins consecutive days, in week order whatever the input order', () => {
    expect(dayRuns(['fri', 'mon', 'tue', 'wed', 'sun'])).toEqual([
      ['mon', 'wed'],
      ['fri', 'fri'],
      ['sun', 'sun'],
    ]);
  });
});

describe('groupDays', () => {
  it('groups days with the same hours and puts closed days last', () => {
    const spans: OpeningSpan[] = [
      { days: ['sat'], opens: '08:00', closes: '12:00' },
      { days: WEEKDAYS, opens: '13:30', closes: '17:00' },
      { days: WEEKDAYS, opens: '07:30', closes: '11:30' },
    ];
    expect(groupDays(spans)).toEqual([
      {
        days: [...WEEKDAYS],
        hours: [
          [450, 690],
          [810, 1020],
        ],
      },
      { days: ['sat'], hours: [[480, 720]] },
      { days: ['sun'], hours: [] },
    ]);
  });
});

describe('openingHoursText (schema.org / OpenStreetMap form)', () => {
  it.each<[string, OpeningSpan[], string]>([
    ['every day', [{ days: EVERY_DAY, opens: '07:30', closes: '21:00' }], 'Mo-Su 07:30-21:00'],
    [
      'weekdays and Saturday, Sunday closed',
      [
        { days: WEEKDAYS, opens: '07:30', closes: '17:00' },
        { days: ['sat'], opens: '08:00', closes: '12:00' },
      ],
      'Mo-Fr 07:30-17:00; Sa 08:00-12:00',
    ],
    [
      'split days',
      [
        { days: WEEKDAYS, opens: '07:30', closes: '11:30' },
        { days: WEEKDAYS, opens: '13:30', closes: '17:00' },
      ],
      'Mo-Fr 07:30-11:30,13:30-17:00',
    ],
    [
      'two days and lone days',
      [{ days: ['mon', 'wed', 'sat', 'sun'], opens: '09:00', closes: '12:00' }],
      'Mo,We,Sa,Su 09:00-12:00',
    ],
    ['always open', [{ days: EVERY_DAY, opens: '00:00', closes: '24:00' }], '24/7'],
  ])('%s', (_, spans, text) => {
    expect(openingHoursText(spans)).toBe(text);
  });

  it('a whole day on some days only is not 24/7', () => {
    const spans: OpeningSpan[] = [{ days: WEEKDAYS, opens: '00:00', closes: '24:00' }];
    expect(isAlwaysOpen(spans)).toBe(false);
    expect(openingHoursText(spans)).toBe('Mo-Fr 00:00-24:00');
  });
});
