/** `query.ts`: a query's words, folded, exact, the last one a prefix while typed. */
import { describe, expect, it } from 'vitest';
import { MAX_WORDS, parseQuery } from '../../src/lib/search/fallback/query.ts';

describe('parseQuery', () => {
  it('folds each word and keeps its exact form', () => {
    const { words, withDiacritics } = parseQuery('Bánh  Cáy');
    expect(words.map((w) => [w.text, w.folded, w.exact])).toEqual([
      ['bánh', 'banh', 'banh|1'],
      ['cáy', 'cay', 'cay|1'],
    ]);
    expect(withDiacritics).toBe(true);
    expect(parseQuery('banh cay').withDiacritics).toBe(false);
  });

  it('makes the last word a prefix unless a separator follows it', () => {
    expect(parseQuery('banh ca').words.map((w) => w.prefix)).toEqual([false, true]);
    expect(parseQuery('banh ca ').words.map((w) => w.prefix)).toEqual([false, false]);
    expect(parseQuery('banh ca,').words.at(-1)!.prefix).toBe(false);
  });

  it('keeps at most ten words, none of them a prefix when words were cut', () => {
    const words = parseQuery('a b c d e f g h i j k l').words;
    expect(words).toHaveLength(MAX_WORDS);
    expect(words.some((w) => w.prefix)).toBe(false);
  });

  it('treats old and new tone placement alike ("hoá" = "hóa")', () => {
    expect(parseQuery('Hoá').words[0]!.exact).toBe(parseQuery('hóa').words[0]!.exact);
  });

  it('gives no words for an empty or punctuation-only query', () => {
    expect(parseQuery('  ').words).toEqual([]);
    expect(parseQuery(' - / ').words).toEqual([]);
  });
});
