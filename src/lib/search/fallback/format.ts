/**
 * The file format of the server-less search index: what `build-index.ts` writes and
 * `engine.ts` reads. Everything is JSON (every static host compresses `application/json`; few
 * compress binary types), shaped so gzip/brotli shrink it well.
 *
 * Documents are numbered 0…n-1 in the order stars desc, then Vietnamese name order. So:
 * - a document's stars follow from its number (`starBlocks`), no column needed;
 * - relevance ties (stars, then name) are broken by the number alone;
 * - a page of results usually sits in one or two display chunks, because the best matches of a
 *   query are neighbours in name order within a star block.
 *
 * Files (names carry a content hash, so they can be cached forever; only `manifest.json`
 * must be revalidated; every hashed file lives in a folder, so one header rule per folder
 * covers it — see `deploy/headers.ts`):
 * - `manifest.json` and the identical `data/manifest.<build>.json`: `FallbackManifest`.
 * - `data/facets.<hash>.json`: `FacetsFile`, one character per document per facet.
 * - `terms/<hash>.json`: `ShardFile`, a range of the sorted term keys (see `ShardFile`).
 * - `records/<hash>/<i>.json`: `RecordsFile`, display records of documents i·chunk…(i+1)·chunk-1.
 * - `data/dates.<hash>.json`, `data/name-order.<hash>.json`: loaded only to sort by date or name or to
 *   filter on dates.
 * - `data/sales-points.<hash>.json`: every sales point (`sales-points.ts`).
 * - `data/words.<hash>.json`: `WordsFile`, the typo vocabulary, loaded only for a word of five letters
 *   or more that matches nothing as typed (`typos.ts`).
 *
 * Format 2 added descriptions to the term entries, the typo vocabulary and the synonyms.
 */

export const FALLBACK_FORMAT_VERSION = 2;

/** Days are counted from this day in `dates` files. */
export const DAY_EPOCH = Date.UTC(2000, 0, 1);
const DAY_MS = 86_400_000;

/** YYYYMMDD → days since 2000-01-01. */
export function dayNumber(yyyymmdd: number): number {
  const y = Math.floor(yyyymmdd / 10000);
  const m = Math.floor(yyyymmdd / 100) % 100;
  const d = yyyymmdd % 100;
  return Math.round((Date.UTC(y, m - 1, d) - DAY_EPOCH) / DAY_MS);
}

/** Days since 2000-01-01 → YYYYMMDD. */
export function yyyymmdd(days: number): number {
  const date = new Date(DAY_EPOCH + days * DAY_MS);
  return date.getUTCFullYear() * 10000 + (date.getUTCMonth() + 1) * 100 + date.getUTCDate();
}

/**
 * Categorical facets, each a vocabulary in the manifest and a column in the facets file.
 * `categoryGroup` and `categoryNhom` are derived from `categoryLeaf`; `stars` from the number.
 */
export const COLUMN_FACETS = [
  'province',
  'categoryLeaf',
  'producerType',
  'certificateStatus',
  'hasImage',
] as const;
export type ColumnFacet = (typeof COLUMN_FACETS)[number];

/** Every facet the engine can filter and count. */
export const ENGINE_FACETS = [
  'province',
  'categoryGroup',
  'categoryNhom',
  'categoryLeaf',
  'stars',
  'producerType',
  'certificateStatus',
  'hasImage',
] as const;
export type EngineFacet = (typeof ENGINE_FACETS)[number];

/** Numeric attributes for numeric filters and facet stats. */
export const NUMERIC_ATTRIBUTES = ['stars', 'certifiedOn', 'validUntil'] as const;
export type NumericAttribute = (typeof NUMERIC_ATTRIBUTES)[number];

export interface FallbackManifest {
  format: typeof FALLBACK_FORMAT_VERSION;
  /** Hash of every file of this build. */
  build: string;
  /** Day the certificate statuses were computed for (YYYY-MM-DD). */
  statusDate: string;
  counts: { products: number; salesPoints: number };
  /** [stars, how many], best first: documents 0…a-1 have the first, and so on. */
  starBlocks: [number, number][];
  /** Values of each column facet (slugs, codes, "true"/"false"), indexed by column code. */
  vocab: Record<ColumnFacet, string[]> & { categoryGroup: string[]; categoryNhom: string[] };
  /** For each `categoryLeaf` value: [index in categoryGroup, index in categoryNhom]. */
  leafParents: [number, number][];
  /** Display names: province slug → name, category code → name (also searched, see engine). */
  labels: { province: Record<string, string>; category: Record<string, string> };
  files: { facets: string; dates: string; nameOrder: string; salesPoints: string; words: string };
  /**
   * The synonym table (`buildSynonyms()`, the one Meilisearch gets), folded and compact:
   * `from>to|to;from>to…` (`synonym-terms.ts`).
   */
  synonyms: string;
  /** First key of each term shard, sorted, and its file. */
  shards: [string, string][];
  /** Keys "p*" that hold a prefix entry (see `ShardFile`), space-separated, sorted. */
  prefixes: string;
  records: { dir: string; chunk: number; count: number };
  /**
   * Products by code (`/p/<code>/`): `<dir>/<c>.json` for each first character `c` in `keys`,
   * a `CodesFile`. Fetched only for a query that is a code (see `codeInQuery`); absent in
   * indexes built before codes were searchable.
   */
  codes?: { dir: string; keys: string } | undefined;
}

/** The last five characters of each code starting with one character → document number. */
export type CodesFile = Record<string, number>;

/**
 * One character per document (in document order) per column facet. Code c is the character
 * `encodeCode(c)`; a vocabulary over 91 values would use two characters (not needed for OCOP).
 */
export type FacetsFile = Record<ColumnFacet, string>;

/** Per document: certifiedOn as days since 2000-01-01, and validUntil − certifiedOn in days. */
export interface DatesFile {
  certifiedOn: number[];
  validFor: number[];
}

/** For each position in Vietnamese name order, the index of the star block it comes from. */
export interface NameOrderFile {
  blocks: string;
}

/**
 * A range of the sorted term keys: `{ key: entry }`.
 * - A token key is a folded token ("banh"). Its entry lists one variant per exact form:
 *   `[exact, nameDocs, namePositions, otherDocs, descriptionDocs?]`, where `nameDocs` are the
 *   documents whose name has this form (delta-coded ascending), `namePositions` its first word
 *   position in each of those names, `otherDocs` the documents that have it only in another
 *   searched field (producer name, English name, former province names) and `descriptionDocs`
 *   (left out when empty) those that have it only in the first words of their description.
 * - A prefix key is a folded prefix followed by "*" ("ba*"): `[nameDocs, otherDocs,
 *   descriptionDocs?]`, every document with a longer token starting with the prefix, for the
 *   word being typed.
 * Province names and category names are not in the shards: the engine matches them against
 * `labels` and the facet columns.
 */
export type TokenEntry = [
  exact: string,
  nameDocs: number[],
  namePositions: number[],
  other: number[],
  description?: number[],
][];
export type PrefixEntry = [nameDocs: number[], otherDocs: number[], descriptionDocs?: number[]];

/** The typo vocabulary: every folded token of four letters or more, sorted, space-separated. */
export type WordsFile = string;
export type ShardFile = Record<string, TokenEntry | PrefixEntry>;

/**
 * Display records, one per document of the chunk, in document order:
 * `[name, producerName, certifiedOn, validUntil, slug?, producerSlug?, code?, order?, nameEn?]`; a slug is
 * left out (or "") when it equals `slugify(name)` / `slugify(producerName)`. `code` and `order`
 * are there only for products one can order: `order` is the first pack's sku, then
 * `*<quantity>` when more than one must be ordered, then `/<packs>` when there are several.
 * `nameEn`, the English name, comes last (the fields before it "" when absent).
 */
export type DisplayRecord = [
  string,
  string,
  number,
  number,
  string?,
  string?,
  string?,
  string?,
  string?,
];
export type RecordsFile = DisplayRecord[];

/** The `order` of a display record, from a document's offer fields. */
export function encodeOrder(d: {
  offerCount?: number | undefined;
  orderSku?: string | undefined;
  orderQuantity?: number | undefined;
}): string | undefined {
  if (!d.offerCount || !d.orderSku) return undefined;
  const quantity = d.orderQuantity && d.orderQuantity > 1 ? `*${d.orderQuantity}` : '';
  const packs = d.offerCount > 1 ? `/${d.offerCount}` : '';
  return `${d.orderSku}${quantity}${packs}`;
}

export function decodeOrder(order: string | undefined): {
  offerCount?: number;
  orderSku?: string;
  orderQuantity?: number;
} {
  const match = order ? /^([a-z0-9-]+)(?:\*(\d+))?(?:\/(\d+))?$/.exec(order) : null;
  if (!match) return {};
  return {
    offerCount: match[3] ? Number(match[3]) : 1,
    orderSku: match[1]!,
    orderQuantity: match[2] ? Number(match[2]) : 1,
  };
}

/* ---------- codecs ---------- */

/** Column code → character: "#"…"~" without "\\" (91 values, all one byte and JSON-safe). */
export function encodeCode(code: number): string {
  if (code < 0 || code > 90) throw new RangeError(`column code ${code} out of range`);
  const c = 0x23 + code;
  return String.fromCharCode(c >= 0x5c ? c + 1 : c);
}

export function decodeColumn(column: string, count: number): Uint8Array {
  if (column.length !== count) {
    throw new Error(`facet column has ${column.length} values, expected ${count}`);
  }
  const out = new Uint8Array(count);
  for (let i = 0; i < count; i++) {
    const c = column.charCodeAt(i);
    out[i] = (c > 0x5c ? c - 1 : c) - 0x23;
  }
  return out;
}

/** Ascending numbers → first value, then differences. */
export function deltaEncode(sorted: readonly number[]): number[] {
  const out: number[] = [];
  let previous = 0;
  for (const n of sorted) {
    out.push(n - previous);
    previous = n;
  }
  return out;
}

export function deltaDecode(deltas: readonly number[]): number[] {
  const out: number[] = [];
  let value = 0;
  for (const d of deltas) {
    value += d;
    out.push(value);
  }
  return out;
}
