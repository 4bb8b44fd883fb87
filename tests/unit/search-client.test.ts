import { describe, expect, it } from 'vitest';
import {
  createSearchClient,
  finishQuery,
  finishSettled,
  sanitizeFacetFilters,
  sanitizeRequests,
} from '../../src/islands/search/search-client.ts';
import type { SearchConfig } from '../../src/islands/search/search-config.ts';

describe('sanitizeFacetFilters', () => {
  it('keeps known facets with slug values, OR groups included', () => {
    expect(sanitizeFacetFilters([['province:ha-noi', 'province:hue'], 'stars:5'])).toEqual([
      ['province:ha-noi', 'province:hue'],
      'stars:5',
    ]);
  });

  it('drops unknown attributes and crafted values', () => {
    expect(
      sanitizeFacetFilters([
        ['province:Hà Nội" OR stars >= 0 OR province = "x', 'province:hue'],
        'secret:1',
        'stars:5 OR 1=1',
        ['name:x'],
        42,
      ]),
    ).toEqual([['province:hue']]);
    expect(sanitizeFacetFilters('province:ha-noi')).toEqual([]);
  });

  it('removes numeric and free filters from every request', () => {
    const [request] = sanitizeRequests([
      {
        indexName: 'products',
        params: {
          query: 'x',
          numericFilters: ['stars>=0 OR province = "x"'],
          filters: 'stars > 0',
          facetFilters: [['province:ha-noi']],
        },
      },
    ]);
    expect(request?.params).toEqual({ query: 'x', facetFilters: [['province:ha-noi']] });
  });
});

const config = (meilisearch: SearchConfig['meilisearch']): SearchConfig =>
  ({
    locale: 'vi',
    meilisearch,
    fallbackUrl: '/x/',
    productPath: '/san-pham',
    labels: {},
  }) as never;

describe('createSearchClient', () => {
  it('switches to the fallback and says so when Meilisearch does not answer', async () => {
    let told = 0;
    // Port 9 (discard) on loopback refuses connections: a Meilisearch that is down.
    const client = createSearchClient(
      config({ host: 'http://127.0.0.1:9', searchKey: 'k' }),
      () => (told += 1),
    );
    // The fallback fetches /x/manifest.json, which does not exist here: it fails too, but only
    // after the switch, which is what this test observes.
    await expect(
      client.search([{ indexName: 'products', params: { query: 'a' } }]),
    ).rejects.toThrow();
    expect(told).toBe(1);
  });
});

describe('a query that arrives in the address is finished', () => {
  it('finishQuery ends a query with one space (the last word whole), an empty one stays empty', () => {
    expect(finishQuery('banh tr')).toBe('banh tr ');
    expect(finishQuery('  mat ong  ')).toBe('mat ong ');
    expect(finishQuery('')).toBe('');
    expect(finishQuery('   ')).toBe('   ');
  });

  it("finishSettled finishes only the address's query; one being typed keeps its prefix", () => {
    const requests = [
      { indexName: 'products', params: { query: 'banh trang', hitsPerPage: 24 } },
      { indexName: 'products', params: { query: 'banh tra' } },
      { indexName: 'products', params: { facetFilters: ['stars:5'] } },
    ];
    expect(finishSettled(requests, 'banh trang').map((r) => r.params?.['query'])).toEqual([
      'banh trang ',
      'banh tra',
      undefined,
    ]);
    expect(finishSettled(requests, 'banh trang')[0]!.params!['hitsPerPage']).toBe(24);
    expect(finishSettled(requests, '')).toEqual(requests);
  });
});
