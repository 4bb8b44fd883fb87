/**
 * An InstantSearch `searchClient` over the server-less engine, for react-instantsearch 7 when no
 * Meilisearch answers:
 *
 * ```ts
 * const searchClient = createFallbackSearchClient({ baseUrl: '/search/fallback/' });
 * <InstantSearch searchClient={searchClient} indexName="products">…
 * ```
 *
 * Index names follow instant-meilisearch's `index:attribute:direction`, so one `<SortBy>` list
 * serves both engines (the base name before ":" is not checked):
 * - `products` (or `products:relevance`) — relevance, then stars, then name;
 * - `products:stars:desc` — stars, then relevance;
 * - `products:certifiedOn:desc` (or `products:newest`) — latest decision first, then relevance;
 * - `products:nameOrder:asc` (or `products:name:asc`, `products:name`) — Vietnamese alphabetical
 *   order (Đ after D); `nameOrder` is the rank Meilisearch sorts on.
 *
 * Understood parameters: `query`, `page`, `hitsPerPage`, `facets` ("*" or names),
 * `facetFilters` (strings or nested OR arrays, `attr:-value` negates), `numericFilters` (`stars>=4`,
 * `certifiedOn:20240101 TO 20241231`, nested OR arrays), `maxValuesPerFacet`,
 * `highlightPreTag`/`highlightPostTag`, and facet-value searches (`type: "facet"`). Facets:
 * province, categoryGroup, categoryNhom, categoryLeaf, stars, producerType, certificateStatus,
 * hasImage; values are slugs/codes ("ha-noi", "I.3.b", "5", "true"). Others (`filters`,
 * `aroundLatLng`, …) are ignored. Each request's facet counts are conjunctive, as Algolia's are:
 * the helper sends its own extra requests for disjunctive facets.
 */
import type { ProductSort } from '../documents.ts';
import {
  FallbackEngine,
  FallbackSearchError,
  highlight,
  parseQuery,
  type FallbackEngineOptions,
  type FilterClause,
  type FilterPredicate,
  type ProductHit,
  type QueryWord,
  type SearchResult,
} from './engine.ts';

/** One request as InstantSearch sends it (`type: "facet"` for a facet-value search). */
export interface InstantSearchRequest {
  indexName: string;
  type?: 'default' | 'facet' | undefined;
  facet?: string | undefined;
  query?: string | undefined;
  params?: Record<string, unknown> | string | undefined;
}

interface HighlightValue {
  value: string;
  matchLevel: 'none' | 'partial' | 'full';
  matchedWords: string[];
  fullyHighlighted?: boolean;
}

export type InstantSearchHit = ProductHit & {
  objectID: string;
  _highlightResult: Record<'name' | 'producerName' | 'provinceName', HighlightValue>;
};

export interface InstantSearchResult {
  hits: InstantSearchHit[];
  nbHits: number;
  page: number;
  nbPages: number;
  hitsPerPage: number;
  facets: Record<string, Record<string, number>>;
  facets_stats: Record<string, { min: number; max: number; avg: number; sum: number }>;
  exhaustiveFacetsCount: true;
  exhaustiveNbHits: true;
  exhaustive: { facetsCount: true; nbHits: true };
  processingTimeMS: number;
  query: string;
  params: string;
  index: string;
}

export interface FacetHitsResult {
  facetHits: { value: string; highlighted: string; count: number }[];
  exhaustiveFacetsCount: true;
  processingTimeMS: number;
}

export interface FallbackSearchClient {
  search(
    requests: readonly InstantSearchRequest[],
  ): Promise<{ results: (InstantSearchResult | FacetHitsResult)[] }>;
  /** Forgets downloaded files (they are refetched on the next query). */
  clearCache(): Promise<void>;
  readonly engine: FallbackEngine;
}

const SORTS: Record<string, ProductSort> = {
  '': 'relevance',
  relevance: 'relevance',
  'stars:desc': 'stars',
  stars: 'stars',
  'certifiedOn:desc': 'newest',
  newest: 'newest',
  'name:asc': 'name',
  'nameOrder:asc': 'name',
  name: 'name',
};

/** "products:stars:desc" → "stars" (the first sort when several are joined by commas). */
export function sortFromIndexName(indexName: string): ProductSort {
  const colon = indexName.indexOf(':');
  const suffix = colon < 0 ? '' : (indexName.slice(colon + 1).split(',')[0] ?? '');
  const sort = SORTS[suffix];
  if (!sort) throw new FallbackSearchError(`unknown sort in index name "${indexName}"`);
  return sort;
}

/** Algolia's request parameters as an object (they may come URL-encoded). */
function paramsObject(params: InstantSearchRequest['params']): Record<string, unknown> {
  if (typeof params !== 'string') return params ?? {};
  const out: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(params)) {
    try {
      out[key] = JSON.parse(value) as unknown;
    } catch {
      out[key] = value;
    }
  }
  return out;
}

const text = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined;

const asList = (value: unknown): unknown[] =>
  value === undefined || value === null ? [] : Array.isArray(value) ? value : [value];

/** "province:ha-noi" / "province:-ha-noi" (a leading "\-" is a literal "-"). */
export function parseFacetFilter(filter: string): FilterPredicate {
  const colon = filter.indexOf(':');
  if (colon < 0) throw new FallbackSearchError(`bad facet filter "${filter}"`);
  const attribute = filter.slice(0, colon).trim();
  let value = filter.slice(colon + 1);
  const negate = value.startsWith('-');
  if (negate) value = value.slice(1);
  else if (value.startsWith('\\-')) value = value.slice(1);
  return { attribute, value, negate };
}

const NUMERIC_PATTERN = /^\s*([\w.]+)\s*(<=|>=|!=|<|>|=)\s*(-?[\d.]+)\s*$/;
const RANGE_PATTERN = /^\s*([\w.]+)\s*:\s*(-?[\d.]+)\s+TO\s+(-?[\d.]+)\s*$/;

/** "stars>=4", "certifiedOn:20240101 TO 20241231". */
export function parseNumericFilter(filter: string): FilterPredicate {
  const range = RANGE_PATTERN.exec(filter);
  if (range) return { attribute: range[1]!, min: Number(range[2]), max: Number(range[3]) };
  const m = NUMERIC_PATTERN.exec(filter);
  if (!m) throw new FallbackSearchError(`bad numeric filter "${filter}"`);
  return {
    attribute: m[1]!,
    op: m[2] as '<' | '<=' | '=' | '!=' | '>=' | '>',
    number: Number(m[3]),
  };
}

/** facetFilters / numericFilters → AND of OR clauses. */
function clausesOf(value: unknown, parse: (filter: string) => FilterPredicate): FilterClause[] {
  const list = typeof value === 'string' ? value.split(',') : asList(value);
  return list.map((item) => asList(item).map((f) => parse(String(f))));
}

const tags = (params: Record<string, unknown>) => ({
  pre: typeof params['highlightPreTag'] === 'string' ? params['highlightPreTag'] : '<em>',
  post: typeof params['highlightPostTag'] === 'string' ? params['highlightPostTag'] : '</em>',
});

function highlighted(text: string, words: QueryWord[], pre: string, post: string): HighlightValue {
  const h = highlight(text, words, pre, post);
  return {
    value: h.value,
    matchLevel:
      h.matchedWords.length === 0
        ? 'none'
        : h.matchedWords.length === words.length
          ? 'full'
          : 'partial',
    matchedWords: h.matchedWords,
    fullyHighlighted: h.fullyHighlighted,
  };
}

function toInstantSearch(
  result: SearchResult,
  indexName: string,
  params: Record<string, unknown>,
): InstantSearchResult {
  const { pre, post } = tags(params);
  const maxValues = Number(params['maxValuesPerFacet'] ?? 100);
  const facets: Record<string, Record<string, number>> = {};
  for (const [facet, counts] of Object.entries(result.facets)) {
    facets[facet] = Object.fromEntries(Object.entries(counts).slice(0, maxValues));
  }
  return {
    hits: result.hits.map((hit) => ({
      ...hit,
      objectID: hit.id,
      _highlightResult: {
        name: highlighted(hit.name, result.words, pre, post),
        producerName: highlighted(hit.producerName, result.words, pre, post),
        provinceName: highlighted(hit.provinceName, result.words, pre, post),
      },
    })),
    nbHits: result.nbHits,
    page: result.page,
    nbPages: result.nbPages,
    hitsPerPage: result.hitsPerPage,
    facets,
    facets_stats: result.facetsStats,
    exhaustiveFacetsCount: true,
    exhaustiveNbHits: true,
    exhaustive: { facetsCount: true, nbHits: true },
    processingTimeMS: result.processingTimeMS,
    query: result.query,
    params: new URLSearchParams(
      Object.entries(params).map(([k, v]) => [k, typeof v === 'string' ? v : JSON.stringify(v)]),
    ).toString(),
    index: indexName,
  };
}

/**
 * `createFallbackSearchClient(options)` with the engine's options
 * (`{ baseUrl, manifestFile?, manifest?, fetch? }`), or `createFallbackSearchClient(engine)` to
 * share an engine (e.g. with the sales-points map).
 */
export function createFallbackSearchClient(
  source: FallbackEngine | FallbackEngineOptions,
): FallbackSearchClient {
  let engine = source instanceof FallbackEngine ? source : new FallbackEngine(source);
  const options = source instanceof FallbackEngine ? undefined : source;

  const one = async (
    request: InstantSearchRequest,
  ): Promise<InstantSearchResult | FacetHitsResult> => {
    const params = paramsObject(request.params);
    const query = text(params['query']) ?? request.query ?? '';
    const clauses = [
      ...clausesOf(params['facetFilters'], parseFacetFilter),
      ...clausesOf(params['numericFilters'], parseNumericFilter),
    ];
    const sort = sortFromIndexName(request.indexName);
    if (request.type === 'facet' || params['facetName'] !== undefined) {
      const facet = request.facet ?? text(params['facetName']) ?? '';
      const started = performance.now();
      const values = await engine.searchFacetValues(
        facet,
        text(params['facetQuery']) ?? '',
        { query, clauses, sort, facetCounting: 'conjunctive' },
        Number(params['maxFacetHits'] ?? 10),
      );
      const { pre, post } = tags(params);
      const words = parseQuery(text(params['facetQuery']) ?? '').words.map((w) => ({
        ...w,
        prefix: true,
      }));
      return {
        facetHits: values.map(({ value, label, count }) => ({
          value,
          highlighted: highlight(label, words, pre, post).value,
          count,
        })),
        exhaustiveFacetsCount: true,
        processingTimeMS: Math.round(performance.now() - started),
      };
    }
    const result = await engine.search({
      query,
      clauses,
      facets: asList(params['facets']).includes('*') ? '*' : asList(params['facets']).map(String),
      facetCounting: 'conjunctive',
      sort,
      page: Number(params['page'] ?? 0),
      hitsPerPage: Number(params['hitsPerPage'] ?? 20),
    });
    return toInstantSearch(result, request.indexName, params);
  };

  return {
    get engine() {
      return engine;
    },
    async search(requests) {
      return { results: await Promise.all(requests.map(one)) };
    },
    clearCache() {
      if (options) engine = new FallbackEngine(options);
      return Promise.resolve();
    },
  };
}
