import { describe, expect, it } from 'vitest';
import { disagreements, scoreQuery, summarise } from '../../scripts/bench/lib/relevance-metrics.ts';
import type { RelevanceQuery } from '../../scripts/bench/lib/relevance-queries.ts';

const query = (relevant: string[], extra: Partial<RelevanceQuery> = {}): RelevanceQuery => ({
  query: 'tra shan tuyet',
  kind: 'no-diacritics',
  relevant,
  mustNot: [],
  locale: 'vi',
  why: 'test',
  ...extra,
});
const answer = (ids: string[], nbHits = ids.length) => ({ ids, nbHits });

describe('scoreQuery', () => {
  it('gives 1 to an answer of exactly the relevant products, in any order', () => {
    const s = scoreQuery(query(['a', 'b']), answer(['b', 'a']));
    expect(s.precisionAt5).toBe(1);
    expect(s.firstR).toBe(1);
    expect(s.recall).toBe(1);
  });

  it('counts padding after the relevant products against precision@5, not first-R', () => {
    const s = scoreQuery(query(['a', 'b']), answer(['a', 'b', 'x', 'y', 'z', 'w'], 76));
    expect(s.precisionAt5).toBe(2 / 5);
    expect(s.firstR).toBe(1);
    expect(s.nbHits).toBe(76);
    expect(s.top5).toEqual(['a', 'b', 'x', 'y', 'z']);
  });

  it('counts missing relevant products against precision@5 and recall', () => {
    const s = scoreQuery(query(['a', 'b', 'c', 'd']), answer(['a']));
    expect(s.precisionAt5).toBe(1 / 4);
    expect(s.recall).toBe(1 / 4);
  });

  it('looks at the first five positions only when more are relevant', () => {
    const relevant = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
    const s = scoreQuery(query(relevant), answer(['a', 'x', 'b', 'c', 'd', 'e', 'f', 'g']));
    expect(s.precisionAt5).toBe(4 / 5);
    expect(s.recall).toBe(1);
  });

  it('scores no hits 0 and reports must-not products and hits over the maximum', () => {
    expect(scoreQuery(query(['a']), answer([])).precisionAt5).toBe(0);
    const s = scoreQuery(query(['a'], { mustNot: ['wine'] }), answer(['a', 'wine']));
    expect(s.violations).toEqual(['wine']);
    const common = scoreQuery(query([], { maxHits: 5 }), answer(['a'], 29));
    expect(common.precisionAt5).toBeUndefined();
    expect(common.overMax).toBe(true);
  });
});

describe('summarise', () => {
  it('averages over the queries with relevant products; hits over all', () => {
    const scores = [
      scoreQuery(query(['a']), answer(['a'])),
      scoreQuery(query(['a'], { kind: 'typo' }), answer([])),
      scoreQuery(query([], { maxHits: 5, kind: 'common' }), answer(['x'], 9)),
    ];
    const s = summarise(scores);
    expect(s.judged).toBe(2);
    expect(s.precisionAt5).toBe(0.5);
    expect(s.zeroResultRate).toBe(0.5);
    expect(s.meanHits).toBeCloseTo(10 / 3);
    expect(s.overMax).toBe(1);
    expect(s.precisionByKind).toEqual({ 'no-diacritics': 1, typo: 0 });
  });
});

describe('disagreements', () => {
  it('lists queries whose top 5 differ as sets, or where one engine finds nothing', () => {
    const q = query(['a', 'b']);
    const a = [
      scoreQuery(q, answer(['a', 'b'])),
      scoreQuery(q, answer(['a'])),
      scoreQuery(q, answer(['a'])),
    ];
    const b = [
      scoreQuery(q, answer(['b', 'a'])),
      scoreQuery(q, answer([])),
      scoreQuery(q, answer(['b'])),
    ];
    const found = disagreements(a, b, ['Meilisearch', 'Server-less']);
    expect(found.map((d) => d.reason)).toEqual(['Server-less finds nothing', 'top-5 differs']);
  });
});
