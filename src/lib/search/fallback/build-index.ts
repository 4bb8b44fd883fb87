/**
 * Build time (Node): turns search documents into the static files of the server-less search
 * (format in `format.ts`). `buildFallbackIndex` is pure (files in memory);
 * `writeFallbackIndex(documents, outDir)` writes them, e.g. into `dist/search/fallback/`.
 *
 * Serve `manifest.json` with a short cache or revalidation (`Cache-Control: no-cache`) and
 * everything else as immutable: the other names carry content hashes.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rm, rmdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { compareVietnamese, slugify } from '../../domain/vietnamese.ts';
import { isListedDocument, type ProductDocument, type SalesPointDocument } from '../documents.ts';
import {
  COLUMN_FACETS,
  FALLBACK_FORMAT_VERSION,
  dayNumber,
  deltaEncode,
  encodeCode,
  type ColumnFacet,
  type DatesFile,
  type DisplayRecord,
  encodeOrder,
  type CodesFile,
  type FacetsFile,
  type FallbackManifest,
  type NameOrderFile,
  type PrefixEntry,
  type ShardFile,
  type TokenEntry,
} from './format.ts';
import { encodeSalesPoints } from './sales-points.ts';
import { categorySearchText } from '../category-words.ts';
import { descriptionSearchText } from '../description-words.ts';
import { nameAliases } from '../name-aliases.ts';
import { buildSynonyms, type SynonymTable } from '../synonyms.ts';
import { compactSynonyms } from './synonym-terms.ts';
import { tokenize } from './text.ts';
import { typoVocabulary } from './typos.ts';

export interface FallbackBuildOptions {
  /** Documents per display-records file (default 10: a page of scattered hits stays small). */
  chunkSize?: number;
  /** Approximate size of a term shard in JSON characters before compression (default 12,000). */
  shardSize?: number;
  /** Longest prefix that may get a precomputed prefix entry (default 3). */
  maxPrefix?: number;
  /** Day the statuses were computed for, recorded in the manifest (default: today, UTC). */
  statusDate?: string;
  /** Synonyms applied to queries (default: `buildSynonyms()`, the table Meilisearch gets). */
  synonyms?: SynonymTable;
}

/** Folded tokens at least this long go into the typo vocabulary (`words` file). */
export const TYPO_VOCABULARY_MIN_LENGTH = 4;

export type FallbackInput =
  | readonly ProductDocument[]
  | { products: readonly ProductDocument[]; salesPoints?: readonly SalesPointDocument[] };

export interface FallbackIndex {
  manifest: FallbackManifest;
  /** Path relative to the output folder → file contents (JSON text). */
  files: Map<string, string>;
}

const hash = (text: string, length = 10) =>
  createHash('sha256').update(text).digest('hex').slice(0, length);

const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const byNumber = (a: number, b: number) => a - b;

/** Documents in index order: stars desc, then Vietnamese name order, then slug. */
export function indexOrder(products: readonly ProductDocument[]): ProductDocument[] {
  return [...products].sort(
    (a, b) => b.stars - a.stars || compareVietnamese(a.name, b.name) || byCodeUnits(a.id, b.id),
  );
}

/** Name position given to the name's aliases: after any word of the name, never next to one. */
const ALIAS_POSITION = 99;

interface Variant {
  /** doc → first word position in the name. */
  name: Map<number, number>;
  other: Set<number>;
  /** Documents with the form only in their description. */
  description: Set<number>;
}

/** folded token → exact form → documents. */
type Postings = Map<string, Map<string, Variant>>;

function collectPostings(docs: readonly ProductDocument[]): Postings {
  const postings: Postings = new Map();
  const variant = (folded: string, exact: string): Variant => {
    let forms = postings.get(folded);
    if (!forms) postings.set(folded, (forms = new Map<string, Variant>()));
    let v = forms.get(exact);
    if (!v) forms.set(exact, (v = { name: new Map(), other: new Set(), description: new Set() }));
    return v;
  };
  docs.forEach((doc, id) => {
    tokenize(doc.name).forEach((t, position) => {
      const v = variant(t.folded, t.exact);
      if (!v.name.has(id)) v.name.set(id, Math.min(position, 99));
    });
    // Everyday equivalents of the name's words ("trà" for "Chè…", "rice" for "Gạo…"), as
    // Meilisearch's `nameAliases`: found like the name, but apart from its words.
    for (const t of tokenize(nameAliases(doc.name).join(' '))) {
      const v = variant(t.folded, t.exact);
      if (!v.name.has(id)) v.name.set(id, ALIAS_POSITION);
    }
    const others = [doc.producerName, doc.nameEn ?? '', ...doc.formerProvinceNames].join(' ');
    for (const t of tokenize(others)) {
      const v = variant(t.folded, t.exact);
      if (!v.name.has(id)) v.other.add(id);
    }
    // The description's first sentence, the part Meilisearch searches too.
    for (const t of tokenize(descriptionSearchText(doc.description))) {
      const v = variant(t.folded, t.exact);
      if (!v.name.has(id) && !v.other.has(id)) v.description.add(id);
    }
  });
  return postings;
}

function tokenEntry(forms: Map<string, Variant>): TokenEntry {
  return [...forms.entries()]
    .sort(([a], [b]) => byCodeUnits(a, b))
    .map(([exact, v]) => {
      const named = [...v.name.entries()].sort((a, b) => a[0] - b[0]);
      const variant: TokenEntry[number] = [
        exact,
        deltaEncode(named.map(([id]) => id)),
        named.map(([, position]) => position),
        deltaEncode([...v.other].sort(byNumber)),
      ];
      if (v.description.size) variant.push(deltaEncode([...v.description].sort(byNumber)));
      return variant;
    });
}

/** Prefix entries worth precomputing: "p*" → every doc with a longer token starting with p. */
function prefixEntries(
  postings: Postings,
  entries: Map<string, string>,
  maxPrefix: number,
): Map<string, PrefixEntry> {
  const byPrefix = new Map<string, string[]>();
  for (const token of postings.keys()) {
    for (let length = 1; length <= Math.min(maxPrefix, token.length - 1); length++) {
      const prefix = token.slice(0, length);
      const list = byPrefix.get(prefix);
      if (list) list.push(token);
      else byPrefix.set(prefix, [token]);
    }
  }
  const result = new Map<string, PrefixEntry>();
  for (const [prefix, tokens] of byPrefix) {
    if (tokens.length < 2) continue;
    const named = new Set<number>();
    const other = new Set<number>();
    const description = new Set<number>();
    let expandedSize = 0;
    for (const token of tokens) {
      expandedSize += entries.get(token)!.length;
      for (const v of postings.get(token)!.values()) {
        for (const id of v.name.keys()) named.add(id);
        for (const id of v.other) other.add(id);
        for (const id of v.description) description.add(id);
      }
    }
    for (const id of named) other.delete(id);
    for (const id of [...named, ...other]) description.delete(id);
    const entry: PrefixEntry = [
      deltaEncode([...named].sort(byNumber)),
      deltaEncode([...other].sort(byNumber)),
    ];
    if (description.size) entry.push(deltaEncode([...description].sort(byNumber)));
    // Worth it when fetching every longer token would cost clearly more than the union.
    if (expandedSize > 1.5 * JSON.stringify(entry).length) result.set(`${prefix}*`, entry);
  }
  return result;
}

function facetColumns(docs: readonly ProductDocument[]) {
  const values: Record<ColumnFacet, (d: ProductDocument) => string> = {
    province: (d) => d.province,
    categoryLeaf: (d) => d.categoryLeaf,
    producerType: (d) => d.producerType,
    certificateStatus: (d) => d.certificateStatus,
    hasImage: (d) => String(d.hasImage),
  };
  const vocab = {} as Record<ColumnFacet, string[]>;
  const file = {} as FacetsFile;
  for (const facet of COLUMN_FACETS) {
    const read = values[facet];
    const words = [...new Set(docs.map(read))].sort(byCodeUnits);
    if (words.length > 91) throw new Error(`facet ${facet} has ${words.length} values (max 91)`);
    const codes = new Map(words.map((w, i) => [w, encodeCode(i)]));
    vocab[facet] = words;
    file[facet] = docs.map((d) => codes.get(read(d))!).join('');
  }
  return { vocab, file };
}

/** Folded tokens of the province names (matched through the facet columns). */
function labelTokens(labels: Record<string, string>): string[] {
  return Object.values(labels).flatMap((label) => tokenize(label).map((t) => t.folded));
}

/** Builds every file of the index in memory. */
export function buildFallbackIndex(
  input: FallbackInput,
  options: FallbackBuildOptions = {},
): FallbackIndex {
  const products = 'products' in input ? input.products : input;
  const salesPoints = 'products' in input ? (input.salesPoints ?? []) : [];
  const chunkSize = options.chunkSize ?? 10;
  const shardSize = options.shardSize ?? 12_000;
  // Revoked products are left out, as the browse pages and Meilisearch leave them out.
  const docs = indexOrder(products.filter(isListedDocument));
  if (docs.length >= 2 ** 18) throw new RangeError(`${docs.length} products: at most 262,143`);
  const files = new Map<string, string>();
  const add = (name: (h: string) => string, text: string) => {
    const file = name(hash(text));
    files.set(file, text);
    return file;
  };

  // Star blocks.
  const starBlocks: [number, number][] = [];
  for (const d of docs) {
    const last = starBlocks.at(-1);
    if (last?.[0] === d.stars) last[1]++;
    else starBlocks.push([d.stars, 1]);
  }

  // Facet columns, category tree, labels.
  const { vocab, file: facets } = facetColumns(docs);
  const groups = [...new Set(docs.map((d) => d.categoryGroup))].sort(byCodeUnits);
  const nhoms = [...new Set(docs.map((d) => d.categoryNhom))].sort(byCodeUnits);
  const leafParents = vocab.categoryLeaf.map((leaf): [number, number] => {
    const d = docs.find((x) => x.categoryLeaf === leaf)!;
    return [groups.indexOf(d.categoryGroup), nhoms.indexOf(d.categoryNhom)];
  });
  const provinceLabels: Record<string, string> = {};
  const categoryLabels: Record<string, string> = {};
  for (const d of docs) {
    provinceLabels[d.province] = d.provinceName;
    const codes = [...new Set([d.categoryGroup, d.categoryNhom, d.categoryLeaf])];
    codes.forEach((code, i) => {
      const label = d.categoryNames[i];
      if (label !== undefined) categoryLabels[code] = label;
    });
  }
  const facetsFile = add((h) => `data/facets.${h}.json`, JSON.stringify(facets));

  // Dates (sort by newest, date filters) and name order (sort by name): loaded on demand.
  const dates: DatesFile = {
    certifiedOn: docs.map((d) => dayNumber(d.certifiedOn)),
    validFor: docs.map((d) => dayNumber(d.validUntil) - dayNumber(d.certifiedOn)),
  };
  const datesFile = add((h) => `data/dates.${h}.json`, JSON.stringify(dates));
  const blockOf = new Map<ProductDocument, number>();
  let start = 0;
  starBlocks.forEach(([, count], block) => {
    for (let i = start; i < start + count; i++) blockOf.set(docs[i]!, block);
    start += count;
  });
  const byName = [...docs].sort(
    (a, b) => compareVietnamese(a.name, b.name) || byCodeUnits(a.id, b.id),
  );
  const nameOrder: NameOrderFile = { blocks: byName.map((d) => String(blockOf.get(d))).join('') };
  const nameOrderFile = add((h) => `data/name-order.${h}.json`, JSON.stringify(nameOrder));

  // Term shards.
  const postings = collectPostings(docs);
  const entries = new Map<string, string>();
  for (const [token, forms] of postings) entries.set(token, JSON.stringify(tokenEntry(forms)));
  for (const [key, entry] of prefixEntries(postings, entries, options.maxPrefix ?? 3)) {
    entries.set(key, JSON.stringify(entry));
  }
  const keys = [...entries.keys()].sort(byCodeUnits);
  const shards: [string, string][] = [];
  let shardKeys: string[] = [];
  let shardChars = 0;
  const flush = () => {
    if (!shardKeys.length) return;
    const text = `{${shardKeys.map((k) => `${JSON.stringify(k)}:${entries.get(k)!}`).join(',')}}`;
    // Check the hand-built JSON once.
    JSON.parse(text) as ShardFile;
    shards.push([shardKeys[0]!, add((h) => `terms/${h}.json`, text)]);
    shardKeys = [];
    shardChars = 0;
  };
  for (const key of keys) {
    const size = key.length + entries.get(key)!.length + 4;
    if (shardChars > 0 && shardChars + size > shardSize) flush();
    shardKeys.push(key);
    shardChars += size;
  }
  flush();
  const prefixes = keys.filter((k) => k.endsWith('*')).join(' ');

  // Typo vocabulary: fetched only for a word that matches nothing as typed.
  const wordsFile = add(
    (h) => `data/words.${h}.json`,
    JSON.stringify(
      typoVocabulary([
        ...postings.keys(),
        ...labelTokens(provinceLabels),
        // The category words searched (`category-words.ts`).
        ...Object.values(categoryLabels).flatMap((label) =>
          tokenize(categorySearchText(label)).map((t) => t.folded),
        ),
      ]),
    ),
  );

  // Display records, in chunks named by a hash of them all.
  const chunks: string[] = [];
  for (let i = 0; i < docs.length; i += chunkSize) {
    const records = docs.slice(i, i + chunkSize).map((d): DisplayRecord => {
      const record: DisplayRecord = [d.name, d.producerName, d.certifiedOn, d.validUntil];
      const slug = d.id === slugify(d.name) ? '' : d.id;
      const producerSlug = d.producer === slugify(d.producerName) ? '' : d.producer;
      const order = encodeOrder(d);
      const nameEn = d.nameEn ?? '';
      if (slug || producerSlug || order !== undefined || nameEn) record.push(slug);
      if (producerSlug || order !== undefined || nameEn) record.push(producerSlug);
      if (order !== undefined) record.push(d.code, order);
      else if (nameEn) record.push('', '');
      if (nameEn) record.push(nameEn);
      return record;
    });
    chunks.push(JSON.stringify(records));
  }
  const recordsDir = `records/${hash(chunks.join('\n'))}`;
  chunks.forEach((text, i) => files.set(`${recordsDir}/${i}.json`, text));

  const salesPointsFile = add((h) => `data/sales-points.${h}.json`, encodeSalesPoints(salesPoints));

  // Codes, by first character: a code query fetches one small file.
  const byFirst = new Map<string, CodesFile>();
  docs.forEach((d, id) => {
    const first = d.code.charAt(0);
    let bucket = byFirst.get(first);
    if (!bucket) byFirst.set(first, (bucket = {}));
    bucket[d.code.slice(1)] = id;
  });
  const codeKeys = [...byFirst.keys()].sort(byCodeUnits);
  const codeTexts = codeKeys.map((k) => JSON.stringify(byFirst.get(k)));
  const codesDir = `codes/${hash(codeTexts.join('\n'))}`;
  codeKeys.forEach((k, i) => files.set(`${codesDir}/${k}.json`, codeTexts[i]!));

  const manifest: FallbackManifest = {
    format: FALLBACK_FORMAT_VERSION,
    build: hash([...files.keys()].sort(byCodeUnits).join('\n')),
    statusDate: options.statusDate ?? new Date().toISOString().slice(0, 10),
    counts: { products: docs.length, salesPoints: salesPoints.length },
    starBlocks,
    vocab: { ...vocab, categoryGroup: groups, categoryNhom: nhoms },
    leafParents,
    labels: { province: provinceLabels, category: categoryLabels },
    files: {
      facets: facetsFile,
      dates: datesFile,
      nameOrder: nameOrderFile,
      salesPoints: salesPointsFile,
      words: wordsFile,
    },
    synonyms: compactSynonyms(options.synonyms ?? buildSynonyms()),
    shards,
    prefixes,
    records: { dir: recordsDir, chunk: chunkSize, count: chunks.length },
    codes: { dir: codesDir, keys: codeKeys.join('') },
  };
  const manifestText = JSON.stringify(manifest);
  files.set('manifest.json', manifestText);
  files.set(`data/manifest.${manifest.build}.json`, manifestText);
  return { manifest, files };
}

export interface WrittenFallbackIndex {
  manifest: FallbackManifest;
  /** "data/manifest.<build>.json": safe to reference from HTML built in the same build. */
  manifestFile: string;
  /** Every file written, relative to `outDir`. */
  files: string[];
  /** Their total size in bytes (uncompressed). */
  bytes: number;
}

/**
 * Writes the index into `outDir` (created if needed) and removes the files of the index it
 * replaces there (those listed by the previous `manifest.json`), leaving other files alone.
 */
export async function writeFallbackIndex(
  documents: FallbackInput,
  outDir: string,
  options: FallbackBuildOptions = {},
): Promise<WrittenFallbackIndex> {
  return writeFallbackFiles(buildFallbackIndex(documents, options), outDir);
}

/** Writes an index built before (`buildFallbackIndex`) as `writeFallbackIndex` does. */
export async function writeFallbackFiles(
  { manifest, files }: FallbackIndex,
  outDir: string,
): Promise<WrittenFallbackIndex> {
  const previous = await previousFiles(outDir);
  let bytes = 0;
  const dirs = new Set([...files.keys()].map((f) => path.dirname(path.join(outDir, f))));
  for (const dir of dirs) await mkdir(dir, { recursive: true });
  for (const [file, text] of files) {
    bytes += Buffer.byteLength(text);
    await writeFile(path.join(outDir, file), text);
  }
  const root = path.resolve(outDir);
  for (const file of previous) {
    const target = path.resolve(root, file);
    // Only files of the old index inside outDir, whatever an old manifest says.
    if (files.has(file) || !target.startsWith(root + path.sep)) continue;
    await rm(target, { force: true });
  }
  for (const dir of new Set(previous.map((f) => path.dirname(f)))) {
    if (dir !== '.' && !dirs.has(path.join(outDir, dir))) {
      await rmdir(path.resolve(root, dir)).catch(() => undefined);
    }
  }
  return {
    manifest,
    manifestFile: `data/manifest.${manifest.build}.json`,
    files: [...files.keys()],
    bytes,
  };
}

/** Files of the index currently in `outDir`, from its manifest (none if there is none). */
async function previousFiles(outDir: string): Promise<string[]> {
  let manifest: FallbackManifest;
  try {
    manifest = JSON.parse(
      await readFile(path.join(outDir, 'manifest.json'), 'utf8'),
    ) as FallbackManifest;
  } catch {
    return [];
  }
  if (!Array.isArray(manifest.shards)) return [];
  return [
    `data/manifest.${manifest.build}.json`,
    ...Object.values(manifest.files),
    ...manifest.shards.map(([, file]) => file),
    ...Array.from(
      { length: manifest.records.count },
      (_, i) => `${manifest.records.dir}/${i}.json`,
    ),
    ...Array.from(manifest.codes?.keys ?? '', (k) => `${manifest.codes!.dir}/${k}.json`),
  ];
}
