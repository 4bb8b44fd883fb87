/**
 * Every strings module under `src/lib/i18n/ui/` says the same things in both languages: the same
 * key tree, the same `{placeholders}` in each template, functions of the same arity, lists of
 * the same length. The type of `en` already follows `vi` (`define-strings.test.ts`); this walks
 * the values, which also reaches what a type lets through (`Record<number, string>`, arrays).
 */
import { readdir } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { DefinedStrings } from '../../../src/lib/i18n/define-strings.ts';

const DIR = new URL('../../../src/lib/i18n/ui/', import.meta.url);

function isDefinedStrings(value: unknown): value is DefinedStrings<unknown> {
  return typeof value === 'function' && 'tables' in value;
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();
}

/** Where `vi` and `en` differ in shape, as paths ("nav.home: only in vi"); empty if they match. */
function shapeDifferences(vi: unknown, en: unknown, path = ''): string[] {
  const at = path || '(root)';
  if (typeof vi === 'string' && typeof en === 'string') {
    const [a, b] = [placeholders(vi), placeholders(en)];
    return a.join() === b.join() ? [] : [`${at}: placeholders {${a.join()}} vs {${b.join()}}`];
  }
  if (typeof vi === 'function' && typeof en === 'function') {
    return vi.length === en.length ? [] : [`${at}: ${vi.length} vs ${en.length} arguments`];
  }
  if (Array.isArray(vi) && Array.isArray(en)) {
    if (vi.length !== en.length) return [`${at}: ${vi.length} vs ${en.length} items`];
    return vi.flatMap((item, i) => shapeDifferences(item, en[i], `${path}[${i}]`));
  }
  if (vi && en && typeof vi === 'object' && typeof en === 'object') {
    const [a, b] = [vi as Record<string, unknown>, en as Record<string, unknown>];
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
    return keys.flatMap((key) => {
      const sub = path ? `${path}.${key}` : key;
      if (!(key in b)) return [`${sub}: only in vi`];
      if (!(key in a)) return [`${sub}: only in en`];
      return shapeDifferences(a[key], b[key], sub);
    });
  }
  return typeof vi === typeof en ? [] : [`${at}: ${typeof vi} vs ${typeof en}`];
}

async function strings(): Promise<[string, DefinedStrings<unknown>][]> {
  const files = (await readdir(DIR)).filter((f) => f.endsWith('.ts')).sort();
  const found: [string, DefinedStrings<unknown>][] = [];
  for (const file of files) {
    const module = (await import(new URL(file, DIR).href)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(module)) {
      if (isDefinedStrings(value)) found.push([`${file} ${name}`, value]);
    }
  }
  return found;
}

describe('interface strings modules', () => {
  it('every file under i18n/ui/ defines its strings with defineStrings', async () => {
    const files = (await readdir(DIR)).filter((f) => f.endsWith('.ts'));
    const withStrings = new Set((await strings()).map(([name]) => name.split(' ')[0]));
    expect(files.filter((f) => !withStrings.has(f))).toEqual([]);
    expect(files.length).toBeGreaterThanOrEqual(25);
  });

  it('say the same things in Vietnamese and English', async () => {
    const differences = (await strings()).flatMap(([name, s]) =>
      shapeDifferences(s.tables.vi, s.tables.en).map((d) => `${name}: ${d}`),
    );
    expect(differences).toEqual([]);
  });

  it('finds a key, an item, a placeholder or an argument one language lacks', () => {
    expect(
      shapeDifferences({ a: 'x', nav: { home: 'y' } }, { nav: { home: 'z', b: 'w' } }),
    ).toEqual(['a: only in vi', 'nav.b: only in en']);
    expect(shapeDifferences({ hints: ['a', 'b'] }, { hints: ['a'] })).toEqual([
      'hints: 2 vs 1 items',
    ]);
    expect(shapeDifferences({ t: 'còn {n} ngày' }, { t: '{days} days left' })).toEqual([
      't: placeholders {n} vs {days}',
    ]);
    expect(
      shapeDifferences({ f: (a: number, b: number) => `${a}${b}` }, { f: (a: number) => `${a}` }),
    ).toEqual(['f: 2 vs 1 arguments']);
    expect(shapeDifferences({ t: 'x' }, { t: () => 'x' })).toEqual(['t: string vs function']);
  });
});
