/**
 * The server-less search engine (browser; no Node APIs): a thin facade over small modules that
 * read the static index written by `build-index.ts` (format in `format.ts`):
 * - `load.ts` fetches and decodes files, each once, only those a query needs: the manifest and
 *   the facet columns, the term shards of the query's words, the display records of the page
 *   shown, and — only for the sorts and filters that need them — the dates and the name order;
 * - `query.ts` splits the query into words and `synonym-terms.ts` into terms, `match-word.ts`
 *   finds where each word matches (the last one also as a prefix while typed; typos, `typos.ts`),
 *   `match.ts` the documents every term matches, `rank.ts` scores and sorts them,
 *   `filter.ts` applies refinements and counts facets, `hits.ts` and `highlight.ts` shape the
 *   answer.
 */
import { codeInQuery } from '../../domain/codes.ts';
import type { SalesPointDocument } from '../documents.ts';
import { FallbackSearchError } from './errors.ts';
import {
  countFacets,
  evaluateClauses,
  needsDates,
  requestClauses,
  requestFacets,
} from './filter.ts';
import type { FallbackManifest } from './format.ts';
import { toHit } from './hits.ts';
import { IndexLoader, type Info, type Loaded } from './load.ts';
import { matchAll, type Matches } from './match.ts';
import {
  joinSplit,
  matchesAny,
  matchWord,
  splits,
  wordKey,
  wordKeys,
  type WordMatch,
} from './match-word.ts';
import { parseQuery, type QueryWord } from './query.ts';
import { sortDocuments } from './rank.ts';
import { decodeSalesPoints, type SalesPointsFile } from './sales-points.ts';
import { queryTerms } from './synonym-terms.ts';
import { tokenize } from './text.ts';
import { typoBudget, typoCandidates } from './typos.ts';
import type { Fetcher, ProductHit, SearchRequest, SearchResult } from './types.ts';

export { FallbackSearchError } from './errors.ts';
export { highlight } from './highlight.ts';
export { parseQuery, type QueryWord } from './query.ts';
export type {
  FacetStats,
  Fetcher,
  FilterClause,
  FilterPredicate,
  ProductHit,
  SearchRequest,
  SearchResult,
} from './types.ts';

export interface FallbackEngineOptions {
  /** URL of the folder holding the index, e.g. "/search/fallback/". */
  baseUrl: string;
  /** Manifest file in that folder (default "manifest.json"; "data/manifest.<build>.json" also works). */
  manifestFile?: string | undefined;
  /** The manifest itself, when the page inlines it (saves one request). */
  manifest?: FallbackManifest | undefined;
  /** Defaults to the global `fetch`. */
  fetch?: Fetcher | undefined;
}

const DEFAULT_HITS_PER_PAGE = 20;
/** Queries whose matches are remembered. */
const REMEMBERED_QUERIES = 16;

export class FallbackEngine {
  readonly #loader: IndexLoader;
  readonly #inlineManifest: boolean;
  #matches = new Map<string, Promise<Matches>>();
  #retried = false;

  constructor(options: FallbackEngineOptions) {
    let fetcher: Fetcher;
    if (options.fetch) fetcher = options.fetch;
    else if (typeof globalThis.fetch === 'function') fetcher = (url) => globalThis.fetch(url);
    else throw new FallbackSearchError('no fetch: pass options.fetch');
    this.#inlineManifest = options.manifest !== undefined;
    this.#loader = new IndexLoader({
      baseUrl: options.baseUrl.endsWith('/') ? options.baseUrl : `${options.baseUrl}/`,
      manifestFile: options.manifestFile ?? 'manifest.json',
      manifest: options.manifest,
      fetch: fetcher,
    });
  }

  /** Starts downloading the manifest and facet columns (call when the search box appears). */
  async preload(): Promise<void> {
    await this.#loader.loaded();
  }

  async manifest(): Promise<FallbackManifest> {
    return (await this.#loader.info()).manifest;
  }

  /** Every sales point (one file). Sort them with `sortByDistance` from `sales-points.ts`. */
  async salesPoints(): Promise<SalesPointDocument[]> {
    const { manifest } = await this.#loader.info();
    return decodeSalesPoints(
      (await this.#loader.get(manifest.files.salesPoints)) as SalesPointsFile,
    );
  }

  async search(request: SearchRequest = {}): Promise<SearchResult> {
    try {
      return await this.#search(request);
    } catch (error) {
      // A 404 on a hashed file: the site was redeployed under a cached manifest. Start over once.
      if (
        error instanceof FallbackSearchError &&
        error.status === 404 &&
        !this.#retried &&
        !this.#inlineManifest
      ) {
        this.#retried = true;
        this.#loader.reset();
        this.#matches.clear();
        return this.#search(request, `?v=${Date.now()}`);
      }
      throw error;
    }
  }

  /**
   * Values of `facet` where each word of `facetQuery` starts a word of the label or slug/code
   * (folded: "hai" finds "Hải Phòng", not "Thái Nguyên"), most results first, with their counts
   * for `request` (whose refinements of `facet` the caller should have removed).
   */
  async searchFacetValues(
    facet: string,
    facetQuery: string,
    request: SearchRequest = {},
    maxFacetHits = 10,
  ): Promise<{ value: string; label: string; count: number }[]> {
    const loaded = await this.#loader.loaded();
    const result = await this.search({ ...request, facets: [facet], hitsPerPage: 0 });
    const wanted = tokenize(facetQuery).map((t) => t.folded);
    const labels = { ...loaded.manifest.labels.province, ...loaded.manifest.labels.category };
    return Object.entries(result.facets[facet] ?? {})
      .map(([value, count]) => ({ value, label: labels[value] ?? value, count }))
      .filter(({ value, label }) => {
        const words = [...tokenize(label), ...tokenize(value)].map((t) => t.folded);
        return wanted.every((w) => words.some((word) => word.startsWith(w)));
      })
      .slice(0, maxFacetHits);
  }

  /**
   * Documents matching every term, with relevance scores; memoised per query. A query that is a
   * product's code (any case, 3 + 3 with a space or dash, look-alikes) gives that product.
   */
  #match(info: Info, loading: Promise<Loaded>, query: string): Promise<Matches> {
    const { words, withDiacritics } = parseQuery(query);
    const code = codeInQuery(query);
    const key = JSON.stringify([words.map((w) => [w.exact, w.prefix]), withDiacritics, code]);
    let matches = this.#matches.get(key);
    if (!matches) {
      const byWords = () => this.#matchWords(info, loading, words, withDiacritics);
      const byCode = async (c: string) => {
        const id = await this.#loader.codeDocument(info, c);
        return id === undefined
          ? byWords()
          : { ids: Int32Array.of(id), scores: Float64Array.of(0) };
      };
      matches = code ? byCode(code) : byWords();
      matches.catch(() => this.#matches.delete(key));
      this.#matches.set(key, matches);
      if (this.#matches.size > REMEMBERED_QUERIES) {
        this.#matches.delete(this.#matches.keys().next().value!);
      }
    }
    return matches;
  }

  async #matchWords(
    info: Info,
    loading: Promise<Loaded>,
    words: QueryWord[],
    withDiacritics: boolean,
  ): Promise<Matches> {
    const terms = queryTerms(words, info.synonyms);
    // Words typed may be typos or run together; synonym words are as the table has them.
    const unique = new Map<string, { word: QueryWord; typed: boolean }>();
    for (const term of terms) {
      for (const word of term.synonyms.flat()) unique.set(wordKey(word), { word, typed: false });
      for (const word of term.words) unique.set(wordKey(word), { word, typed: true });
    }
    const found = new Map(
      await Promise.all(
        [...unique].map(
          async ([k, { word, typed }]) =>
            [k, await this.#matchWord(info, loading, word, withDiacritics, typed)] as const,
        ),
      ),
    );
    return matchAll(await loading, terms, (w) => found.get(wordKey(w))!, withDiacritics);
  }

  /**
   * One word's matches: as typed, else — a word the person typed, not a synonym's — with a typo
   * or two (five letters or more), else as two words run together.
   */
  async #matchWord(
    info: Info,
    loading: Promise<Loaded>,
    word: QueryWord,
    withDiacritics: boolean,
    typedByPerson = true,
  ): Promise<WordMatch> {
    const { from, to } = wordKeys(word, info);
    const [loaded, shards] = await Promise.all([loading, this.#loader.shards(info, from, to)]);
    const typed = matchWord(loaded, word, shards, withDiacritics);
    if (matchesAny(typed) || !typedByPerson) return typed;
    if (typoBudget(word.folded)) {
      const near = typoCandidates(word.folded, await this.#loader.words(info), word.prefix);
      if (near.size) {
        const nearShards = await Promise.all(
          [...near.keys()].map((k) => this.#loader.shards(info, k)),
        );
        return matchWord(loaded, word, [...new Set(nearShards.flat())], withDiacritics, near);
      }
    }
    // Two words run together ("hatsen", as the page sends a query that looks like a code).
    for (const [a, b] of splits(word)) {
      const [first, second] = await Promise.all(
        [a, b].map((w) => this.#matchWord(info, loading, w, withDiacritics)),
      );
      const both = joinSplit(first!, second!);
      if (matchesAny(both)) return both;
    }
    return typed;
  }

  async #search(request: SearchRequest, bust = ''): Promise<SearchResult> {
    const started = performance.now();
    // The manifest first; then columns, term shards, dates, name order all at once.
    const info = await this.#loader.info(bust);
    const loading = this.#loader.loaded();
    const query = request.query ?? '';
    const sort = request.sort ?? 'relevance';
    const hitsPerPage = Math.max(0, Math.floor(request.hitsPerPage ?? DEFAULT_HITS_PER_PAGE));
    const page = Math.max(0, Math.floor(request.page ?? 0));
    const facetNames = requestFacets(request);
    const clauses = requestClauses(request);

    const [loaded, matches, dates, nameOrder] = await Promise.all([
      loading,
      this.#match(info, loading, query),
      sort === 'newest' || needsDates(facetNames, clauses) ? this.#loader.dates(info) : undefined,
      sort === 'name' ? this.#loader.nameOrder(info) : undefined,
    ]);
    const { columns } = loaded;
    const numeric = (attribute: string): ArrayLike<number> => {
      if (attribute === 'stars') return loaded.stars;
      if (attribute === 'certifiedOn') return dates!.certifiedOn;
      if (attribute === 'validUntil') return dates!.validUntil;
      throw new FallbackSearchError(`"${attribute}" is not a numeric attribute`);
    };

    const results = evaluateClauses(matches.ids, clauses, columns, numeric);
    const { facets, facetsStats } = countFacets(
      matches.ids,
      results,
      facetNames,
      (request.facetCounting ?? 'disjunctive') === 'disjunctive',
      columns,
      numeric,
    );
    const passing: number[] = [];
    const scores: number[] = [];
    results.failed.forEach((failed, i) => {
      if (failed !== 0) return;
      passing.push(matches.ids[i]!);
      scores.push(matches.scores[i]!);
    });
    const order = sortDocuments({ ids: passing, scores }, sort, {
      starCodes: columns.stars.codes,
      dates,
      nameOrder,
    });
    const nbHits = order.length;
    const hits = await this.#hits(
      loaded,
      order.slice(page * hitsPerPage, (page + 1) * hitsPerPage),
    );
    return {
      hits,
      nbHits,
      page,
      nbPages: hitsPerPage ? Math.ceil(nbHits / hitsPerPage) : 0,
      hitsPerPage,
      facets,
      facetsStats,
      processingTimeMS: Math.round(performance.now() - started),
      query,
      words: parseQuery(query).words,
    };
  }

  async #hits(loaded: Loaded, ids: number[]): Promise<ProductHit[]> {
    const size = loaded.manifest.records.chunk;
    const chunks = [...new Set(ids.map((id) => Math.floor(id / size)))];
    const files = new Map(
      await Promise.all(
        chunks.map(async (c) => [c, await this.#loader.records(loaded, c)] as const),
      ),
    );
    return ids.map((id) => toHit(loaded, id, files.get(Math.floor(id / size))![id % size]!));
  }
}

export function createFallbackEngine(options: FallbackEngineOptions): FallbackEngine {
  return new FallbackEngine(options);
}
