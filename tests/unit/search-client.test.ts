import { describe, expect, it } from 'vitest';
import {
  createSearchClient,
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
