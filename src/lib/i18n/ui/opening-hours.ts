/**
 * Words for opening hours (`lib/domain/opening-hours.ts` puts them together). English uses
 * three-letter day names and the 24-hour clock with two-digit hours ("Mon–Fri 07:30–17:00"),
 * which reads the same to buyers from every English-speaking country; Vietnamese writes hours
 * as signs in Viet Nam do ("7:30–17:00").
 */
import { defineStrings } from '../define-strings.ts';

export const openingHoursStrings = defineStrings({
  vi: {
    /** Monday first, as `DAYS`. */
    days: ['Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy', 'Chủ nhật'],
    daily: 'Hằng ngày',
    allDayEveryDay: 'Mở cửa 24/7',
    allDay: 'cả ngày',
    closed: (days: string) => `${days} nghỉ`,
    time: (hours: number, minutes: number) => `${hours}:${String(minutes).padStart(2, '0')}`,
  },
  en: {
    days: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
    daily: 'Daily',
    allDayEveryDay: 'Open 24 hours, every day',
    allDay: 'open 24 hours',
    closed: (days: string) => `closed ${days}`,
    time: (hours: number, minutes: number) =>
      `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`,
  },
});
