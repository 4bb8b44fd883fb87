import { describe, expect, it } from 'vitest';
import type { OpeningSpan } from '../../src/lib/domain/opening-hours.ts';
import { openingHoursInWords } from '../../src/lib/i18n/opening-hours-words.ts';

const EVERY_DAY = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri'] as const;

describe('openingHoursInWords', () => {
  it.each<[string, OpeningSpan[], string, string]>([
    [
      'every day',
      [{ days: EVERY_DAY, opens: '07:30', closes: '21:00' }],
      'Hằng ngày 7:30–21:00',
      'Daily 07:30–21:00',
    ],
    [
      'weekdays, a Saturday morning, Sunday closed',
      [
        { days: WEEKDAYS, opens: '07:30', closes: '17:00' },
        { days: ['sat'], opens: '08:00', closes: '12:00' },
      ],
      'Thứ Hai–Thứ Sáu 7:30–17:00; Thứ Bảy 8:00–12:00; Chủ nhật nghỉ',
      'Mon–Fri 07:30–17:00; Sat 08:00–12:00; closed Sun',
    ],
    [
      'split days with a lunch break, weekend closed',
      [
        { days: WEEKDAYS, opens: '07:30', closes: '11:30' },
        { days: WEEKDAYS, opens: '13:30', closes: '17:00' },
      ],
      'Thứ Hai–Thứ Sáu 7:30–11:30, 13:30–17:00; Thứ Bảy, Chủ nhật nghỉ',
      'Mon–Fri 07:30–11:30, 13:30–17:00; closed Sat, Sun',
    ],
    [
      'closed on Monday only',
      [{ days: ['tue', 'wed', 'thu', 'fri', 'sat', 'sun'], opens: '09:00', closes: '22:00' }],
      'Thứ Ba–Chủ nhật 9:00–22:00; Thứ Hai nghỉ',
      'Tue–Sun 09:00–22:00; closed Mon',
    ],
    [
      'a night that runs past midnight, as two spans',
      [
        { days: ['fri'], opens: '18:00', closes: '24:00' },
        { days: ['sat'], opens: '00:00', closes: '02:00' },
      ],
      'Thứ Sáu 18:00–24:00; Thứ Bảy 0:00–2:00; Thứ Hai–Thứ Năm, Chủ nhật nghỉ',
      'Fri 18:00–24:00; Sat 00:00–02:00; closed Mon–Thu, Sun',
    ],
    [
      'open all day on some days',
      [
        { days: ['sat', 'sun'], opens: '00:00', closes: '24:00' },
        { days: WEEKDAYS, opens: '06:00', closes: '22:00' },
      ],
      'Thứ Hai–Thứ Sáu 6:00–22:00; Thứ Bảy, Chủ nhật cả ngày',
      'Mon–Fri 06:00–22:00; Sat, Sun open 24 hours',
    ],
    [
      'always open',
      [{ days: EVERY_DAY, opens: '00:00', closes: '24:00' }],
      'Mở cửa 24/7',
      'Open 24 hours, every day',
    ],
  ])('%s', (_, spans, vi, en) => {
    expect(openingHoursInWords(spans, 'vi')).toBe(vi);
    expect(openingHoursInWords(spans, 'en')).toBe(en);
  });
});
