/** `rank.ts`: relevance from how a document matched, proximity, and the order of each sort. */
import { describe, expect, it } from 'vitest';
import type { Dates, NameOrder } from '../../src/lib/search/fallback/load.ts';
import {
  FAR_PAIR,
  pairDistance,
  relevance,
  sortDocuments,
  type MatchSummary,
} from '../../src/lib/search/fallback/rank.ts';

const base: MatchSummary = {
  typos: 0,
  descriptionOnly: 0,
  distance: 0,
  synonyms: 0,
  exact: 0,
  inName: 0,
  whole: 0,
};
const score = (s: Partial<MatchSummary>) => relevance({ ...base, ...s });

describe('relevance', () => {
  // Each criterion outweighs everything after it, at its worst.
  const allGood = { exact: 10, inName: 10, whole: 10 };
  it('ranks fewer typos first, then fewer description-only words, closer words, fewer synonyms', () => {
    expect(score({ typos: 0, descriptionOnly: 10, distance: 63, synonyms: 10 })).toBeGreaterThan(
      score({ typos: 1, ...allGood }),
    );
    expect(score({ descriptionOnly: 0, distance: 63, synonyms: 10 })).toBeGreaterThan(
      score({ descriptionOnly: 1, ...allGood }),
    );
    expect(score({ distance: 0, synonyms: 10 })).toBeGreaterThan(
      score({ distance: 1, ...allGood }),
    );
    expect(score({ synonyms: 0 })).toBeGreaterThan(score({ synonyms: 1, ...allGood }));
  });

  it('then exact diacritics, then words in the name, then whole words', () => {
    expect(score({ exact: 1 })).toBeGreaterThan(score({ inName: 10, whole: 10 }));
    expect(score({ inName: 1 })).toBeGreaterThan(score({ whole: 10 }));
    expect(score({ whole: 1 })).toBeGreaterThan(score({}));
  });

  it('stays below 2^31', () => {
    expect(score({ exact: 15, inName: 15, whole: 15 })).toBeLessThan(2 ** 31);
  });
});

describe('pairDistance', () => {
  const placed = (name: number, province = -1, leaf = -1) => ({
    positions: Int8Array.of(name),
    provincePositions: Int8Array.of(province),
    leafPositions: Int8Array.of(leaf),
  });
  const at = { id: 0, province: 0, leaf: 0 };

  it('is 0 for words side by side in the order typed, in the name or a province name', () => {
    expect(pairDistance(placed(2), placed(3), at)).toBe(0);
    expect(pairDistance(placed(-1, 0), placed(-1, 1), at)).toBe(0);
    expect(pairDistance(placed(-1, -1, 4), placed(-1, -1, 5), at)).toBe(0);
  });

  it('grows with the gap and the wrong order, and is the most for words in different fields', () => {
    expect(pairDistance(placed(0), placed(3), at)).toBe(2);
    expect(pairDistance(placed(3), placed(2), at)).toBe(2);
    expect(pairDistance(placed(0), placed(60), at)).toBe(FAR_PAIR - 1);
    expect(pairDistance(placed(0), placed(-1, 1), at)).toBe(FAR_PAIR);
    expect(pairDistance(placed(-1, 1), placed(-1, 0), at)).toBe(FAR_PAIR);
  });
});

describe('sortDocuments', () => {
  const ranked = { ids: [0, 1, 2, 3], scores: [5, 9, 5, 1] };
  const starCodes = Uint8Array.of(1, 2, 0, 0);
  const dates = { certifiedDay: Int32Array.of(100, 300, 200, 300) } as unknown as Dates;
  const nameOrder: NameOrder = {
    rank: Uint32Array.of(2, 0, 3, 1),
    ids: Uint32Array.of(1, 3, 0, 2),
  };

  it('sorts by relevance, ties by document number', () => {
    expect(sortDocuments(ranked, 'relevance', { starCodes })).toEqual([1, 0, 2, 3]);
  });

  it('sorts by stars (best block first), then relevance', () => {
    expect(sortDocuments(ranked, 'stars', { starCodes })).toEqual([2, 3, 0, 1]);
  });

  it('sorts by newest certificate, then relevance', () => {
    expect(sortDocuments(ranked, 'newest', { starCodes, dates })).toEqual([1, 3, 2, 0]);
  });

  it('sorts by name order, only the documents given', () => {
    expect(
      sortDocuments({ ids: [0, 2, 3], scores: [0, 0, 0] }, 'name', { starCodes, nameOrder }),
    ).toEqual([3, 0, 2]);
  });
});
