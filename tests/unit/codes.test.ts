import { describe, expect, it, onTestFinished } from 'vitest';
import fc from 'fast-check';
import { newCode } from '../../src/lib/domain/code-assignment.ts';
import { CODE_PATTERN, displayCode, normaliseCode } from '../../src/lib/domain/codes.ts';
import { readCatalogue } from '../../src/lib/content-files/read-content.ts';

describe('newCode', () => {
  it('gives the same code for the same seed, in the code alphabet', () => {
    expect(newCode('product:banh-cay', new Set())).toBe(newCode('product:banh-cay', new Set()));
    expect(newCode('product:banh-cay', new Set())).toMatch(CODE_PATTERN);
  });

  it('never repeats a taken code, even for the same seed', () => {
    const taken = new Set<string>();
    const codes = Array.from({ length: 200 }, () => newCode('product:same', taken));
    expect(new Set(codes).size).toBe(200);
    expect(taken.size).toBe(200);
  });

  it('stays unique over 20,000 catalogue-like seeds', () => {
    const taken = new Set<string>();
    for (let i = 0; i < 20_000; i++) newCode(`product:san-pham-${String(i)}`, taken);
    expect(taken.size).toBe(20_000);
  });
});

describe('normaliseCode', () => {
  it('reads a code typed from a label in any case, with spaces or dashes', () => {
    expect(normaliseCode(' K7Q-2M4 ')).toBe('k7q2m4');
    expect(normaliseCode('k7q 2m4')).toBe('k7q2m4');
  });

  it('reads the look-alikes I, L and O as 1, 1 and 0', () => {
    expect(normaliseCode('IL0O9z')).toBe('11009z');
  });

  it('refuses anything that is not six code characters', () => {
    for (const bad of ['', 'k7q2m', 'k7q2m45', 'k7q2mu', 'k7q/2m', 'ñ7q2m4']) {
      expect(normaliseCode(bad)).toBeUndefined();
    }
  });

  it('round-trips every display code', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), (seed) => {
        const code = newCode(seed, new Set());
        return normaliseCode(displayCode(code)) === code;
      }),
    );
  });
});

describe('codes in the catalogue', () => {
  it('every product and producer in content/ has its own code', async () => {
    const catalogue = await readCatalogue('content');
    const products = catalogue.products.map((p) => p.data.code);
    const producers = catalogue.producers.map((p) => p.data.code);
    expect(new Set(products).size).toBe(products.length);
    expect(new Set(producers).size).toBe(producers.length);
  });
});

describe('duplicate codes', () => {
  it('are refused naming both files and the field', async () => {
    const { cp, mkdtemp, readFile, rm, writeFile } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    const path = await import('node:path');
    const dir = await mkdtemp(path.join(tmpdir(), 'ocop-codes-'));
    onTestFinished(() => rm(dir, { recursive: true, force: true }));
    await cp('tests/fixtures/content/catalogues/valid', dir, { recursive: true });
    const first = JSON.parse(
      await readFile(path.join(dir, 'products/banh-cay-lang-nguyen.json'), 'utf8'),
    ) as { code: string };
    const second = path.join(dir, 'products/mat-hoa-dua.json');
    const json = JSON.parse(await readFile(second, 'utf8')) as { code: string };
    await writeFile(second, JSON.stringify({ ...json, code: first.code }));
    const { problems } = await readCatalogue(dir, { lenient: true });
    expect(problems).toEqual([
      expect.objectContaining({
        file: second,
        field: 'code',
        message: expect.stringContaining('products/banh-cay-lang-nguyen.json') as string,
      }),
    ]);
  });
});
