/**
 * The Meilisearch setup chosen by the relevance bench, on a real Meilisearch 1.21 with the
 * sample catalogue (`content/`): what the index and the page's requests carry, the two
 * examples of issue #16, facet counts equal to the browse pages' counts, and the bench's
 * figures on the whole query set (the bench's own library, as `npm run bench:relevance` runs
 * it).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Meilisearch } from 'meilisearch';
import {
  measureFallback,
  measureMeilisearch,
  type EngineRun,
} from '../../scripts/bench/lib/relevance.ts';
import { meilisearchEngine } from '../../scripts/bench/lib/relevance-engines.ts';
import { readRelevanceQueries } from '../../scripts/bench/lib/relevance-queries.ts';
import { readCatalogue, type Catalogue } from '../../src/lib/content-files/read-content.ts';
import { productStanding } from '../../src/lib/domain/product-standing.ts';
import { buildSearchDocuments } from '../../src/lib/search/documents.ts';
import { ensurePublicSearchKey } from '../../src/lib/search/meilisearch/keys.ts';
import { MEILISEARCH_SEARCH_PARAMS } from '../../src/lib/search/meilisearch/search-params.ts';
import { indexSettings } from '../../src/lib/search/meilisearch/settings.ts';
import { startMeilisearch, type MeilisearchTestServer } from '../support/meilisearch-server.ts';

/** A fixed day, so statuses (and the figures) do not move with the calendar. */
const TODAY = '2026-12-06';

let server: MeilisearchTestServer;
let catalogue: Catalogue;
let run: EngineRun;
let searchKey: string;

beforeAll(async () => {
  server = await startMeilisearch();
  catalogue = await readCatalogue('content');
  const documents = buildSearchDocuments(catalogue, TODAY);
  run = await measureMeilisearch(server.client, documents, await readRelevanceQueries());
  searchKey = (await ensurePublicSearchKey(server.client)).key;
});

afterAll(async () => {
  await server.stop();
});

const scoreOf = (query: string) => {
  const score = run.scores.find((s) => s.query === query);
  if (!score) throw new Error(`"${query}" is not in the query set`);
  return score;
};

describe('the chosen setup', () => {
  it('is what the products index has: the description lead searched, not the description', async () => {
    const actual = await server.client.index('products').getSettings();
    expect(actual.searchableAttributes).toEqual(indexSettings().products.searchableAttributes);
    expect(actual.searchableAttributes).toContain('descriptionLead');
    expect(actual.searchableAttributes).not.toContain('description');
  });

  it('is what the search page sends: every word must match', async () => {
    const bodies: string[] = [];
    const originalFetch = globalThis.fetch;
    globalThis.fetch = (input, init) => {
      if (typeof init?.body === 'string') bodies.push(init.body);
      return originalFetch(input, init);
    };
    try {
      await meilisearchEngine(server.host, searchKey)('nuoc mam');
    } finally {
      globalThis.fetch = originalFetch;
    }
    // The client's first request of a visit asks for the facets of "" (no `q`): not a search.
    const queries = bodies
      .flatMap(
        (body) => (JSON.parse(body) as { queries?: Record<string, unknown>[] }).queries ?? [],
      )
      // Asked as submitted: the last word whole (`finishQuery`).
      .filter((query) => query['q'] === 'nuoc mam ');
    expect(queries.length).toBeGreaterThan(0);
    for (const query of queries) {
      expect(query['matchingStrategy']).toBe(MEILISEARCH_SEARCH_PARAMS.matchingStrategy);
    }
    expect(MEILISEARCH_SEARCH_PARAMS.matchingStrategy).toBe('all');
  });
});

describe('the examples of issue #16', () => {
  it('"tra shan tuyet" finds the Shan tuyết teas and no rice wine', () => {
    const score = scoreOf('tra shan tuyet');
    expect(score.violations).toEqual([]);
    expect(score.top5.slice(0, 2).sort()).toEqual([
      'che-shan-tuyet-hong-thai-1-tom-1-la',
      'che-shan-tuyet-suoi-giang',
    ]);
    expect(score.nbHits).toBeLessThanOrEqual(5);
  });

  it('"nuoc mam" finds the fish sauces and no coconut candy', () => {
    const score = scoreOf('nuoc mam');
    expect(score.violations).toEqual([]);
    expect(score.recall).toBe(1);
    expect(score.top5.every((id) => id.startsWith('nuoc-mam-'))).toBe(true);
  });
});

describe('facet counts', () => {
  /** What the browse pages count: listed (not revoked) products, as `lib/catalogue` groups them. */
  function browseCounts() {
    const counts = { province: new Map<string, number>(), category: new Map<string, number>() };
    const stars = new Map<string, number>();
    const add = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
    for (const { data } of catalogue.products) {
      const standing = productStanding(data, TODAY);
      if (!standing.listed) continue;
      add(counts.province, data.province);
      for (const category of standing.categoryPath) add(counts.category, category.code);
      add(stars, String(standing.stars));
    }
    return { ...counts, stars };
  }

  const facetsOf = async () => {
    const site = new Meilisearch({ host: server.host, apiKey: searchKey });
    const facets = ['province', 'categoryGroup', 'categoryNhom', 'categoryLeaf', 'stars'];
    const result = await site.index('products').search('', { limit: 0, facets });
    return result.facetDistribution ?? {};
  };

  it('equal the browse pages’ for every province, and leave revoked products out', async () => {
    const browse = browseCounts();
    const facets = await facetsOf();
    expect(new Map(Object.entries(facets['province'] ?? {}))).toEqual(browse.province);
    // Đắk Lắk's one coffee is revoked: its page lists no product, and the facet has no value.
    const revoked = catalogue.products.filter(
      (p) => !productStanding(p.data, TODAY).listed && p.data.province === 'dak-lak',
    );
    expect(revoked).toHaveLength(1);
    expect(facets['province']?.['dak-lak']).toBeUndefined();
  });

  it('equal the browse pages’ for every category (group, nhóm and leaf) and star level', async () => {
    const browse = browseCounts();
    const facets = await facetsOf();
    const levels = ['categoryGroup', 'categoryNhom', 'categoryLeaf'].map((facet) =>
      Object.entries(facets[facet] ?? {}),
    );
    // A leaf that is its own nhóm (I.6) appears at both levels with the same count.
    const meilisearch = new Map(levels.flat());
    expect(meilisearch).toEqual(browse.category);
    expect(new Map(Object.entries(facets['stars'] ?? {}))).toEqual(browse.stars);
  });
});

describe('the relevance bench on the whole query set', () => {
  it('Meilisearch: precision@5 at least 0.9 as submitted, the relevant products first, none left empty', () => {
    expect(run.summary.judged).toBeGreaterThanOrEqual(70);
    expect(run.summary.precisionAt5).toBeGreaterThanOrEqual(0.9);
    expect(run.summary.firstR).toBeGreaterThanOrEqual(0.95);
    expect(run.summary.recall).toBeGreaterThanOrEqual(0.99);
    expect(run.summary.zeroResultRate).toBe(0);
    expect(run.summary.queriesWithViolations).toBeLessThanOrEqual(3);
  });

  it('the server-less engine: precision@5 at least 0.9 as submitted, within 0.05 of Meilisearch', async () => {
    const fallback = await measureFallback(
      buildSearchDocuments(catalogue, TODAY),
      TODAY,
      await readRelevanceQueries(),
    );
    expect(fallback.summary.precisionAt5).toBeGreaterThanOrEqual(0.9);
    expect(Math.abs(fallback.summary.precisionAt5 - run.summary.precisionAt5)).toBeLessThanOrEqual(
      0.05,
    );
    expect(fallback.summary.zeroResultRate).toBe(0);
  });

  it('while typing (the last word a prefix) stays close: precision@5 at least 0.89', async () => {
    const typing = await measureMeilisearch(
      server.client,
      buildSearchDocuments(catalogue, TODAY),
      await readRelevanceQueries(),
      undefined,
      'typing',
    );
    expect(typing.summary.precisionAt5).toBeGreaterThanOrEqual(0.89);
    expect(typing.summary.recall).toBeGreaterThanOrEqual(0.99);
  });

  it('beats Meilisearch’s default matching strategy ("last") on the same index', async () => {
    const last = await measureMeilisearch(
      server.client,
      buildSearchDocuments(catalogue, TODAY),
      await readRelevanceQueries(),
      { name: 'last', searchParams: { matchingStrategy: 'last' } },
    );
    expect(run.summary.precisionAt5 - last.summary.precisionAt5).toBeGreaterThan(0.1);
    expect(last.summary.meanHits).toBeGreaterThan(2 * run.summary.meanHits);
  });
});
