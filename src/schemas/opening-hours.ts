/**
 * Opening hours as data (schema.org OpeningHoursSpecification): spans of `{ days, opens,
 * closes }` on the 24-hour clock. A span ends after it opens and never runs past midnight —
 * write a night that goes on after 24:00 as two spans (Fri 18:00–24:00, Sat 00:00–02:00). Spans
 * of one day must not overlap. See `lib/domain/opening-hours.ts`.
 */
import { z } from 'astro/zod';
import { DAYS, minutesOf } from '../lib/domain/opening-hours.ts';

const time = (what: string) =>
  z
    .string()
    .refine((t) => minutesOf(t) !== undefined, {
      message: 'must be a time "HH:MM" on the 24-hour clock, e.g. "07:30" (24:00 ends the day)',
    })
    .describe(what);

const span = z
  .object({
    days: z
      .array(z.enum(DAYS, { message: `must be one of ${DAYS.join(', ')}` }))
      .min(1, 'name at least one day')
      .refine((days) => new Set(days).size === days.length, { message: 'a day is named twice' })
      .describe('Days of the week the span applies to: mon, tue, wed, thu, fri, sat, sun'),
    opens: time('Opening time, "HH:MM", e.g. "07:30"'),
    closes: time('Closing time, "HH:MM", after the opening time; "24:00" for midnight'),
  })
  .strict()
  .refine((s) => (minutesOf(s.opens) ?? 0) < (minutesOf(s.closes) ?? 0), {
    message:
      'must be after opens; hours past midnight are a second span on the next day (e.g. 00:00–02:00)',
    path: ['closes'],
  });

export const openingHoursSchema = z
  .array(span)
  .min(1, 'needs at least one span of opening hours')
  .superRefine((spans, ctx) => {
    for (const day of DAYS) {
      const on = spans
        .map((s, i) => ({ i, opens: minutesOf(s.opens) ?? 0, closes: minutesOf(s.closes) ?? 0 }))
        .filter(({ i }) => spans[i]?.days.includes(day))
        .toSorted((a, b) => a.opens - b.opens);
      on.slice(1).forEach((s, k) => {
        const before = on[k];
        if (before && s.opens < before.closes)
          ctx.addIssue({
            code: 'custom',
            message: `overlaps [${before.i}] on ${day}`,
            path: [s.i, 'opens'],
          });
      });
    }
  })
  .describe(
    'Opening hours: spans of { days, opens, closes }, e.g. [{ "days": ["mon","tue","wed","thu","fri","sat","sun"], "opens": "07:30", "closes": "21:00" }]',
  );
