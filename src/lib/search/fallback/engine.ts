/**
 * The server-less search engine (browser; no Node APIs). Reads the static index written by
 * `build-index.ts` (format in `format.ts`) with `fetch`, downloading only what a query needs:
 * the manifest and the facet columns once, the term shards of the query's words, the display
 * records of the page shown, and — only for the sorts and filters that need them — the dates
 * and the name order. Every file is fetched at most once per engine.
 *
 * Matching: every query word must match (AND), in the product name, producer name, English
 * name, province name, former province names or category names, compared folded ("duong" finds
 * "Đường"). The last word also matches as a prefix while it is being typed (no trailing space).
 * A word found nowhere gives no results.
 *
 * Relevance, best first: words matched with the same diacritics as typed (only when the query
 * has diacritics at all), words found in the product name, words matched whole (not only as a
 * prefix), how close and in order the words stand in the name, then stars, then name order.
 */
import { codeInQuery } from '../../domain/codes.ts';
import { slugify } from '../../domain/vietnamese.ts';
import type { ProductSort } from '../documents.ts';
import type { CertificateState } from '../../domain/certificate-status.ts';
import type { ProducerType } from '../../../schemas/producer.ts';
import type { SalesPointDocument } from '../documents.ts';
import {
  ENGINE_FACETS,
  FALLBACK_FORMAT_VERSION,
  NUMERIC_ATTRIBUTES,
  decodeColumn,
  deltaDecode,
  yyyymmdd,
  decodeOrder,
  type CodesFile,
  type DatesFile,
  type EngineFacet,
  type FacetsFile,
  type FallbackManifest,
  type NameOrderFile,
  type NumericAttribute,
  type PrefixEntry,
  type RecordsFile,
  type ShardFile,
  type TokenEntry,
} from './format.ts';
import { decodeSalesPoints, type SalesPointsFile } from './sales-points.ts';
import { exactForm, hasDiacritics, splitExact, tokenize, tokenSpans, type Token } from './text.ts';

/** What the engine needs from `fetch`: inject one to run it outside a browser. */
export type Fetcher = (
  url: string,
) => Promise<{ ok: boolean; status: number; json(): Promise<unknown> }>;

export interface FallbackEngineOptions {
  /** URL of the folder holding the index, e.g. "/search/fallback/". */
  baseUrl: string;
  /** Manifest file in that folder (default "manifest.json"; "manifest.<build>.json" also works). */
  manifestFile?: string | undefined;
  /** The manifest itself, when the page inlines it (saves one request). */
  manifest?: FallbackManifest | undefined;
  /** Defaults to the global `fetch`. */
  fetch?: Fetcher | undefined;
}

export class FallbackSearchError extends Error {
  override name = 'FallbackSearchError';
  /** HTTP status when a file could not be fetched. */
  readonly status: number | undefined;
  constructor(message: string, status?: number) {
    super(message);
    this.status = status;
  }
}

/** A facet value test; several in one clause are OR-ed. `value` "-x" is not how to negate: use `negate`. */
export type FilterPredicate =
  | { attribute: string; value: string; negate?: boolean | undefined }
  | { attribute: string; op: '<' | '<=' | '=' | '!=' | '>=' | '>'; number: number }
  | { attribute: string; min: number; max: number };
/** Predicates OR-ed together. */
export type FilterClause = readonly FilterPredicate[];

export interface SearchRequest {
  query?: string | undefined;
  /** Facet refinements: OR within a facet, AND across facets. */
  filters?: Partial<Record<string, readonly (string | number | boolean)[]>> | undefined;
  /** More conditions, AND-ed with each other and with `filters` (Algolia's facetFilters shape). */
  clauses?: readonly FilterClause[] | undefined;
  /** Facets to count ("*" = all). Default: none. */
  facets?: readonly string[] | '*' | undefined;
  /**
   * "disjunctive" (default): a facet's counts ignore that facet's own refinements, so every
   * value shows how many results picking it would add. "conjunctive": counts over the results.
   */
  facetCounting?: 'disjunctive' | 'conjunctive' | undefined;
  sort?: ProductSort | undefined;
  /** 0-based. */
  page?: number | undefined;
  /** Default 20; 0 = counts only (no records are downloaded). */
  hitsPerPage?: number | undefined;
}

/** A hit: the fields of `ProductDocument` a results list shows (names as in Meilisearch). */
export interface ProductHit {
  id: string;
  name: string;
  producer: string;
  producerName: string;
  producerType: ProducerType;
  province: string;
  provinceName: string;
  categoryGroup: string;
  categoryNhom: string;
  categoryLeaf: string;
  stars: number;
  certificateStatus: CertificateState;
  certifiedOn: number;
  validUntil: number;
  hasImage: boolean;
  /** Only for products one can order: the code, and what a quick "add" puts in the cart. */
  code?: string;
  offerCount?: number;
  orderSku?: string;
  orderQuantity?: number;
}

export interface FacetStats {
  min: number;
  max: number;
  avg: number;
  sum: number;
}

export interface QueryWord {
  /** As typed, lower case. */
  text: string;
  folded: string;
  exact: string;
  /** The last word, still being typed: also matches longer words. */
  prefix: boolean;
}

export interface SearchResult {
  hits: ProductHit[];
  nbHits: number;
  page: number;
  nbPages: number;
  hitsPerPage: number;
  /** facet → value → count (values with no results left out), most frequent first. */
  facets: Record<string, Record<string, number>>;
  facetsStats: Record<string, FacetStats>;
  processingTimeMS: number;
  query: string;
  words: QueryWord[];
}

const MAX_WORDS = 10;
const DEFAULT_HITS_PER_PAGE = 20;
/** Document numbers fit in 18 bits of a sort key (262,143 products). */
const ID_BITS = 2 ** 18;
const SCORE_BITS = 2 ** 17;

// Per-document match flags of one query word.
const MATCH = 1;
const IN_NAME = 2;
const WHOLE = 4;
const EXACT = 8;

interface Column {
  values: string[];
  codes: Uint8Array;
}

/** What the manifest alone tells. */
interface Info {
  manifest: FallbackManifest;
  n: number;
  shardKeys: string[];
  prefixes: Set<string>;
}

/** …and with the facet columns. */
interface Loaded extends Info {
  columns: Record<EngineFacet, Column>;
  /** Star value of each document. */
  stars: Uint8Array;
  /** Tokens searched for each province code and each leaf code (with its group and nhóm). */
  provinceTokens: Token[][];
  leafTokens: Token[][];
}

/** Vietnamese name order: rank of each document, and the document at each rank. */
interface NameOrder {
  rank: Uint32Array;
  ids: Uint32Array;
}

interface Dates {
  certifiedOn: Int32Array;
  validUntil: Int32Array;
  certifiedDay: Int32Array;
}

/** Documents matching a query, with their relevance (higher is better). */
interface Matches {
  ids: Int32Array;
  scores: Uint32Array;
}

/** Splits a query into words; the last is a prefix unless the query ends with a separator. */
export function parseQuery(query: string): { words: QueryWord[]; withDiacritics: boolean } {
  const text = query.normalize('NFC');
  const spans = tokenSpans(text).slice(0, MAX_WORDS);
  const endsInWord = /[\p{L}\p{N}]$/u.test(text);
  const words = spans.map((s, i): QueryWord => {
    const raw = text.slice(s.start, s.end).toLowerCase();
    return {
      text: raw,
      folded: s.folded,
      exact: exactForm(raw),
      prefix: i === spans.length - 1 && endsInWord && spans.length === tokenSpans(text).length,
    };
  });
  return { words, withDiacritics: hasDiacritics(text) };
}

/** Exact match of a typed prefix: same letters so far (marks included) and same tone. */
function prefixExact(indexed: string, typed: string): boolean {
  const a = splitExact(indexed);
  const b = splitExact(typed);
  return a.letters.startsWith(b.letters) && a.tone === b.tone;
}

const upperBound = (sorted: readonly string[], key: string): number => {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! <= key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
};

const isTokenEntry = (entry: TokenEntry | PrefixEntry): entry is TokenEntry =>
  entry.length === 0 || (Array.isArray(entry[0]) && typeof entry[0][0] === 'string');

export class FallbackEngine {
  readonly #baseUrl: string;
  readonly #fetch: Fetcher;
  readonly #manifestFile: string;
  readonly #inlineManifest: FallbackManifest | undefined;
  #files = new Map<string, Promise<unknown>>();
  #info: Promise<Info> | undefined;
  #loaded: Promise<Loaded> | undefined;
  #dates: Promise<Dates> | undefined;
  #nameOrder: Promise<NameOrder> | undefined;
  #matches = new Map<string, Promise<Matches>>();
  #retried = false;

  constructor(options: FallbackEngineOptions) {
    this.#baseUrl = options.baseUrl.endsWith('/') ? options.baseUrl : `${options.baseUrl}/`;
    this.#manifestFile = options.manifestFile ?? 'manifest.json';
    this.#inlineManifest = options.manifest;
    if (options.fetch) this.#fetch = options.fetch;
    else if (typeof globalThis.fetch === 'function') this.#fetch = (url) => globalThis.fetch(url);
    else throw new FallbackSearchError('no fetch: pass options.fetch');
  }

  /** Starts downloading the manifest and facet columns (call when the search box appears). */
  async preload(): Promise<void> {
    await this.#load();
  }

  async manifest(): Promise<FallbackManifest> {
    return (await this.#loadInfo()).manifest;
  }

  /** Every sales point (one file). Sort them with `sortByDistance` from `sales-points.ts`. */
  async salesPoints(): Promise<SalesPointDocument[]> {
    const { manifest } = await this.#loadInfo();
    return decodeSalesPoints((await this.#get(manifest.files.salesPoints)) as SalesPointsFile);
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
        this.#reset();
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
    const loaded = await this.#load();
    const result = await this.search({ ...request, facets: [facet], hitsPerPage: 0 });
    // Every typed word starts a word of the label or of the slug/code.
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

  #reset(): void {
    this.#files.clear();
    this.#info = undefined;
    this.#loaded = undefined;
    this.#dates = undefined;
    this.#nameOrder = undefined;
    this.#matches.clear();
  }

  #get(file: string): Promise<unknown> {
    let promise = this.#files.get(file);
    if (!promise) {
      const url = this.#baseUrl + file;
      promise = this.#fetch(url).then((response) => {
        if (!response.ok) {
          throw new FallbackSearchError(`${url}: HTTP ${response.status}`, response.status);
        }
        return response.json();
      });
      promise.catch(() => this.#files.delete(file));
      this.#files.set(file, promise);
    }
    return promise;
  }

  #loadInfo(bust = ''): Promise<Info> {
    if (!this.#info) {
      this.#info = (async () => {
        const manifest =
          this.#inlineManifest ??
          ((await this.#get(this.#manifestFile + bust)) as FallbackManifest);
        if ((manifest.format as number) !== FALLBACK_FORMAT_VERSION) {
          throw new FallbackSearchError(`unknown index format ${String(manifest.format)}`);
        }
        return {
          manifest,
          n: manifest.counts.products,
          shardKeys: manifest.shards.map(([key]) => key),
          prefixes: new Set(manifest.prefixes ? manifest.prefixes.split(' ') : []),
        };
      })();
      this.#info.catch(() => (this.#info = undefined));
    }
    return this.#info;
  }

  #load(bust = ''): Promise<Loaded> {
    if (!this.#loaded) {
      this.#loaded = this.#loadInfo(bust).then((info) => this.#loadColumns(info));
      this.#loaded.catch(() => (this.#loaded = undefined));
    }
    return this.#loaded;
  }

  async #loadColumns(info: Info): Promise<Loaded> {
    const { manifest, n } = info;
    const file = (await this.#get(manifest.files.facets)) as FacetsFile;
    const column = (facet: keyof FacetsFile): Column => ({
      values: manifest.vocab[facet],
      codes: decodeColumn(file[facet], n),
    });
    const leaf = column('categoryLeaf');
    const parent = (level: 0 | 1, values: string[]): Column => {
      const codes = new Uint8Array(n);
      const map = manifest.leafParents.map((p) => p[level]);
      for (let i = 0; i < n; i++) codes[i] = map[leaf.codes[i]!]!;
      return { values, codes };
    };
    const starCodes = new Uint8Array(n);
    const stars = new Uint8Array(n);
    let start = 0;
    manifest.starBlocks.forEach(([value, count], block) => {
      starCodes.fill(block, start, start + count);
      stars.fill(value, start, start + count);
      start += count;
    });
    const labels = manifest.labels;
    const categoryTokens = (code: string | undefined) =>
      code === undefined ? [] : tokenize(labels.category[code] ?? '');
    return {
      ...info,
      columns: {
        province: column('province'),
        categoryGroup: parent(0, manifest.vocab.categoryGroup),
        categoryNhom: parent(1, manifest.vocab.categoryNhom),
        categoryLeaf: leaf,
        stars: { values: manifest.starBlocks.map(([s]) => String(s)), codes: starCodes },
        producerType: column('producerType'),
        certificateStatus: column('certificateStatus'),
        hasImage: column('hasImage'),
      },
      stars,
      provinceTokens: manifest.vocab.province.map((p) => tokenize(labels.province[p] ?? '')),
      leafTokens: manifest.vocab.categoryLeaf.map((code, i) => {
        const [g, h] = manifest.leafParents[i]!;
        const codes = new Set([
          manifest.vocab.categoryGroup[g],
          manifest.vocab.categoryNhom[h],
          code,
        ]);
        return [...codes].flatMap(categoryTokens);
      }),
    };
  }

  #loadDates(loaded: Info): Promise<Dates> {
    this.#dates ??= (async () => {
      const file = (await this.#get(loaded.manifest.files.dates)) as DatesFile;
      const dates: Dates = {
        certifiedOn: new Int32Array(loaded.n),
        validUntil: new Int32Array(loaded.n),
        certifiedDay: Int32Array.from(file.certifiedOn),
      };
      for (let i = 0; i < loaded.n; i++) {
        const day = file.certifiedOn[i]!;
        dates.certifiedOn[i] = yyyymmdd(day);
        dates.validUntil[i] = yyyymmdd(day + file.validFor[i]!);
      }
      return dates;
    })();
    this.#dates.catch(() => (this.#dates = undefined));
    return this.#dates;
  }

  #loadNameOrder(loaded: Info): Promise<NameOrder> {
    this.#nameOrder ??= (async () => {
      const file = (await this.#get(loaded.manifest.files.nameOrder)) as NameOrderFile;
      const next: number[] = [];
      let start = 0;
      for (const [, count] of loaded.manifest.starBlocks) {
        next.push(start);
        start += count;
      }
      const rank = new Uint32Array(loaded.n);
      const ids = new Uint32Array(loaded.n);
      for (let r = 0; r < file.blocks.length; r++) {
        const id = next[file.blocks.charCodeAt(r) - 48]!++;
        rank[id] = r;
        ids[r] = id;
      }
      return { rank, ids };
    })();
    this.#nameOrder.catch(() => (this.#nameOrder = undefined));
    return this.#nameOrder;
  }

  /** Term shards holding keys from `from` to `to` (inclusive). */
  #shardsFor(loaded: Info, from: string, to = from): Promise<ShardFile[]> {
    const first = Math.max(0, upperBound(loaded.shardKeys, from) - 1);
    const last = Math.max(0, upperBound(loaded.shardKeys, to) - 1);
    const files: Promise<ShardFile>[] = [];
    for (let i = first; i <= last; i++) {
      files.push(this.#get(loaded.manifest.shards[i]![1]) as Promise<ShardFile>);
    }
    return Promise.all(files);
  }

  /** Per-document flags and name positions of one query word. */
  async #matchWord(
    info: Info,
    columns: Promise<Loaded>,
    word: QueryWord,
    withDiacritics: boolean,
  ): Promise<{ flags: Uint8Array; positions: Int8Array }> {
    const { n } = info;
    const flags = new Uint8Array(n);
    const positions = new Int8Array(n).fill(-1);
    const isExact = (indexed: string, whole: boolean) =>
      withDiacritics && (whole ? indexed === word.exact : prefixExact(indexed, word.exact));

    const applyToken = (entry: TokenEntry, whole: boolean) => {
      for (const [exact, nameDocs, namePositions, otherDocs] of entry) {
        const bits = MATCH | (whole ? WHOLE : 0) | (isExact(exact, whole) ? EXACT : 0);
        let id = 0;
        for (let i = 0; i < nameDocs.length; i++) {
          id += nameDocs[i]!;
          flags[id]! |= bits | IN_NAME;
          const p = namePositions[i]!;
          if (positions[id]! < 0 || p < positions[id]!) positions[id] = Math.min(p, 127);
        }
        id = 0;
        for (const delta of otherDocs) {
          id += delta;
          flags[id]! |= bits;
        }
      }
    };

    const key = word.folded;
    if (!word.prefix) {
      const [shard] = await this.#shardsFor(info, key);
      const entry = shard?.[key];
      if (entry && isTokenEntry(entry)) applyToken(entry, true);
    } else if (info.prefixes.has(`${key}*`)) {
      const shards = await this.#shardsFor(info, key, `${key}*`);
      for (const shard of shards) {
        const whole = shard[key];
        if (whole && isTokenEntry(whole)) applyToken(whole, true);
        const partial = shard[`${key}*`];
        if (partial && !isTokenEntry(partial)) {
          for (const id of deltaDecode(partial[0])) flags[id]! |= MATCH | IN_NAME;
          for (const id of deltaDecode(partial[1])) flags[id]! |= MATCH;
        }
      }
    } else {
      for (const shard of await this.#shardsFor(info, key, `${key}\uffff`)) {
        for (const [k, entry] of Object.entries(shard)) {
          if (!k.startsWith(key) || !isTokenEntry(entry)) continue;
          applyToken(entry, k === key);
        }
      }
    }

    // Province and category names, through the facet columns.
    const { provinceTokens, leafTokens, columns: facetColumns } = await columns;
    const virtual = (tokens: Token[]) => {
      let bits = 0;
      for (const t of tokens) {
        const whole = t.folded === key;
        if (!whole && !(word.prefix && t.folded.startsWith(key))) continue;
        bits |= MATCH | (whole ? WHOLE : 0) | (isExact(t.exact, whole) ? EXACT : 0);
      }
      return bits;
    };
    const byProvince = provinceTokens.map(virtual);
    const byLeaf = leafTokens.map(virtual);
    if (byProvince.some(Boolean) || byLeaf.some(Boolean)) {
      const province = facetColumns.province.codes;
      const leaf = facetColumns.categoryLeaf.codes;
      for (let id = 0; id < n; id++) {
        flags[id]! |= byProvince[province[id]!]! | byLeaf[leaf[id]!]!;
      }
    }
    return { flags, positions };
  }

  /**
   * Documents matching every word, with relevance scores; memoised per query. A query that is a
   * product's code (any case, 3 + 3 with a space or dash, look-alikes) gives that product.
   */
  #match(info: Info, columns: Promise<Loaded>, query: string): Promise<Matches> {
    const { words, withDiacritics } = parseQuery(query);
    const code = codeInQuery(query);
    const key = JSON.stringify([words.map((w) => [w.exact, w.prefix]), withDiacritics, code]);
    let matches = this.#matches.get(key);
    if (!matches) {
      const byWords = () => this.#matchNow(info, columns, words, withDiacritics);
      matches = code ? this.#matchCode(info, code).then((found) => found ?? byWords()) : byWords();
      matches.catch(() => this.#matches.delete(key));
      this.#matches.set(key, matches);
      if (this.#matches.size > 16) this.#matches.delete(this.#matches.keys().next().value!);
    }
    return matches;
  }

  /** The product with this code, if the index has codes and one has it. */
  async #matchCode(info: Info, code: string): Promise<Matches | undefined> {
    const codes = info.manifest.codes;
    const first = code.charAt(0);
    if (!codes?.keys.includes(first)) return undefined;
    const file = (await this.#get(`${codes.dir}/${first}.json`)) as CodesFile;
    const id = file[code.slice(1)];
    return id === undefined ? undefined : { ids: Int32Array.of(id), scores: Uint32Array.of(0) };
  }

  async #matchNow(
    info: Info,
    columns: Promise<Loaded>,
    words: QueryWord[],
    withDiacritics: boolean,
  ): Promise<Matches> {
    const { n } = info;
    if (!words.length) {
      const ids = new Int32Array(n);
      for (let i = 0; i < n; i++) ids[i] = i;
      return { ids, scores: new Uint32Array(n) };
    }
    const perWord = await Promise.all(
      words.map((w) => this.#matchWord(info, columns, w, withDiacritics)),
    );
    const ids: number[] = [];
    const scores: number[] = [];
    for (let id = 0; id < n; id++) {
      let exact = 0;
      let inName = 0;
      let whole = 0;
      let all = true;
      for (const { flags } of perWord) {
        const f = flags[id]!;
        if (!(f & MATCH)) {
          all = false;
          break;
        }
        if (f & EXACT) exact++;
        if (f & IN_NAME) inName++;
        if (f & WHOLE) whole++;
      }
      if (!all) continue;
      // Proximity: 0 when the words stand side by side in the name, in the order typed.
      let distance = 31;
      if (inName === perWord.length) {
        distance = 0;
        let previous = perWord[0]!.positions[id]!;
        for (let w = 1; w < perWord.length && distance < 31; w++) {
          const p = perWord[w]!.positions[id]!;
          distance += p < 0 || previous < 0 ? 31 : Math.abs(p - previous - 1);
          previous = p;
        }
        distance = Math.min(distance, 31);
      }
      ids.push(id);
      scores.push(((exact * 16 + inName) * 16 + whole) * 32 + (31 - distance));
    }
    return { ids: Int32Array.from(ids), scores: Uint32Array.from(scores) };
  }

  async #search(request: SearchRequest, bust = ''): Promise<SearchResult> {
    const started = performance.now();
    // The manifest first; then columns, term shards, dates, name order all at once.
    const info = await this.#loadInfo(bust);
    const loading = this.#load();
    const query = request.query ?? '';
    const sort = request.sort ?? 'relevance';
    const hitsPerPage = Math.max(0, Math.floor(request.hitsPerPage ?? DEFAULT_HITS_PER_PAGE));
    const page = Math.max(0, Math.floor(request.page ?? 0));

    // Which facets to count, and the clauses to filter with.
    const facetNames: string[] =
      request.facets === '*' ? [...ENGINE_FACETS] : [...(request.facets ?? [])];
    const clauses: FilterClause[] = [...(request.clauses ?? [])];
    for (const [attribute, values] of Object.entries(request.filters ?? {})) {
      if (values?.length) clauses.push(values.map((v) => ({ attribute, value: String(v) })));
    }
    if (clauses.length > 30) throw new FallbackSearchError('more than 30 filter clauses');
    const needsDates =
      sort === 'newest' ||
      facetNames.some((f) => f === 'certifiedOn' || f === 'validUntil') ||
      clauses.some((c) =>
        c.some((p) => p.attribute === 'certifiedOn' || p.attribute === 'validUntil'),
      );
    for (const f of facetNames) {
      if (!(ENGINE_FACETS as readonly string[]).includes(f) && !isNumeric(f)) {
        throw new FallbackSearchError(`unknown facet "${f}"`);
      }
    }

    const [loaded, matches, dates, nameOrder] = await Promise.all([
      loading,
      this.#match(info, loading, query),
      needsDates ? this.#loadDates(info) : undefined,
      sort === 'name' ? this.#loadNameOrder(info) : undefined,
    ]);
    const { columns } = loaded;

    const numeric = (attribute: string): ArrayLike<number> => {
      if (attribute === 'stars') return loaded.stars;
      if (attribute === 'certifiedOn') return dates!.certifiedOn;
      if (attribute === 'validUntil') return dates!.validUntil;
      throw new FallbackSearchError(`"${attribute}" is not a numeric attribute`);
    };

    // Evaluate clauses on the matches: bit c of failed[i] set when clause c rejects it.
    const count = matches.ids.length;
    const failed = new Uint32Array(count);
    const owners: (string | undefined)[] = [];
    clauses.forEach((clause, c) => {
      const attributes = new Set(clause.map((p) => p.attribute));
      owners.push(attributes.size === 1 ? clause[0]!.attribute : undefined);
      const tests = clause.map((p) => compilePredicate(p, columns, numeric));
      const bit = 1 << c;
      for (let i = 0; i < count; i++) {
        const id = matches.ids[i]!;
        let pass = tests.length === 0;
        for (const test of tests) {
          if (test(id)) {
            pass = true;
            break;
          }
        }
        if (!pass) failed[i]! |= bit;
      }
    });

    // Facet counts (disjunctive: ignore the facet's own clauses) and stats.
    const disjunctive = (request.facetCounting ?? 'disjunctive') === 'disjunctive';
    const facets: Record<string, Record<string, number>> = {};
    const facetsStats: Record<string, FacetStats> = {};
    for (const facet of facetNames) {
      let ignore = 0;
      if (disjunctive) owners.forEach((o, c) => o === facet && (ignore |= 1 << c));
      const keep = ~ignore;
      if ((ENGINE_FACETS as readonly string[]).includes(facet)) {
        const { values, codes } = columns[facet as EngineFacet];
        const counts = new Uint32Array(values.length);
        for (let i = 0; i < count; i++) {
          if ((failed[i]! & keep) === 0) counts[codes[matches.ids[i]!]!]!++;
        }
        facets[facet] = Object.fromEntries(
          values
            .map((v, code) => [v, counts[code]!] as const)
            .filter(([, c]) => c > 0)
            .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)),
        );
      }
      if (isNumeric(facet)) {
        const column = numeric(facet);
        let min = Infinity;
        let max = -Infinity;
        let sum = 0;
        let total = 0;
        for (let i = 0; i < count; i++) {
          if ((failed[i]! & keep) !== 0) continue;
          const v = column[matches.ids[i]!]!;
          if (v < min) min = v;
          if (v > max) max = v;
          sum += v;
          total++;
        }
        if (total) facetsStats[facet] = { min, max, avg: sum / total, sum };
      }
    }

    // Results, sorted.
    const keys: number[] = [];
    for (let i = 0; i < count; i++) {
      if (failed[i] !== 0) continue;
      const id = matches.ids[i]!;
      const relevance = (SCORE_BITS - 1 - matches.scores[i]!) * ID_BITS + id;
      let key: number;
      if (sort === 'name') key = nameOrder!.rank[id]!;
      else if (sort === 'stars') key = columns.stars.codes[id]! * SCORE_BITS * ID_BITS + relevance;
      else if (sort === 'newest')
        key = (40_000 - dates!.certifiedDay[id]!) * SCORE_BITS * ID_BITS + relevance;
      else key = relevance;
      keys.push(key);
    }
    const nbHits = keys.length;
    const sorted = Float64Array.from(keys).sort();
    const pageKeys = sorted.subarray(page * hitsPerPage, (page + 1) * hitsPerPage);
    const pageIds: number[] = [];
    for (const k of pageKeys) pageIds.push(sort === 'name' ? nameOrder!.ids[k]! : k % ID_BITS);

    const hits = await this.#hits(loaded, pageIds);
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
    const { manifest, columns } = loaded;
    const size = manifest.records.chunk;
    const chunks = new Map<number, Promise<RecordsFile>>();
    for (const id of ids) {
      const c = Math.floor(id / size);
      if (!chunks.has(c)) {
        chunks.set(c, this.#get(`${manifest.records.dir}/${c}.json`) as Promise<RecordsFile>);
      }
    }
    await Promise.all(chunks.values());
    return Promise.all(
      ids.map(async (id): Promise<ProductHit> => {
        const records = await chunks.get(Math.floor(id / size))!;
        const [name, producerName, certifiedOn, validUntil, slug, producerSlug, code, order] =
          records[id % size]!;
        const value = (facet: EngineFacet) => columns[facet].values[columns[facet].codes[id]!]!;
        const province = value('province');
        return {
          id: slug || slugify(name),
          name,
          producer: producerSlug || slugify(producerName),
          producerName,
          producerType: value('producerType') as ProducerType,
          province,
          provinceName: manifest.labels.province[province] ?? province,
          categoryGroup: value('categoryGroup'),
          categoryNhom: value('categoryNhom'),
          categoryLeaf: value('categoryLeaf'),
          stars: loaded.stars[id]!,
          certificateStatus: value('certificateStatus') as CertificateState,
          certifiedOn,
          validUntil,
          hasImage: value('hasImage') === 'true',
          ...(code ? { code } : {}),
          ...decodeOrder(order),
        };
      }),
    );
  }
}

const isNumeric = (attribute: string): attribute is NumericAttribute =>
  (NUMERIC_ATTRIBUTES as readonly string[]).includes(attribute);

function compilePredicate(
  p: FilterPredicate,
  columns: Record<EngineFacet, Column>,
  numeric: (attribute: string) => ArrayLike<number>,
): (id: number) => boolean {
  if ('value' in p) {
    if ((ENGINE_FACETS as readonly string[]).includes(p.attribute)) {
      const { values, codes } = columns[p.attribute as EngineFacet];
      const code = values.indexOf(p.value);
      return p.negate ? (id) => codes[id] !== code : (id) => codes[id] === code;
    }
    if (isNumeric(p.attribute)) {
      const column = numeric(p.attribute);
      const wanted = Number(p.value);
      return p.negate ? (id) => column[id] !== wanted : (id) => column[id] === wanted;
    }
    throw new FallbackSearchError(`unknown facet "${p.attribute}"`);
  }
  const column = numeric(p.attribute);
  if ('min' in p) {
    const { min, max } = p;
    return (id) => column[id]! >= min && column[id]! <= max;
  }
  const x = p.number;
  switch (p.op) {
    case '<':
      return (id) => column[id]! < x;
    case '<=':
      return (id) => column[id]! <= x;
    case '=':
      return (id) => column[id] === x;
    case '!=':
      return (id) => column[id] !== x;
    case '>=':
      return (id) => column[id]! >= x;
    case '>':
      return (id) => column[id]! > x;
  }
}

/**
 * `text` with the parts matching `words` wrapped in `pre`/`post` (whole words; the typed part
 * of a prefix word). Compared folded, so "banh" highlights "Bánh".
 */
export function highlight(
  text: string,
  words: readonly QueryWord[],
  pre = '<em>',
  post = '</em>',
): { value: string; matchedWords: string[]; fullyHighlighted: boolean } {
  const nfc = text.normalize('NFC');
  const matched = new Set<string>();
  let value = '';
  let at = 0;
  let highlighted = 0;
  const spans = tokenSpans(nfc);
  for (const span of spans) {
    let length = 0;
    for (const w of words) {
      if (span.folded === w.folded) length = span.end - span.start;
      else if (w.prefix && span.folded.startsWith(w.folded))
        length = Math.max(length, w.folded.length);
      else continue;
      matched.add(w.text);
    }
    if (!length) continue;
    value += nfc.slice(at, span.start) + pre + nfc.slice(span.start, span.start + length) + post;
    at = span.start + length;
    if (length === span.end - span.start) highlighted++;
  }
  value += nfc.slice(at);
  return {
    value,
    matchedWords: words.filter((w) => matched.has(w.text)).map((w) => w.text),
    fullyHighlighted: spans.length > 0 && highlighted === spans.length,
  };
}

export function createFallbackEngine(options: FallbackEngineOptions): FallbackEngine {
  return new FallbackEngine(options);
}
