import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fairSchema } from '../../src/schemas/fair.ts';
import { checkFairReferences } from '../../src/lib/content-files/fair-references.ts';
import { readCatalogue, type Catalogue } from '../../src/lib/content-files/read-content.ts';

const dir = new URL('../fixtures/content/fairs/', import.meta.url);
const load = (name: string): Record<string, unknown> =>
  JSON.parse(readFileSync(new URL(name, dir), 'utf8')) as Record<string, unknown>;
const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
const schema = fairSchema();

describe('good fair fixtures', () => {
  it.each(files.filter((f) => f.startsWith('good-')))('%s parses', (file) => {
    const result = schema.safeParse(load(file));
    expect(result.error?.issues ?? []).toEqual([]);
  });

  it('normalises the name and keeps a shared booth without producer', () => {
    const fair = schema.parse(load('good-hoi-cho-mau.json'));
    expect(fair.name).toBe('Hội chợ OCOP mẫu');
    expect(fair.booths[1]).toEqual({
      number: 'C03',
      label: 'Gian hàng chung tỉnh Hưng Yên',
      products: ['mat-hoa-dua'],
    });
    expect(fair.provenance.invented).toEqual(['name', 'dates']);
  });

  it('accepts a one-day fair (end = start) and a venue without coordinates', () => {
    const fair = schema.parse(load('good-one-day-no-coordinates.json'));
    expect(fair.endDate).toBe(fair.startDate);
    expect(fair.venue.coordinates).toBeUndefined();
  });
});

const malformed: [file: string, paths: PropertyKey[][], message: RegExp][] = [
  ['malformed-end-before-start.json', [['endDate']], /must not be before startDate \(2026-11-29\)/],
  ['malformed-no-such-day.json', [['endDate']], /real calendar date/],
  [
    'malformed-booth-without-producer-or-label.json',
    [['booths', 0, 'producer']],
    /producer .* or a label/,
  ],
  [
    'malformed-duplicate-booth-number.json',
    [['booths', 1, 'number']],
    /"A1" is already used by booths\[0\]/,
  ],
  [
    'malformed-product-at-two-booths.json',
    [['booths', 1, 'products', 1]],
    /"x" is already shown at booths\[0\]/,
  ],
  ['malformed-no-booths.json', [['booths']], /at least one booth/],
  ['malformed-booth-without-products.json', [['booths', 0, 'products']], /at least one product/],
  ['malformed-former-province.json', [['venue', 'province']], /2025 province/],
  [
    'malformed-bad-slug-and-coordinates.json',
    [
      ['venue', 'coordinates', 'lat'],
      ['booths', 0, 'producer'],
    ],
    /./,
  ],
];

describe('malformed fair fixtures', () => {
  it('has a case for every malformed fixture', () => {
    expect(malformed.map(([f]) => f).sort()).toEqual(
      files.filter((f) => f.startsWith('malformed-')).sort(),
    );
  });

  it.each(malformed)('%s fails at the named fields', (file, paths, message) => {
    const result = schema.safeParse(load(file));
    expect(result.success).toBe(false);
    const issues = result.error!.issues;
    expect(issues.map((i) => i.path)).toEqual(paths);
    expect(issues.map((i) => i.message).join(' | ')).toMatch(message);
  });
});

describe('fair references', () => {
  const entry = <T>(id: string, data: T) => ({ id, file: `x/${id}.json`, data });
  const catalogue = (booths: unknown[]): Catalogue =>
    ({
      products: [
        entry('banh-cay', { producer: 'thien-duc' }),
        entry('mat-hoa-dua', { producer: 'tra-vinh-farm' }),
      ],
      producers: [entry('thien-duc', {}), entry('tra-vinh-farm', {})],
      salesPoints: [],
      fairs: [entry('hoi-cho', { booths })],
    }) as unknown as Catalogue;

  it('accepts a producer booth with its own products and a shared booth with any', () => {
    expect(
      checkFairReferences(
        catalogue([
          { number: '1', producer: 'thien-duc', products: ['banh-cay'] },
          { number: '2', label: 'Chung', products: ['banh-cay', 'mat-hoa-dua'] },
        ]),
      ),
    ).toEqual([]);
  });

  it("refuses another producer's product at a producer's booth", () => {
    const problems = checkFairReferences(
      catalogue([{ number: '1', producer: 'thien-duc', products: ['banh-cay', 'mat-hoa-dua'] }]),
    );
    expect(problems.map((p) => [p.file, p.field])).toEqual([
      ['x/hoi-cho.json', 'booths[0].products[1]'],
    ]);
    expect(problems[0]!.message).toMatch(
      /"mat-hoa-dua" is made by "tra-vinh-farm", not by this booth's producer "thien-duc"/,
    );
  });

  it('names unknown producers and products', () => {
    const problems = checkFairReferences(
      catalogue([{ number: '1', producer: 'nobody', products: ['ghost'] }]),
    );
    expect(problems.map((p) => [p.field, p.message])).toEqual([
      ['booths[0].producer', 'names producer "nobody", which has no file in producers/'],
      ['booths[0].products[0]', 'names product "ghost", which has no file in products/'],
    ]);
  });
});

describe('the sample fairs in content/', () => {
  it('are valid, refer to existing entries and are marked as samples', async () => {
    const content = fileURLToPath(new URL('../../content/', import.meta.url));
    const { fairs = [], problems } = await readCatalogue(content, { lenient: true });
    expect(problems.filter((p) => p.file.includes(`${path.sep}fairs${path.sep}`))).toEqual([]);
    expect(fairs.length).toBeGreaterThanOrEqual(2);
    for (const fair of fairs) {
      expect(fair.data.name).toContain('(mẫu)');
      expect(fair.data.provenance.invented.length).toBeGreaterThan(0);
    }
  });

  it('a catalogue without a fairs folder has no fairs and no problem', async () => {
    const valid = fileURLToPath(new URL('../fixtures/content/catalogues/valid/', import.meta.url));
    const { fairs, problems } = await readCatalogue(valid);
    expect(fairs).toEqual([]);
    expect(problems).toEqual([]);
  });
});
