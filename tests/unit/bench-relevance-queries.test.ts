import { describe, expect, it } from 'vitest';
import { readCatalogue } from '../../src/lib/content-files/read-content.ts';
import {
  QUERY_KINDS,
  readRelevanceQueries,
  relevanceQuerySchema,
  unknownProductIds,
} from '../../scripts/bench/lib/relevance-queries.ts';

describe('the relevance query set', () => {
  it('has at least 70 queries of every kind, each product named in the sample catalogue', async () => {
    const queries = await readRelevanceQueries();
    expect(queries.length).toBeGreaterThanOrEqual(70);
    expect(new Set(queries.map((q) => q.kind))).toEqual(new Set(QUERY_KINDS));
    expect(new Set(queries.map((q) => q.query)).size).toBe(queries.length);
    const catalogue = await readCatalogue('content');
    expect(unknownProductIds(queries, new Set(catalogue.products.map((p) => p.id)))).toEqual([]);
  });

  it('judges the two examples of issue #16', async () => {
    const queries = await readRelevanceQueries();
    const tea = queries.find((q) => q.query === 'tra shan tuyet');
    expect(tea?.mustNot).toContain('ruou-nep-cai-hoa-vang-phuong-khiem');
    const fishSauce = queries.find((q) => q.query === 'nuoc mam');
    expect(fishSauce?.mustNot).toContain('keo-dua-ca-cao-dong-a');
  });
});

describe('relevanceQuerySchema', () => {
  const good = { query: 'mat ong', kind: 'category', relevant: ['mat-ong-a'], why: 'honey' };

  it('fills the defaults', () => {
    expect(relevanceQuerySchema.parse(good)).toMatchObject({ mustNot: [], locale: 'vi' });
  });

  it.each([
    ['an unknown kind', { ...good, kind: 'fuzzy' }],
    ['an id that is not a slug', { ...good, relevant: ['Mật ong'] }],
    ['a product both relevant and must-not', { ...good, mustNot: ['mat-ong-a'] }],
    ['nothing relevant and no maximum', { ...good, relevant: [] }],
    ['an unknown field', { ...good, relevent: ['x'] }],
    ['no reason', { ...good, why: '' }],
  ])('refuses %s', (_, entry) => {
    expect(relevanceQuerySchema.safeParse(entry).success).toBe(false);
  });

  it('names unknown products', () => {
    const parsed = relevanceQuerySchema.parse({ ...good, mustNot: ['ruou'] });
    expect(unknownProductIds([parsed], new Set(['mat-ong-a']))).toEqual(['ruou']);
  });
});
