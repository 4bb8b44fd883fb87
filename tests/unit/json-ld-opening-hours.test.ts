import { describe, expect, it } from 'vitest';
import { openingHoursSpecification } from '../../src/lib/seo/json-ld.ts';

const day = (name: string) => `https://schema.org/${name}`;

describe('openingHoursSpecification', () => {
  it('gives one specification per group of days and span', () => {
    expect(
      openingHoursSpecification([
        { days: ['mon', 'tue', 'wed', 'thu', 'fri'], opens: '07:30', closes: '11:30' },
        { days: ['mon', 'tue', 'wed', 'thu', 'fri'], opens: '13:30', closes: '17:00' },
        { days: ['sat'], opens: '08:00', closes: '12:00' },
      ]),
    ).toEqual([
      {
        '@type': 'OpeningHoursSpecification',
        dayOfWeek: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'].map(day),
        opens: '07:30',
        closes: '11:30',
      },
      {
        '@type': 'OpeningHoursSpecification',
        dayOfWeek: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'].map(day),
        opens: '13:30',
        closes: '17:00',
      },
      {
        '@type': 'OpeningHoursSpecification',
        dayOfWeek: [day('Saturday')],
        opens: '08:00',
        closes: '12:00',
      },
    ]);
  });

  it('writes the end of the day as 23:59, as for a place open all day', () => {
    const [spec] = openingHoursSpecification([
      { days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], opens: '00:00', closes: '24:00' },
    ]);
    expect(spec).toMatchObject({ opens: '00:00', closes: '23:59' });
    expect(spec?.dayOfWeek).toHaveLength(7);
  });
});
