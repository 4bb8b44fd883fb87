import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { productSchema } from '../../src/schemas/product.ts';

const dir = new URL('../fixtures/content/products/', import.meta.url);
const load = (name: string): unknown => JSON.parse(readFileSync(new URL(name, dir), 'utf8'));
const files = readdirSync(dir).filter((f) => f.endsWith('.json'));

const schema = productSchema();

describe('good product fixtures', () => {
  const good = files.filter((f) => f.startsWith('good-'));

  it('there are good fixtures to test', () => {
    expect(good.length).toBeGreaterThanOrEqual(3);
  });

  it.each(good)('%s parses', (file) => {
    const result = schema.safeParse(load(file));
    expect(result.error?.issues ?? []).toEqual([]);
    expect(result.success).toBe(true);
  });

  it('fills in defaults', () => {
    const data = schema.parse(load('good-banh-cay-lang-nguyen.json'));
    expect(data.images).toEqual([]);
    expect(data.channels).toEqual([]);
    expect(data.certifications[0]!.potentialFiveStar).toBe(false);
    const mhd = schema.parse(load('good-mat-hoa-dua-5-sao.json'));
    expect(mhd.salesPoints).toEqual([]);
    expect(mhd.provenance.invented).toEqual([]);
  });

  it('accepts a 4★ potential-five-star score of 90+ and a 5★ leap-day decision', () => {
    const data = schema.parse(load('good-mat-hoa-dua-5-sao.json'));
    expect(data.certifications.map((c) => [c.stars, c.score, c.potentialFiveStar])).toEqual([
      [4, 92, true],
      [5, 92.5, false],
    ]);
    expect(data.certifications[1]!.decisionDate).toBe('2024-02-29');
  });

  it('normalises text fields to NFC and collapses whitespace', () => {
    const raw = load('good-nfd-whitespace.json') as { name: string; description: string };
    expect(raw.name).not.toBe(raw.name.normalize('NFC')); // the fixture really is NFD
    const data = schema.parse(raw);
    expect(data.name).toBe('Bánh cáy làng Nguyễn');
    expect(data.name).toBe(data.name.normalize('NFC'));
    expect(data.description).toBe('Bánh làm từ gạo nếp, mạch nha, gấc và vừng.');
    expect(data.certifications[0]!.issuer).toBe('UBND tỉnh Thái Bình');
  });

  it('leaves slugs and codes untouched', () => {
    const data = schema.parse(load('good-banh-cay-lang-nguyen.json'));
    expect(data.producer).toBe('htx-banh-cay-lang-nguyen');
    expect(data.category).toBe('I.3.b');
    expect(data.province).toBe('hung-yen');
    expect(data.certifications[0]!.formerProvince).toBe('thai-binh');
  });
});

/** File → the path of the issue it must raise and what the message must say. */
const malformed: [file: string, path: PropertyKey[], message: RegExp][] = [
  ['malformed-score-out-of-band.json', ['certifications', 0, 'score'], /5 stars \(90–100 points\)/],
  ['malformed-five-star-province-level.json', ['certifications', 0, 'level'], /central/],
  [
    'malformed-potential-five-star-on-three-star.json',
    ['certifications', 0, 'potentialFiveStar'],
    /only a 4-star/,
  ],
  ['malformed-two-stars.json', ['certifications', 0, 'stars'], /./],
  ['malformed-unknown-category.json', ['category'], /Decision 148 leaf code/],
  ['malformed-unknown-province.json', ['province'], /hung-yen/],
  ['malformed-unknown-former-province.json', ['certifications', 0, 'formerProvince'], /thai-binh/],
  ['malformed-empty-certifications.json', ['certifications'], /at least one certification/],
  ['malformed-bad-date.json', ['certifications', 0, 'decisionDate'], /real calendar date/],
  ['malformed-bad-producer-slug.json', ['producer'], /slug/],
  ['malformed-price-max-below-min.json', ['price', 'max'], /max must not be lower than min/],
  ['malformed-blank-name.json', ['name'], /at least 2 characters/],
  ['malformed-bad-source-url.json', ['certifications', 0, 'source'], /URL/],
  ['malformed-missing-description.json', ['description'], /./],
  ['malformed-extra-field.json', [], /rating/],
  ['malformed-extra-field-in-certification.json', ['certifications', 0], /note/],
];

describe('malformed product fixtures', () => {
  it('every malformed fixture in the folder has an expectation', () => {
    const listed = malformed.map(([f]) => f).sort();
    expect(files.filter((f) => f.startsWith('malformed-')).sort()).toEqual(listed);
  });

  it.each(malformed)('%s fails at %j', (file, path, message) => {
    const result = schema.safeParse(load(file));
    expect(result.success).toBe(false);
    const issues = result.error!.issues;
    const hit = issues.find((i) => JSON.stringify(i.path) === JSON.stringify(path));
    expect(hit, JSON.stringify(issues)).toBeDefined();
    expect(hit!.message).toMatch(message);
    // Each fixture has one defect: no issue is about another field.
    for (const issue of issues) {
      expect(issue.path.slice(0, path.length)).toEqual(path);
    }
  });

  it('an unknown top-level field is reported as an unrecognised key', () => {
    const result = schema.safeParse(load('malformed-extra-field.json'));
    const issue = result.error!.issues[0]!;
    expect(issue.code).toBe('unrecognized_keys');
    expect((issue as { keys?: string[] }).keys).toEqual(['rating']);
  });
});

describe('link fields can be swapped (Astro reference / image)', () => {
  it('uses the given producer schema instead of the slug default', async () => {
    const { z } = await import('astro/zod');
    const upper = productSchema({ producer: z.string().regex(/^[A-Z ]+$/) });
    const raw = load('malformed-bad-producer-slug.json') as Record<string, unknown>;
    expect(upper.safeParse({ ...raw, producer: 'BAD SLUG' }).success).toBe(true);
    expect(upper.safeParse(load('good-banh-cay-lang-nguyen.json')).success).toBe(false);
  });
});
