import { describe, expect, it, onTestFinished } from 'vitest';
import fc from 'fast-check';
import { newCode } from '../../src/lib/domain/code-assignment.ts';
import {
  CODE_PATTERN,
  codeInQuery,
  displayCode,
  normaliseCode,
  parseShortPath,
} from '../../src/lib/domain/codes.ts';
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

describe('codeInQuery', () => {
  it('reads a code typed as printed: capitals, 3 + 3 with a space or a dash, look-alikes', () => {
    for (const typed of ['F4MPG6', 'f4mpg6', ' F4M-PG6 ', 'f4m pg6', 'F4M PG6']) {
      expect(codeInQuery(typed), typed).toBe('f4mpg6');
    }
    expect(codeInQuery('K7Q2MO')).toBe('k7q2m0');
    expect(codeInQuery('IL0ABC')).toBe('110abc');
    expect(codeInQuery('kbhcmx')).toBe('kbhcmx');
  });

  it('leaves words and longer queries to the search', () => {
    for (const query of [
      'coffee',
      'banhlo',
      'mật ong',
      '5 sao ha',
      'f4mpg66',
      'f4',
      'ab-cd-ef',
      'f4mpgu',
    ]) {
      expect(codeInQuery(query), query).toBeUndefined();
    }
  });
});

describe('parseShortPath', () => {
  it('finds the language, kind and code of a typed short URL', () => {
    expect(parseShortPath('/p/F4MPG6/')).toEqual({
      en: false,
      kind: 'p',
      code: 'f4mpg6',
      typed: 'F4MPG6',
    });
    expect(parseShortPath('/en/p/f4m%20pg6')).toEqual({
      en: true,
      kind: 'p',
      code: 'f4mpg6',
      typed: 'f4m pg6',
    });
    expect(parseShortPath('/P/F4M-PGO')?.code).toBe('f4mpg0');
    expect(parseShortPath('/c/K7Q2M4')?.kind).toBe('c');
  });

  it('says when the code cannot be one, and ignores other paths', () => {
    expect(parseShortPath('/p/xyz/')).toEqual({
      en: false,
      kind: 'p',
      code: undefined,
      typed: 'xyz',
    });
    expect(parseShortPath('/p/f4mpg6/qr.png')).toBeUndefined();
    expect(parseShortPath('/san-pham/f4mpg6/')).toBeUndefined();
    expect(parseShortPath('/p/%E0%A4%A/')).toBeUndefined();
  });
});
