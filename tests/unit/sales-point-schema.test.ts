import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SALES_POINT_KINDS, salesPointSchema } from '../../src/schemas/sales-point.ts';

const dir = new URL('../fixtures/content/sales-points/', import.meta.url);
const load = (name: string): Record<string, unknown> =>
  JSON.parse(readFileSync(new URL(name, dir), 'utf8')) as Record<string, unknown>;
const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
const good = () => load('good-hung-yen-diem-ocop-thai-binh.json');

describe('good sales point fixtures', () => {
  it.each(files.filter((f) => f.startsWith('good-')))('%s parses', (file) => {
    const result = salesPointSchema.safeParse(load(file));
    expect(result.error?.issues ?? []).toEqual([]);
    expect(result.data?.coordinates).toEqual({ lat: 20.4463, lng: 106.3366 });
  });

  it.each(SALES_POINT_KINDS)('accepts kind %s', (kind) => {
    expect(salesPointSchema.safeParse({ ...good(), kind }).success).toBe(true);
  });

  it.each([
    [8.6, 104.7], // Cà Mau cape
    [23.36, 105.32], // Lũng Cú, Hà Giang
    [10.38, 104.0], // Phú Quốc
    [16.83, 112.33], // Hoàng Sa
  ])('accepts coordinates inside Viet Nam (%d, %d)', (lat, lng) => {
    expect(salesPointSchema.safeParse({ ...good(), coordinates: { lat, lng } }).success).toBe(true);
  });

  it('normalises the name', () => {
    const data = salesPointSchema.parse({ ...good(), name: '  Điểm  bán OCOP '.normalize('NFD') });
    expect(data.name).toBe('Điểm bán OCOP');
  });

  it('accepts split days, closed days and a whole day (00:00–24:00)', () => {
    const hours = [
      { days: ['mon', 'tue', 'wed', 'thu', 'fri'], opens: '07:30', closes: '11:30' },
      { days: ['mon', 'tue', 'wed', 'thu', 'fri'], opens: '13:30', closes: '17:00' },
      { days: ['sat'], opens: '00:00', closes: '24:00' },
    ];
    expect(salesPointSchema.safeParse({ ...good(), hours }).error?.issues ?? []).toEqual([]);
  });
});

const malformed: [file: string, paths: PropertyKey[][], message: RegExp][] = [
  [
    'malformed-coordinates-outside-vietnam.json',
    [
      ['coordinates', 'lat'],
      ['coordinates', 'lng'],
    ],
    /24|118/,
  ],
  ['malformed-unknown-kind.json', [['kind']], /shop/],
  ['malformed-hours-as-text.json', [['hours']], /array/],
  [
    'malformed-hours-bad-day-and-time.json',
    [
      ['hours', 0, 'days', 1],
      ['hours', 0, 'opens'],
    ],
    /mon, tue|HH:MM/,
  ],
  ['malformed-hours-past-midnight.json', [['hours', 0, 'closes']], /past midnight/],
  ['malformed-hours-overlapping.json', [['hours', 1, 'opens']], /overlaps \[0\] on sat/],
  ['malformed-missing-coordinates.json', [['coordinates']], /./],
  [
    'malformed-coordinates-as-strings.json',
    [
      ['coordinates', 'lat'],
      ['coordinates', 'lng'],
    ],
    /number/,
  ],
];

describe('malformed sales point fixtures', () => {
  it('every malformed fixture in the folder has an expectation', () => {
    expect(files.filter((f) => f.startsWith('malformed-')).sort()).toEqual(
      malformed.map(([f]) => f).sort(),
    );
  });

  it.each(malformed)('%s fails at %j', (file, paths, message) => {
    const result = salesPointSchema.safeParse(load(file));
    expect(result.success).toBe(false);
    const issues = result.error!.issues;
    expect(issues.map((i) => i.path)).toEqual(paths);
    for (const issue of issues) expect(issue.message).toMatch(message);
  });

  it.each([
    [7.9, 106, 'lat'],
    [24.1, 106, 'lat'],
    [16, 101.9, 'lng'],
    [16, 118.1, 'lng'],
    [-16, -106, 'lat'],
  ])('refuses (%d, %d) at %s', (lat, lng, field) => {
    const result = salesPointSchema.safeParse({ ...good(), coordinates: { lat, lng } });
    expect(result.error!.issues.map((i) => i.path)).toContainEqual(['coordinates', field]);
  });

  it('refuses unknown fields, also inside coordinates', () => {
    const top = salesPointSchema.safeParse({ ...good(), rating: 5 });
    expect(top.error!.issues[0]!.code).toBe('unrecognized_keys');
    const inner = salesPointSchema.safeParse({
      ...good(),
      coordinates: { lat: 20.4, lng: 106.3, alt: 2 },
    });
    expect(inner.error!.issues.map((i) => i.path)).toEqual([['coordinates']]);
  });

  it('refuses a former province and a too-short address', () => {
    expect(
      salesPointSchema
        .safeParse({ ...good(), province: 'thai-binh' })
        .error!.issues.map((i) => i.path),
    ).toEqual([['province']]);
    expect(
      salesPointSchema
        .safeParse({ ...good(), address: '  Số 1 ' })
        .error!.issues.map((i) => i.path),
    ).toEqual([['address']]);
  });
});
