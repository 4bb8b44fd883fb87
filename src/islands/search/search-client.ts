/**
 * The one search client the search page talks to. It asks Meilisearch when one is configured
 * and falls back to the server-less index when none is, or as soon as Meilisearch fails or
 * stops answering mid-visit. Requests are cleaned first: only known facets with slug-like
 * values go on, whatever the URL said.
 */
import { instantMeiliSearch } from '@meilisearch/instant-meilisearch';
import {
  preferExactDiacritics,
  type RankedHit,
} from '../../lib/search/meilisearch/exact-diacritics.ts';
import { codeInQuery } from '../../lib/domain/codes.ts';
import { MEILISEARCH_SEARCH_PARAMS } from '../../lib/search/meilisearch/search-params.ts';
import { FACET_ATTRIBUTES } from './search-state.ts';
import type { SearchConfig } from './search-config.ts';

export interface SearchRequest {
  indexName: string;
  params?: Record<string, unknown> & {
    facetFilters?: unknown;
    numericFilters?: unknown;
    filters?: unknown;
  };
}

export interface SearchClient {
  search: (requests: readonly SearchRequest[]) => Promise<{ results: unknown[] }>;
}

const SAFE_FILTER = new RegExp(`^(${FACET_ATTRIBUTES.join('|')}):[A-Za-z0-9.-]{1,40}$`);

/** Keeps `attribute:value` facet filters whose attribute is allowed and whose value is a slug. */
export function sanitizeFacetFilters(facetFilters: unknown): (string | string[])[] {
  if (!Array.isArray(facetFilters)) return [];
  const out: (string | string[])[] = [];
  for (const group of facetFilters as unknown[]) {
    if (typeof group === 'string') {
      if (SAFE_FILTER.test(group)) out.push(group);
    } else if (Array.isArray(group)) {
      const kept = (group as unknown[]).filter(
        (f): f is string => typeof f === 'string' && SAFE_FILTER.test(f),
      );
      if (kept.length) out.push(kept);
    }
  }
  return out;
}

/**
 * Filters cleaned; a query with a digit that is a product's code as people type it ("F4M-PG6",
 * "f4mpgO") goes on as the code itself ("f4mpg6"), which both engines find.
 */
export function sanitizeRequests(requests: readonly SearchRequest[]): SearchRequest[] {
  return requests.map(({ indexName, params = {} }) => {
    const { facetFilters, numericFilters: _n, filters: _f, ...rest } = params;
    const clean = sanitizeFacetFilters(facetFilters);
    // Only a query with a digit is rewritten: letters typed 3 + 3 ("hat sen", "ben tre") are
    // words first, and a code of letters alone ("KBH CMX") is found as typed (Meilisearch joins
    // split words; the fallback tries the code, then the words).
    const typed = rest['query'];
    const code = typeof typed === 'string' && /\d/.test(typed) ? codeInQuery(typed) : undefined;
    const query = code ? { ...rest, query: code } : rest;
    return { indexName, params: clean.length ? { ...query, facetFilters: clean } : query };
  });
}

/**
 * A query that arrives in the address — a submitted form, a shared link, Back or Forward — is
 * finished: its last word is matched whole. Both engines read a query ending in a space that
 * way; one being typed keeps its last word a prefix ("banh tr" finds "bánh tráng").
 */
export function finishQuery(query: string): string {
  const words = query.trim();
  return words ? `${words} ` : query;
}

/** `requests` with the query `settled` (the address's) finished; any other query as typed. */
export function finishSettled(
  requests: readonly SearchRequest[],
  settled: string,
): SearchRequest[] {
  const done = settled.trim();
  if (!done) return [...requests];
  return requests.map((request) => {
    const query = request.params?.['query'];
    return typeof query === 'string' && query.trim() === done
      ? { ...request, params: { ...request.params, query: finishQuery(query) } }
      : request;
  });
}

/** The query in the page's address, if there is a page. */
const addressQuery = () =>
  typeof location === 'undefined' ? '' : (new URLSearchParams(location.search).get('q') ?? '');

const MEILISEARCH_TIMEOUT_MS = 4000;

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      reject(new Error(`Meilisearch did not answer within ${ms} ms`));
    }, ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

/**
 * Meilisearch folds diacritics when it indexes, so "bánh cáy" and "bánh cay" score the same:
 * within equally ranked hits, put the exact spelling of the query first.
 */
function preferExactInResults(
  response: { results: unknown[] },
  requests: readonly SearchRequest[],
): { results: unknown[] } {
  return {
    ...response,
    results: response.results.map((result, i) => {
      const query = requests[i]?.params?.['query'];
      const hits = (result as { hits?: RankedHit[] }).hits;
      if (typeof query !== 'string' || !query.trim() || !hits) return result;
      return { ...(result as object), hits: preferExactDiacritics(hits, query) };
    }),
  };
}

export function createSearchClient(config: SearchConfig, onFallback: () => void): SearchClient {
  let fallback: Promise<SearchClient> | undefined;
  const getFallback = () =>
    (fallback ??= import('../../lib/search/fallback/instantsearch-client.ts').then((m) =>
      m.createFallbackSearchClient({ baseUrl: config.fallbackUrl }),
    ));
  const meilisearch = config.meilisearch
    ? (instantMeiliSearch(config.meilisearch.host, config.meilisearch.searchKey, {
        finitePagination: true,
        placeholderSearch: true,
        keepZeroFacets: false,
        // Needed to put exact diacritics first among equally ranked hits (see below).
        meiliSearchParams: { ...MEILISEARCH_SEARCH_PARAMS, showRankingScore: true },
      }).searchClient as unknown as SearchClient)
    : undefined;
  let useFallback = !meilisearch;
  // Without Meilisearch the server-less index is the engine: fetch its code, manifest and facet
  // columns while the page hydrates instead of after the first query (saves round trips on 4G).
  if (useFallback) {
    void getFallback()
      .then((client) =>
        (client as { engine?: { preload?: () => Promise<void> } }).engine?.preload?.(),
      )
      .catch(() => undefined);
  }

  // The address's query is settled on arrival and again on Back or Forward (this listener is
  // added before InstantSearch's router reads the restored address and searches).
  let settled = addressQuery();
  if (typeof window !== 'undefined') {
    window.addEventListener('popstate', () => {
      settled = addressQuery();
    });
  }

  return {
    async search(requests) {
      const safe = sanitizeRequests(finishSettled(requests, settled));
      if (!useFallback && meilisearch) {
        try {
          const response = await withTimeout(meilisearch.search(safe), MEILISEARCH_TIMEOUT_MS);
          return preferExactInResults(response, safe);
        } catch (error) {
          // Visitors get answers either way; a 4xx here is our bug, so say it in the console.
          console.warn('Meilisearch failed; searching the server-less index from now on.', error);
          useFallback = true;
          onFallback();
        }
      }
      return (await getFallback()).search(safe);
    },
  };
}
