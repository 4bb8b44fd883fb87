/**
 * Decides what each product row does to the catalogue, without touching the disk: add a product
 * (and its producer), append a certification to an existing product (re-recognised, upgraded),
 * leave it unchanged, or merge it into an earlier row of the same file. Existing products are
 * found by code or slug (the open-data CSV has both) or by name + producer + province compared
 * through `name-key.ts` (abbreviations written out, legal-form words, punctuation and diacritics
 * folded); an existing file only ever gains a certification, so descriptions, photos and prices
 * are kept. A new product or producer that is likely, but not certainly, one already there
 * (same product name and a producer differing only by kind or activity words or a typo; a
 * product name one or two letters off under the same producer) is added with a flag naming it.
 * Every candidate file is checked with the site's schemas; a row whose result would not be
 * valid is rejected with the schema's words.
 */
import { LikelyIndex } from './likely-index.ts';
import { productSchema } from '../../schemas/product.ts';
import { producerSchema } from '../../schemas/producer.ts';
import type { Catalogue } from '../content-files/read-content.ts';
import { describeZodError } from '../content-files/errors.ts';
import { slugify } from '../domain/vietnamese.ts';
import { producerKey, producerLikeness, productLikeness, productNameKey } from './name-key.ts';
import { newCode } from '../domain/code-assignment.ts';
import {
  certificationJson,
  insertByDate,
  newProducerJson,
  newProductJson,
  sameDecision,
  type Json,
} from './build-entries.ts';
import type { ImportRow } from './normalise-row.ts';
import type { RowResult } from './report.ts';

export interface Plan {
  results: RowResult[];
  /** Path relative to the content folder ("products/x.json") → the whole file's JSON. */
  writes: Map<string, Json>;
}

export const PRODUCT_SCHEMA = productSchema();

const productKey = (name: string, producer: string, province: string) =>
  `${productNameKey(name)}|${producerKey(producer)}|${province}`;
const nameInProvince = (name: string, province: string) => `${productNameKey(name)}|${province}`;

/** What a likely match is compared with: a product (its producer's name) or a producer. */
interface Known {
  slug: string;
  name: string;
  producer: string;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
const producerIdentity = (name: string, province: string) => `${producerKey(name)}|${province}`;

export function planChanges(
  catalogue: Catalogue,
  rows: readonly ImportRow[],
  readRaw: (file: string) => Json,
): Plan {
  const writes = new Map<string, Json>();
  const results: RowResult[] = [];
  const producerName = new Map(catalogue.producers.map((p) => [p.id, p.data.name]));
  const producers = new Map<string, string>(); // identity → slug
  const producerSlugs = new Set(producerName.keys());
  for (const p of catalogue.producers)
    producers.set(producerIdentity(p.data.name, p.data.province), p.id);
  const products = new Map<string, { file: string; json?: Json }>(); // slug → where
  const productByKey = new Map<string, string>();
  const productByCode = new Map(catalogue.products.map((p) => [p.data.code, p.id]));
  // For flags only: products by name and province, products by producer, producers by province.
  const productsByName = new Map<string, Known[]>();
  const productsByProducer = new Map<string, Known[]>();
  const producersByProvince = new Map<string, LikelyIndex<Known>>();
  const indexProducer = (province: string, known: Known) => {
    let index = producersByProvince.get(province);
    if (!index) producersByProvince.set(province, (index = new LikelyIndex<Known>()));
    index.add(known);
  };
  for (const p of catalogue.producers)
    indexProducer(p.data.province, { slug: p.id, name: p.data.name, producer: p.id });
  for (const p of catalogue.products) {
    products.set(p.id, { file: p.file });
    const producer = producerName.get(p.data.producer) ?? '';
    productByKey.set(productKey(p.data.name, producer, p.data.province), p.id);
    const known = { slug: p.id, name: p.data.name, producer };
    push(productsByName, nameInProvince(p.data.name, p.data.province), known);
    push(productsByProducer, p.data.producer, known);
  }
  const seen = new Map<string, { row: ImportRow }>(); // slug → first row of this file
  // Codes are given once; a new entry gets one no other entry has (domain/codes.ts).
  const productCodes = new Set(catalogue.products.map((p) => p.data.code));
  const producerCodes = new Set(catalogue.producers.map((p) => p.data.code));

  for (const row of rows) {
    const base = { rowNumber: row.rowNumber, flags: row.flags };
    const key = productKey(row.name, row.producerName, row.province);
    const existing =
      (row.code ? productByCode.get(row.code) : undefined) ??
      (row.slug && products.has(row.slug) ? row.slug : undefined) ??
      productByKey.get(key);
    const earlier = existing ? seen.get(existing) : undefined;
    if (existing && earlier) {
      const a = earlier.row.certification;
      const b = row.certification;
      const same = sameDecision(a, b) && a.stars === b.stars;
      results.push({
        ...base,
        outcome: 'merged',
        slug: existing,
        reason: `duplicate of row ${earlier.row.rowNumber}${same ? '' : ` (differs: ${b.stars}★ ${b.decision}; row ${earlier.row.rowNumber} kept)`}`,
      });
      continue;
    }
    if (existing) {
      const where = products.get(existing)!;
      const json = where.json ?? readRaw(where.file);
      const history = (json['certifications'] as Json[] | undefined) ?? [];
      const match = history.find((c) =>
        sameDecision(c as { decision: string; decisionDate: string }, row.certification),
      );
      if (match) {
        const note =
          match['stars'] === row.certification.stars
            ? []
            : [`catalogue records ${String(match['stars'])}★ for this decision: kept`];
        results.push({
          ...base,
          flags: [...row.flags, ...note],
          outcome: 'unchanged',
          slug: existing,
        });
        seen.set(existing, { row });
        continue;
      }
      const before = history.filter(
        (c) => (c['decisionDate'] as string) <= row.certification.decisionDate,
      );
      const latest = before.at(-1);
      const given =
        row.statusGiven && row.certification.status !== 'new'
          ? row.certification.status
          : undefined;
      const status =
        given ??
        (latest && row.certification.stars > (latest['stars'] as number)
          ? 'upgraded'
          : 're-recognised');
      const updated = {
        ...json,
        certifications: insertByDate(history, certificationJson(row.certification, status)),
      };
      const problem = invalid(PRODUCT_SCHEMA, updated, `products/${existing}.json`);
      if (problem) {
        results.push({ ...base, outcome: 'rejected', slug: existing, reason: problem });
        continue;
      }
      where.json = updated;
      writes.set(`products/${existing}.json`, updated);
      seen.set(existing, { row });
      results.push({ ...base, outcome: 'updated', slug: existing, reason: status });
      continue;
    }
    if (row.certification.status === 'revoked') {
      results.push({
        ...base,
        outcome: 'rejected',
        reason: 'revokes a product that is not in the catalogue',
      });
      continue;
    }
    if (!row.category) {
      results.push({
        ...base,
        outcome: 'rejected',
        reason: 'no category, and none could be inferred from the name',
      });
      continue;
    }
    // Producer: the one named by slug, the same name in the same province, or a new one.
    const identity = producerIdentity(row.producerName, row.province);
    let producerSlug =
      (row.producerSlug && producerSlugs.has(row.producerSlug) ? row.producerSlug : undefined) ??
      producers.get(identity);
    let producerJson: Json | undefined;
    const likely = likelyProducts(row, producerSlug, productsByName, productsByProducer);
    if (!producerSlug) {
      likely.push(...likelyProducers(row, producersByProvince));
      producerSlug = freeSlug(
        row.producerSlug ?? (slugify(row.producerName) || 'chu-the'),
        row.province,
        (s) => producerSlugs.has(s),
      );
      producerJson = newProducerJson(row, newCode(`producer:${producerSlug}`, producerCodes));
      const problem = invalid(producerSchema, producerJson, `producers/${producerSlug}.json`);
      if (problem) {
        results.push({ ...base, outcome: 'rejected', reason: problem });
        continue;
      }
    }
    const slug = freeSlug(row.slug ?? (slugify(row.name) || 'san-pham'), producerSlug, (s) =>
      products.has(s),
    );
    const productJson = newProductJson(
      row,
      producerSlug,
      row.category,
      newCode(`product:${slug}`, productCodes),
    );
    const problem = invalid(PRODUCT_SCHEMA, productJson, `products/${slug}.json`);
    if (problem) {
      results.push({ ...base, outcome: 'rejected', reason: problem });
      continue;
    }
    if (producerJson) {
      producerSlugs.add(producerSlug);
      producers.set(identity, producerSlug);
      producerName.set(producerSlug, row.producerName);
      writes.set(`producers/${producerSlug}.json`, producerJson);
      indexProducer(row.province, {
        slug: producerSlug,
        name: row.producerName,
        producer: producerSlug,
      });
    }
    const known = {
      slug,
      name: row.name,
      producer: producerName.get(producerSlug) ?? row.producerName,
    };
    push(productsByName, nameInProvince(row.name, row.province), known);
    push(productsByProducer, producerSlug, known);
    products.set(slug, { file: '', json: productJson });
    productByKey.set(
      productKey(row.name, producerName.get(producerSlug) ?? row.producerName, row.province),
      slug,
    );
    productByKey.set(key, slug);
    writes.set(`products/${slug}.json`, productJson);
    seen.set(slug, { row });
    results.push({
      ...base,
      flags: [...row.flags, ...likely],
      outcome: 'added',
      slug,
      reason: producerJson ? `new producer ${producerSlug}` : undefined,
    });
  }
  return { results, writes };
}

/**
 * Products already listed that this new row may well be: the same name in the province under
 * a producer that is likely the same, or a name a letter or two off under the same producer.
 */
function likelyProducts(
  row: ImportRow,
  producerSlug: string | undefined,
  byName: ReadonlyMap<string, readonly Known[]>,
  byProducer: ReadonlyMap<string, readonly Known[]>,
): string[] {
  const flags: string[] = [];
  for (const known of byName.get(nameInProvince(row.name, row.province)) ?? []) {
    const why = producerLikeness(row.producerName, known.producer);
    if (why) flags.push(possibly('product', known.slug, `same product name; ${why}`));
  }
  for (const known of producerSlug ? (byProducer.get(producerSlug) ?? []) : []) {
    const why = productLikeness(row.name, known.name);
    if (why) flags.push(possibly('product', known.slug, `same producer; ${why}`));
  }
  return flags;
}

/** Producers of the province that the row's new producer may well be. */
function likelyProducers(row: ImportRow, byProvince: ReadonlyMap<string, LikelyIndex<Known>>) {
  const flags: string[] = [];
  for (const known of byProvince.get(row.province)?.candidates(row.producerName) ?? []) {
    const why = producerLikeness(row.producerName, known.name);
    if (why) flags.push(possibly('producer', known.slug, why));
  }
  return flags;
}

const possibly = (what: string, slug: string, why: string) =>
  `possibly the same ${what} as ${slug} (${why}): added as new; check, and merge by hand if it is`;

/** `base`, else `base-<qualifier>`, else `base-2`, `base-3`…; never longer than 120 characters. */
function freeSlug(base: string, qualifier: string, taken: (s: string) => boolean): string {
  const trimmed = base.slice(0, 80).replace(/-+$/, '') || 'muc';
  if (!taken(trimmed)) return trimmed;
  const qualified = `${trimmed}-${qualifier}`.slice(0, 118).replace(/-+$/, '');
  if (!taken(qualified)) return qualified;
  for (let n = 2; ; n++) if (!taken(`${qualified}-${n}`)) return `${qualified}-${n}`;
}

function invalid(
  schema: { safeParse(v: unknown): { success: boolean; error?: unknown } },
  json: Json,
  file: string,
) {
  const result = schema.safeParse(json);
  if (result.success) return undefined;
  const problems = describeZodError(file, result.error as Parameters<typeof describeZodError>[1]);
  return `would not be valid: ${problems.map((p) => `${p.field}: ${p.message}`).join('; ')}`;
}
