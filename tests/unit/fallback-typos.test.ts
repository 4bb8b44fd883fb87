/** `typos.ts`: Meilisearch's typo rule — budget by length, Damerau edits, first letter, prefix. */
import { describe, expect, it } from 'vitest';
import {
  editDistance,
  typoBudget,
  typoCandidates,
  typos,
  typoVocabulary,
} from '../../src/lib/search/fallback/typos.ts';

describe('typoBudget', () => {
  it('allows none under 5 letters, one from 5, two from 9', () => {
    expect([4, 5, 8, 9, 12].map((n) => typoBudget('x'.repeat(n)))).toEqual([0, 1, 1, 2, 2]);
  });
});

describe('editDistance', () => {
  it('counts insertions, deletions, replacements and swaps of neighbours as one edit each', () => {
    expect(editDistance('nguyen', 'nguyen')).toBe(0);
    expect(editDistance('nguyen', 'nguyeen')).toBe(1);
    expect(editDistance('nguyen', 'nguen')).toBe(1);
    expect(editDistance('nguyen', 'nguyan')).toBe(1);
    expect(editDistance('nguyen', 'nguyne')).toBe(1);
    expect(editDistance('nguyen', 'ngyuen')).toBe(1);
    expect(editDistance('nguyen', 'nyugen')).toBe(2);
  });

  it('measures to the closest beginning of the second word as a prefix', () => {
    expect(editDistance('nguye', 'nguyen', true)).toBe(0);
    expect(editDistance('ngiye', 'nguyen', true)).toBe(1);
    expect(editDistance('ngiye', 'nguyen')).toBe(2);
  });
});

describe('typos', () => {
  it('finds one typo from 5 letters, none under', () => {
    expect(typos('thuong', 'thuoong')).toBe(1);
    expect(typos('thuon', 'thuong')).toBe(1);
    expect(typos('thuo', 'thuong')).toBeUndefined();
    expect(typos('banh', 'bang')).toBeUndefined();
  });

  it('finds two from 9 letters, never three', () => {
    expect(typos('chrisanta', 'chrysantha')).toBe(2);
    expect(typos('chrisantx', 'chrysantha')).toBeUndefined();
    expect(typos('crysantha', 'chrysantha')).toBe(1);
    expect(typos('thuongg', 'thuonggxx')).toBeUndefined();
  });

  it('counts a typo on the first letter as two', () => {
    expect(typos('mguyen', 'nguyen')).toBeUndefined();
    expect(typos('xhrysantha', 'chrysantha')).toBe(2);
    expect(typos('xhrysanthx', 'chrysantha')).toBeUndefined();
  });

  it('is no typo match when the word is the token or (typed) starts it', () => {
    expect(typos('nguyen', 'nguyen')).toBeUndefined();
    expect(typos('nguye', 'nguyen', true)).toBeUndefined();
    expect(typos('ngiye', 'nguyen', true)).toBe(1);
    expect(typos('ngiye', 'nguyen')).toBeUndefined();
  });
});

describe('the vocabulary', () => {
  const vocabulary = typoVocabulary([
    'nguyen',
    'nguyet',
    'ban',
    'banh',
    'nguyen',
    'thuong',
    'truong',
  ]);

  it('keeps tokens of 4 letters or more, once, sorted', () => {
    expect(vocabulary).toBe('banh nguyen nguyet thuong truong');
  });

  it('gives the tokens near a word, fewest typos first', () => {
    // "nguyet" is two typos from "nguyan": too many at 6 letters.
    expect([...typoCandidates('nguyan', vocabulary)]).toEqual([['nguyen', 1]]);
    // Fewest typos first.
    expect([...typoCandidates('chrysanthuma', 'chrysantha chrysanthum')]).toEqual([
      ['chrysanthum', 1],
      ['chrysantha', 2],
    ]);
    // A word being typed: "truongx" is one typo from the start of "truong…", "truongxx" two.
    expect([...typoCandidates('truongx', vocabulary, true)]).toEqual([['truong', 1]]);
    expect([...typoCandidates('truongxx', vocabulary, true)]).toEqual([]);
    expect([...typoCandidates('thuongx', vocabulary)]).toEqual([['thuong', 1]]);
    expect(typoCandidates('banj', vocabulary).size).toBe(0);
  });
});
