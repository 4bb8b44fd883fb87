/**
 * Fetching and decoding the files of the server-less index (format in `format.ts`), each at most
 * once per loader: the manifest, the facet columns, term shards, display records, dates, name
 * order and code files. A failed fetch is forgotten, so the next query tries again. The decoders
 * are pure functions, exported for their tests.
 */
import { categorySearchText } from '../category-words.ts';
import { FallbackSearchError } from './errors.ts';
import {
  FALLBACK_FORMAT_VERSION,
  decodeColumn,
  yyyymmdd,
  type CodesFile,
  type DatesFile,
  type EngineFacet,
  type FacetsFile,
  type FallbackManifest,
  type NameOrderFile,
  type RecordsFile,
  type ShardFile,
  type WordsFile,
} from './format.ts';
import { decodeSynonyms, type Synonyms } from './synonym-terms.ts';
import { tokenize, type Token } from './text.ts';
import type { Fetcher } from './types.ts';

export interface Column {
  values: string[];
  codes: Uint8Array;
}

/** What the manifest alone tells. */
export interface Info {
  manifest: FallbackManifest;
  n: number;
  shardKeys: string[];
  prefixes: Set<string>;
  synonyms: Synonyms;
}

/** …and with the facet columns. */
export interface Loaded extends Info {
  columns: Record<EngineFacet, Column>;
  /** Star value of each document. */
  stars: Uint8Array;
  /** Tokens searched for each province code and each leaf code (with its group and nhóm). */
  provinceTokens: Token[][];
  leafTokens: Token[][];
}

/** Vietnamese name order: rank of each document, and the document at each rank. */
export interface NameOrder {
  rank: Uint32Array;
  ids: Uint32Array;
}

export interface Dates {
  certifiedOn: Int32Array;
  validUntil: Int32Array;
  certifiedDay: Int32Array;
}

/** Checks the manifest's format and reads what every query needs from it. */
export function decodeInfo(manifest: FallbackManifest): Info {
  if ((manifest.format as number) !== FALLBACK_FORMAT_VERSION) {
    throw new FallbackSearchError(`unknown index format ${String(manifest.format)}`);
  }
  return {
    manifest,
    n: manifest.counts.products,
    shardKeys: manifest.shards.map(([key]) => key),
    prefixes: new Set(manifest.prefixes ? manifest.prefixes.split(' ') : []),
    synonyms: decodeSynonyms(manifest.synonyms),
  };
}

/** The facet columns (category parents and stars derived), and the searched label tokens. */
export function decodeColumns(info: Info, file: FacetsFile): Loaded {
  const { manifest, n } = info;
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
    code === undefined ? [] : tokenize(categorySearchText(labels.category[code] ?? ''));
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

export function decodeDates(file: DatesFile, n: number): Dates {
  const dates: Dates = {
    certifiedOn: new Int32Array(n),
    validUntil: new Int32Array(n),
    certifiedDay: Int32Array.from(file.certifiedOn),
  };
  for (let i = 0; i < n; i++) {
    const day = file.certifiedOn[i]!;
    dates.certifiedOn[i] = yyyymmdd(day);
    dates.validUntil[i] = yyyymmdd(day + file.validFor[i]!);
  }
  return dates;
}

export function decodeNameOrder(
  file: NameOrderFile,
  starBlocks: readonly (readonly [number, number])[],
  n: number,
): NameOrder {
  const next: number[] = [];
  let start = 0;
  for (const [, count] of starBlocks) {
    next.push(start);
    start += count;
  }
  const rank = new Uint32Array(n);
  const ids = new Uint32Array(n);
  for (let r = 0; r < file.blocks.length; r++) {
    const id = next[file.blocks.charCodeAt(r) - 48]!++;
    rank[id] = r;
    ids[r] = id;
  }
  return { rank, ids };
}

/** Index of the last sorted key ≤ `key`, plus one. */
export function upperBound(sorted: readonly string[], key: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! <= key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Indexes of the shards holding keys from `from` to `to` (inclusive). */
export function shardRange(shardKeys: readonly string[], from: string, to = from): number[] {
  const first = Math.max(0, upperBound(shardKeys, from) - 1);
  const last = Math.max(0, upperBound(shardKeys, to) - 1);
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

export interface IndexLoaderOptions {
  baseUrl: string;
  manifestFile: string;
  manifest: FallbackManifest | undefined;
  fetch: Fetcher;
}

/** Downloads and decodes the index's files on demand, each once (until `reset`). */
export class IndexLoader {
  readonly #options: IndexLoaderOptions;
  #files = new Map<string, Promise<unknown>>();
  #decoded = new Map<string, Promise<unknown>>();

  constructor(options: IndexLoaderOptions) {
    this.#options = options;
  }

  /** Forgets every file (after a redeploy under a cached manifest). */
  reset(): void {
    this.#files.clear();
    this.#decoded.clear();
  }

  /** One JSON file of the index folder, fetched once. */
  get(file: string): Promise<unknown> {
    let promise = this.#files.get(file);
    if (!promise) {
      const url = this.#options.baseUrl + file;
      promise = this.#options.fetch(url).then((response) => {
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

  /** `make()` once under `key`; forgotten if it fails. */
  #once<T>(key: string, make: () => Promise<T>): Promise<T> {
    let promise = this.#decoded.get(key) as Promise<T> | undefined;
    if (!promise) {
      promise = make();
      promise.catch(() => this.#decoded.delete(key));
      this.#decoded.set(key, promise);
    }
    return promise;
  }

  /** The manifest (`bust` is appended to its URL to get past a stale cache). */
  info(bust = ''): Promise<Info> {
    return this.#once('info', async () =>
      decodeInfo(
        this.#options.manifest ??
          ((await this.get(this.#options.manifestFile + bust)) as FallbackManifest),
      ),
    );
  }

  /** The manifest and the facet columns. */
  loaded(bust = ''): Promise<Loaded> {
    return this.#once('loaded', async () => {
      const info = await this.info(bust);
      return decodeColumns(info, (await this.get(info.manifest.files.facets)) as FacetsFile);
    });
  }

  dates(info: Info): Promise<Dates> {
    return this.#once('dates', async () =>
      decodeDates((await this.get(info.manifest.files.dates)) as DatesFile, info.n),
    );
  }

  nameOrder(info: Info): Promise<NameOrder> {
    return this.#once('nameOrder', async () =>
      decodeNameOrder(
        (await this.get(info.manifest.files.nameOrder)) as NameOrderFile,
        info.manifest.starBlocks,
        info.n,
      ),
    );
  }

  /** Term shards holding keys from `from` to `to` (inclusive). */
  shards(info: Info, from: string, to = from): Promise<ShardFile[]> {
    return Promise.all(
      shardRange(info.shardKeys, from, to).map(
        (i) => this.get(info.manifest.shards[i]![1]) as Promise<ShardFile>,
      ),
    );
  }

  /** The typo vocabulary. */
  words(info: Info): Promise<WordsFile> {
    return this.get(info.manifest.files.words) as Promise<WordsFile>;
  }

  /** The display records of chunk `chunk`. */
  records(info: Info, chunk: number): Promise<RecordsFile> {
    return this.get(`${info.manifest.records.dir}/${chunk}.json`) as Promise<RecordsFile>;
  }

  /** The document with this code, if the index has codes and one has it. */
  async codeDocument(info: Info, code: string): Promise<number | undefined> {
    const codes = info.manifest.codes;
    const first = code.charAt(0);
    if (!codes?.keys.includes(first)) return undefined;
    const file = (await this.get(`${codes.dir}/${first}.json`)) as CodesFile;
    return file[code.slice(1)];
  }
}
