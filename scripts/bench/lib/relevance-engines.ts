/**
 * The two engines as the search page asks them, reduced to "query → ranked ids":
 *
 * - Meilisearch through the page's own search client (`createSearchClient`: its sanitising,
 *   `instantMeiliSearch` with the page's options and search parameters, exact diacritics first),
 *   fed the InstantSearch requests the page sends (`instantSearchRequests`); only `hitsPerPage`
 *   is raised so recall sees every hit. `overrides` changes search parameters of the posted
 *   `/multi-search` body, for trying variants.
 * - The server-less index built in memory (`buildFallbackIndex`) and searched with
 *   `FallbackEngine` through an in-memory fetcher, with a typed code sent as the code, as the
 *   page's client does.
 */
import {
  createSearchClient,
  finishQuery,
  sanitizeRequests,
} from '../../../src/islands/search/search-client.ts';
import type { SearchConfig } from '../../../src/islands/search/search-config.ts';
import type { SearchDocuments } from '../../../src/lib/search/documents.ts';
import { buildFallbackIndex } from '../../../src/lib/search/fallback/build-index.ts';
import { FallbackEngine, type Fetcher } from '../../../src/lib/search/fallback/engine.ts';
import type { EngineAnswer } from './relevance-metrics.ts';
import { instantSearchRequests } from './queries.ts';

export type SearchEngine = (query: string) => Promise<EngineAnswer>;

/**
 * How the page asks a query: `submitted` — it arrived in the address (a form sent, a shared
 * link), the last word whole (`finishQuery`); `typing` — the last word still a prefix.
 */
export type QueryMode = 'submitted' | 'typing';

const asAsked = (query: string, mode: QueryMode) =>
  mode === 'submitted' ? finishQuery(query) : query;

/** More than the sample's 127 products: every hit comes back, so recall sees them all. */
export const ALL_HITS = 1000;

interface MultiSearchBody {
  queries?: Record<string, unknown>[];
}

/**
 * Runs `fn` with `fetch` rewriting the queries of `/multi-search` bodies with `overrides`
 * (a search parameter set to `undefined` is removed).
 */
async function withOverrides<T>(
  overrides: Readonly<Record<string, unknown>>,
  fn: () => Promise<T>,
): Promise<T> {
  if (!Object.keys(overrides).length) return fn();
  const originalFetch = globalThis.fetch;
  globalThis.fetch = (input, init) => {
    const url = input instanceof Request ? input.url : String(input);
    if (url.endsWith('/multi-search') && typeof init?.body === 'string') {
      const body = JSON.parse(init.body) as MultiSearchBody;
      const queries = (body.queries ?? []).map((query) =>
        Object.fromEntries(
          Object.entries({ ...query, ...overrides }).filter(([, value]) => value !== undefined),
        ),
      );
      return originalFetch(input, { ...init, body: JSON.stringify({ ...body, queries }) });
    }
    return originalFetch(input, init);
  };
  try {
    return await fn();
  } finally {
    globalThis.fetch = originalFetch;
  }
}

interface PageResult {
  hits?: { id?: string; objectID?: string }[];
  nbHits?: number;
}

/** Meilisearch at `host`, asked exactly as the search page asks it. */
export function meilisearchEngine(
  host: string,
  searchKey: string,
  overrides: Readonly<Record<string, unknown>> = {},
  mode: QueryMode = 'submitted',
): SearchEngine {
  const config: Pick<SearchConfig, 'meilisearch' | 'fallbackUrl'> = {
    meilisearch: { host, searchKey },
    fallbackUrl: '/search/fallback/',
  };
  const client = createSearchClient(config as SearchConfig, () => {
    throw new Error('Meilisearch failed: the page would have switched to the fallback');
  });
  return async (query) => {
    const [main] = instantSearchRequests({ label: query, query: asAsked(query, mode) });
    const request = { ...main!, params: { ...main!.params, hitsPerPage: ALL_HITS } };
    const { results } = await withOverrides(overrides, () => client.search([request]));
    const result = results[0] as PageResult;
    const ids = (result.hits ?? []).map((hit) => hit.id ?? hit.objectID ?? '');
    return { ids, nbHits: result.nbHits ?? ids.length };
  };
}

/** The server-less index of `documents`, in memory, searched as the page searches it. */
export function fallbackEngine(
  documents: SearchDocuments,
  statusDate: string,
  mode: QueryMode = 'submitted',
): SearchEngine {
  const { files, manifest } = buildFallbackIndex(documents, { statusDate });
  const fetcher: Fetcher = (url) => {
    const text = files.get(url.replace(/^\/search\/fallback\//, '').replace(/\?.*$/, ''));
    return Promise.resolve({
      ok: text !== undefined,
      status: text === undefined ? 404 : 200,
      json: () => Promise.resolve(JSON.parse(text ?? 'null') as unknown),
    });
  };
  const engine = new FallbackEngine({ baseUrl: '/search/fallback/', fetch: fetcher, manifest });
  return async (query) => {
    // The page's sanitising: a typed code goes on as the code itself.
    const asked = asAsked(query, mode);
    const [clean] = sanitizeRequests([{ indexName: 'products', params: { query: asked } }]);
    const cleaned = clean?.params?.['query'];
    const sent = typeof cleaned === 'string' ? cleaned : asked;
    const result = await engine.search({ query: sent, hitsPerPage: ALL_HITS, page: 0 });
    return { ids: result.hits.map((hit) => hit.id), nbHits: result.nbHits };
  };
}
