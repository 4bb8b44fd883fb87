/**
 * `defineStrings`: what it returns, and what its typing refuses. The `@ts-expect-error` lines
 * are the type-level test: `astro check` (`npm run check`) compiles this file and fails if any of
 * them stops being an error, i.e. if a language could miss a key again.
 */
import { describe, expect, it } from 'vitest';
import { defineStrings } from '../../../src/lib/i18n/define-strings.ts';

describe('defineStrings', () => {
  const strings = defineStrings({
    vi: { title: 'Sản phẩm', count: (n: number) => `${n} sản phẩm`, nav: { home: 'Trang chủ' } },
    en: { title: 'Products', count: (n: number) => `${n} products`, nav: { home: 'Home' } },
  });

  it("returns the page language's words", () => {
    expect(strings('vi').title).toBe('Sản phẩm');
    expect(strings('en').count(2)).toBe('2 products');
    expect(strings('en').nav.home).toBe('Home');
  });

  it('keeps both tables readable, for the key-parity test', () => {
    expect(strings.tables.vi.nav.home).toBe('Trang chủ');
    expect(strings.tables.en).toBe(strings('en'));
  });

  it('refuses, at type level, a table that differs between the languages', () => {
    // Each call runs (the tables are returned as given); what is tested is that it does not compile.
    const tables = [
      defineStrings({
        vi: { title: 'Sản phẩm', intro: 'Giới thiệu' },
        // @ts-expect-error A key missing in English.
        en: { title: 'Products' },
      }),
      defineStrings({
        vi: { title: 'Sản phẩm' },
        // @ts-expect-error A key missing in Vietnamese (English has one more).
        en: { title: 'Products', intro: 'About' },
      }),
      defineStrings({
        vi: { nav: { home: 'Trang chủ', search: 'Tìm kiếm' } },
        // @ts-expect-error A nested key missing in English.
        en: { nav: { home: 'Home' } },
      }),
      defineStrings({
        vi: { nav: { home: 'Trang chủ' } },
        // @ts-expect-error A nested key only English has.
        en: { nav: { home: 'Home', search: 'Search' } },
      }),
      defineStrings({
        vi: { count: (n: number) => `${n} sản phẩm` },
        // @ts-expect-error A function taking other arguments.
        en: { count: (name: string) => `${name} products` },
      }),
      defineStrings({
        vi: { count: (n: number) => `${n} sản phẩm` },
        // @ts-expect-error A function giving something else than words.
        en: { count: (n: number) => n },
      }),
      defineStrings({
        vi: { title: 'Sản phẩm' },
        // @ts-expect-error Words where the other language has a function.
        en: { title: (n: number) => `${n}` },
      }),
    ];
    expect(tables).toHaveLength(7);
  });
});
