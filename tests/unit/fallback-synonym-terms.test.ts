/** `synonym-terms.ts`: the Meilisearch synonym table, compact in the manifest, and query terms. */
import { describe, expect, it } from 'vitest';
import { FORMER_PROVINCES, getProvince } from '../../src/lib/domain/provinces.ts';
import { foldVietnamese } from '../../src/lib/domain/vietnamese.ts';
import { buildSynonyms } from '../../src/lib/search/synonyms.ts';
import { parseQuery } from '../../src/lib/search/fallback/query.ts';
import {
  compactSynonyms,
  decodeSynonyms,
  queryTerms,
} from '../../src/lib/search/fallback/synonym-terms.ts';

const table = buildSynonyms();
const synonyms = decodeSynonyms(compactSynonyms(table));
const fold = (s: string) =>
  foldVietnamese(s)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

describe('the compact table', () => {
  it('leads every former province name to its 2025 successor, as Meilisearch’s table does', () => {
    for (const former of FORMER_PROVINCES) {
      const successor = getProvince(former.successor)!;
      const key = fold(former.name);
      if (key === fold(successor.name)) continue;
      if (!table[former.name]) continue; // a name Meilisearch splits (more than three words)
      expect(synonyms.get(key), former.name).toContain(fold(successor.name));
    }
    expect(synonyms.get('thai binh')).toEqual(['hung yen']);
  });

  it('keeps the everyday groups mutual, folded, once', () => {
    expect(synonyms.get('cafe')).toEqual(['ca phe', 'coffee']);
    expect(synonyms.get('ca phe')).toEqual(['cafe', 'coffee']);
    expect(synonyms.get('htx')).toEqual(['hop tac xa']);
    expect(synonyms.get('hop tac xa')).toEqual(['htx']);
    // chè ↔ trà is a name alias only (`name-aliases.ts`).
    expect(synonyms.get('tra')).toBeUndefined();
  });

  it('holds nothing folding makes pointless, and reads back what it wrote', () => {
    const text = compactSynonyms({ Café: ['cafe', 'cà phê'], 'Thái Bình': ['Hưng Yên'] });
    expect(text).toBe('cafe>ca phe;thai binh>hung yen');
    expect(decodeSynonyms(text)).toEqual(
      new Map([
        ['cafe', ['ca phe']],
        ['thai binh', ['hung yen']],
      ]),
    );
    expect(decodeSynonyms('')).toEqual(new Map());
  });
});

describe('queryTerms', () => {
  const terms = (q: string) =>
    queryTerms(parseQuery(q).words, synonyms).map((t) => [
      t.words.map((w) => w.folded).join(' '),
      t.synonyms.map((s) => s.map((w) => w.folded).join(' ')),
    ]);

  it('makes the longest known phrase from the left one term with its synonyms', () => {
    expect(terms('banh cay thai binh')).toEqual([
      ['banh', []],
      ['cay', []],
      ['thai binh', ['hung yen']],
    ]);
    expect(terms('tp ho chi minh')[1]).toEqual([
      'ho chi minh',
      ['hcm', 'sai gon', 'saigon', 'tp hcm', 'tphcm'],
    ]);
  });

  it('expands a phrase whose last word is still being typed, once it is whole', () => {
    expect(terms('thai binh')[0]![1]).toEqual(['hung yen']);
    expect(terms('thai bin')).toEqual([
      ['thai', []],
      ['bin', []],
    ]);
  });

  it('gives synonym words that are never prefixes', () => {
    const [term] = queryTerms(parseQuery('cafe').words, synonyms);
    expect(term!.words[0]!.prefix).toBe(true);
    expect(term!.synonyms.flat().every((w) => !w.prefix)).toBe(true);
  });
});
