/** `filter.ts`: clauses from a request, evaluated on documents, and facet counts. */
import { describe, expect, it } from 'vitest';
import { FallbackSearchError } from '../../src/lib/search/fallback/errors.ts';
import {
  compilePredicate,
  countFacets,
  evaluateClauses,
  needsDates,
  requestClauses,
  requestFacets,
} from '../../src/lib/search/fallback/filter.ts';
import type { EngineFacet } from '../../src/lib/search/fallback/format.ts';
import type { Column } from '../../src/lib/search/fallback/load.ts';

// Five documents: provinces and stars as columns, certifiedOn as a numeric column.
const column = (values: string[], codes: number[]): Column => ({
  values,
  codes: Uint8Array.from(codes),
});
const empty = column([], []);
const columns: Record<EngineFacet, Column> = {
  province: column(['ha-noi', 'hue'], [0, 1, 1, 0, 1]),
  stars: column(['5', '4', '3'], [0, 0, 1, 2, 2]),
  categoryGroup: empty,
  categoryNhom: empty,
  categoryLeaf: empty,
  producerType: empty,
  certificateStatus: empty,
  hasImage: empty,
};
const numbers: Record<string, number[]> = {
  stars: [5, 5, 4, 3, 3],
  certifiedOn: [20240101, 20240601, 20250101, 20230101, 20250601],
};
const numeric = (attribute: string) => numbers[attribute]!;
const ids = [0, 1, 2, 3, 4];

describe('requestClauses and requestFacets', () => {
  it('turns refinements into OR clauses, AND-ed with the clauses given', () => {
    expect(
      requestClauses({
        filters: { province: ['hue', 'ha-noi'], stars: [5], categoryGroup: [] },
        clauses: [[{ attribute: 'stars', op: '>=', number: 4 }]],
      }),
    ).toEqual([
      [{ attribute: 'stars', op: '>=', number: 4 }],
      [
        { attribute: 'province', value: 'hue' },
        { attribute: 'province', value: 'ha-noi' },
      ],
      [{ attribute: 'stars', value: '5' }],
    ]);
    const many = Array.from({ length: 31 }, () => [{ attribute: 'stars', value: '5' }]);
    expect(() => requestClauses({ clauses: many })).toThrow(FallbackSearchError);
  });

  it('lists the facets to count, "*" for all, and refuses unknown ones', () => {
    expect(requestFacets({})).toEqual([]);
    expect(requestFacets({ facets: '*' })).toContain('categoryNhom');
    expect(requestFacets({ facets: ['stars', 'certifiedOn'] })).toEqual(['stars', 'certifiedOn']);
    expect(() => requestFacets({ facets: ['colour'] })).toThrow(/colour/);
  });

  it('needs the dates file only for date facets and clauses', () => {
    expect(needsDates(['province'], [[{ attribute: 'stars', value: '5' }]])).toBe(false);
    expect(needsDates(['validUntil'], [])).toBe(true);
    expect(needsDates([], [[{ attribute: 'certifiedOn', min: 1, max: 2 }]])).toBe(true);
  });
});

describe('compilePredicate', () => {
  const pass = (p: Parameters<typeof compilePredicate>[0]) =>
    ids.filter(compilePredicate(p, columns, numeric));

  it('tests facet values, negated or not', () => {
    expect(pass({ attribute: 'province', value: 'hue' })).toEqual([1, 2, 4]);
    expect(pass({ attribute: 'province', value: 'hue', negate: true })).toEqual([0, 3]);
    expect(pass({ attribute: 'province', value: 'da-nang' })).toEqual([]);
  });

  it('compares numbers and ranges', () => {
    expect(pass({ attribute: 'stars', op: '>=', number: 4 })).toEqual([0, 1, 2]);
    expect(pass({ attribute: 'stars', op: '<', number: 4 })).toEqual([3, 4]);
    expect(pass({ attribute: 'stars', op: '!=', number: 5 })).toEqual([2, 3, 4]);
    expect(pass({ attribute: 'certifiedOn', min: 20240101, max: 20241231 })).toEqual([0, 1]);
  });

  it('refuses an attribute that is neither a facet nor a number', () => {
    expect(() => compilePredicate({ attribute: 'colour', value: 'red' }, columns, numeric)).toThrow(
      FallbackSearchError,
    );
  });
});

describe('evaluateClauses and countFacets', () => {
  const clauses = [
    [{ attribute: 'province', value: 'hue' }],
    [
      { attribute: 'stars', value: '5' },
      { attribute: 'stars', value: '4' },
    ],
  ];
  const results = evaluateClauses(ids, clauses, columns, numeric);

  it('marks the clauses each document fails, and the attribute each clause tests', () => {
    expect([...results.failed]).toEqual([0b01, 0, 0, 0b11, 0b10]);
    expect(results.owners).toEqual(['province', 'stars']);
  });

  it('counts each facet without its own clauses (disjunctive)', () => {
    const { facets, facetsStats } = countFacets(
      ids,
      results,
      ['province', 'stars'],
      true,
      columns,
      numeric,
    );
    // province: stars ∈ {5, 4} applies → 0, 1, 2.
    expect(facets['province']).toEqual({ hue: 2, 'ha-noi': 1 });
    // stars: province = hue applies → 1, 2, 4.
    expect(facets['stars']).toEqual({ '3': 1, '4': 1, '5': 1 });
    expect(facetsStats['stars']).toEqual({ min: 3, max: 5, avg: 4, sum: 12 });
  });

  it('counts over the results alone when conjunctive, most frequent first', () => {
    const { facets } = countFacets(ids, results, ['province', 'stars'], false, columns, numeric);
    expect(facets).toEqual({ province: { hue: 2 }, stars: { '4': 1, '5': 1 } });
  });
});
