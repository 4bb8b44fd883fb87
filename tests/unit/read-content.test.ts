import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import {
  ContentError,
  describeZodError,
  formatPath,
  InvalidContentError,
} from '../../src/lib/content-files/errors.ts';
import { checkReferences, readCatalogue } from '../../src/lib/content-files/read-content.ts';

const fixtures = fileURLToPath(new URL('../fixtures/content/catalogues/', import.meta.url));
const validDir = path.join(fixtures, 'valid');
const realContent = fileURLToPath(new URL('../../content/', import.meta.url));

/** The broken catalogue plus a file that is not JSON at all (kept out of the repo for Prettier). */
let brokenDir: string;
beforeAll(async () => {
  brokenDir = await mkdtemp(path.join(tmpdir(), 'ocop-broken-'));
  await cp(path.join(fixtures, 'broken'), brokenDir, { recursive: true });
  await writeFile(
    path.join(brokenDir, 'products', 'not-json.json'),
    '{\n  "name": "Bánh cáy",\n  "category": "I.3.b",\n}\n',
  );
});
afterAll(async () => {
  await rm(brokenDir, { recursive: true, force: true });
});

const problemKey = (p: { file: string; field: string }) =>
  `${path.relative(brokenDir, p.file)} ${p.field}`;

describe('readCatalogue on a valid mini catalogue', () => {
  it('returns every entry with its id, file and parsed data, and no problems', async () => {
    const cat = await readCatalogue(validDir);
    expect(cat.problems).toEqual([]);
    expect(cat.products.map((e) => e.id)).toEqual(['banh-cay-lang-nguyen', 'mat-hoa-dua']);
    expect(cat.producers.map((e) => e.id)).toEqual([
      'cty-hoa-dua-fixture',
      'htx-banh-cay-lang-nguyen',
    ]);
    expect(cat.salesPoints.map((e) => e.id)).toEqual(['hung-yen-diem-ocop-thai-binh']);
    const banhCay = cat.products[0]!;
    expect(banhCay.file).toBe(path.join(validDir, 'products', 'banh-cay-lang-nguyen.json'));
    expect(banhCay.data.name).toBe('Bánh cáy làng Nguyễn');
    expect(banhCay.data.channels).toEqual([]); // parsed, so defaults are filled in
  });

  it('ignores files that do not end in .json', async () => {
    const cat = await readCatalogue(validDir);
    expect(cat.products.every((e) => e.file.endsWith('.json'))).toBe(true);
    expect(cat.products).toHaveLength(2);
  });
});

describe('readCatalogue on a broken catalogue', () => {
  it('throws InvalidContentError', async () => {
    const error = await readCatalogue(brokenDir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidContentError);
    expect(error).toBeInstanceOf(ContentError);
    expect((error as Error).name).toBe('InvalidContentError');
  });

  it('names the file, the field and a plain message for every problem', async () => {
    const error = (await readCatalogue(brokenDir).catch((e: unknown) => e)) as InvalidContentError;
    const byKey = new Map(error.problems.map((p) => [problemKey(p), p.message]));
    expect([...byKey.keys()].sort()).toEqual(
      [
        'producers/bad-email.json email',
        'products/missing-producer.json producer',
        'products/missing-sales-point.json salesPoints[1]',
        'products/not-json.json (file)',
        'products/score-out-of-band.json certifications[0].score',
      ].map((k) => k.replace(/\//g, path.sep)),
    );
    const msg = (k: string) => byKey.get(k.replace(/\//g, path.sep));
    expect(msg('products/score-out-of-band.json certifications[0].score')).toMatch(
      /a score of 60 does not match 5 stars \(90–100 points\)/,
    );
    expect(msg('producers/bad-email.json email')).toMatch(/e-mail address/);
    expect(msg('products/not-json.json (file)')).toMatch(/^is not valid JSON/);
    expect(msg('products/missing-producer.json producer')).toBe(
      'names producer "htx-khong-ton-tai", which has no file in producers/',
    );
    expect(msg('products/missing-sales-point.json salesPoints[1]')).toBe(
      'names sales point "diem-ban-khong-ton-tai", which has no file in sales-points/',
    );
  });

  it('lists the problems in the error message, one per line', async () => {
    const error = (await readCatalogue(brokenDir).catch((e: unknown) => e)) as InvalidContentError;
    expect(error.message).toMatch(/^5 problems in content:\n/);
    expect(error.message).toContain(
      `${path.join(brokenDir, 'products', 'score-out-of-band.json')}: certifications[0].score: a score of 60`,
    );
    expect(error.message.split('\n')).toHaveLength(6);
  });

  it('with { lenient: true } returns the valid entries and the problems', async () => {
    const cat = await readCatalogue(brokenDir, { lenient: true });
    expect(cat.problems).toHaveLength(5);
    // Entries that parse are returned, even when their references are broken.
    expect(cat.products.map((e) => e.id)).toEqual([
      'banh-cay-lang-nguyen',
      'missing-producer',
      'missing-sales-point',
    ]);
    expect(cat.producers.map((e) => e.id)).toEqual(['htx-banh-cay-lang-nguyen']);
    expect(cat.salesPoints.map((e) => e.id)).toEqual(['hung-yen-diem-ocop-thai-binh']);
  });
});

describe('checkReferences', () => {
  it('reports a missing producer and a missing sales point, and nothing for good links', async () => {
    const cat = await readCatalogue(validDir);
    expect(checkReferences(cat)).toEqual([]);
    const product = cat.products[0]!;
    const broken = {
      ...cat,
      products: [
        { ...product, data: { ...product.data, producer: 'khong-co', salesPoints: ['a', 'b'] } },
      ],
    };
    expect(checkReferences(broken).map((p) => p.field)).toEqual([
      'producer',
      'salesPoints[0]',
      'salesPoints[1]',
    ]);
    expect(checkReferences(broken).every((p) => p.file === product.file)).toBe(true);
  });

  it('a product whose producer file is invalid gets a reference problem too', async () => {
    const cat = await readCatalogue(validDir);
    const withoutProducers = { ...cat, producers: [] };
    expect(checkReferences(withoutProducers).map((p) => p.message)).toEqual([
      'names producer "htx-banh-cay-lang-nguyen", which has no file in producers/',
      'names producer "cty-hoa-dua-fixture", which has no file in producers/',
    ]);
  });
});

describe('errors helpers', () => {
  it('formatPath writes indexes in brackets and keys with dots', () => {
    expect(formatPath(['certifications', 1, 'score'])).toBe('certifications[1].score');
    expect(formatPath(['price', 'max'])).toBe('price.max');
    expect(formatPath([0, 'name'])).toBe('[0].name');
    expect(formatPath([])).toBe('');
  });

  it('describeZodError names the whole entry when the path is empty', () => {
    const result = z.object({ a: z.string() }).strict().safeParse({ a: 'x', b: 1 });
    const problems = describeZodError('x.json', result.error!);
    expect(problems).toEqual([
      { file: 'x.json', field: '(whole entry)', message: expect.stringMatching(/"b"/) as unknown },
    ]);
  });

  it('InvalidContentError uses the singular for one problem', () => {
    const error = new InvalidContentError([{ file: 'a.json', field: 'name', message: 'is blank' }]);
    expect(error.message).toBe('1 problem in content:\n  a.json: name: is blank');
    expect(error.problems).toHaveLength(1);
  });
});

describe('the real content/ folder', () => {
  it('validates with zero problems', async () => {
    const cat = await readCatalogue(realContent, { lenient: true });
    expect(cat.problems).toEqual([]);
    expect(cat.products.length).toBeGreaterThan(0);
    expect(cat.producers.length).toBeGreaterThan(0);
  });
});
