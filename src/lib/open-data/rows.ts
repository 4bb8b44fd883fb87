/**
 * The open-data files as pure functions: catalogue objects (from `lib/catalogue/`) → records
 * keyed by the contract's column names (`columns.ts`) → CSV text, JSON documents and a
 * Frictionless Data Package describing the CSV files. Nothing here reads collections: the
 * endpoints and the `/du-lieu/` page hand in what the data layer gives them.
 *
 * The current certificate and its status come from the one derivation
 * (`lib/domain/product-standing.ts`) on the `generated` date of the files, so a file's
 * `status` column always agrees with the date it states.
 */
import { createHash } from 'node:crypto';
import type { Product } from '../catalogue/products.ts';
import type { Producer } from '../catalogue/producers.ts';
import type { SalesPoint } from '../catalogue/sales-points.ts';
import { getCategory } from '../domain/categories.ts';
import { openingHoursText } from '../domain/opening-hours.ts';
import { productStanding } from '../domain/product-standing.ts';
import { openingHoursInWords } from '../i18n/opening-hours-words.ts';
import { routes } from '../i18n/routes.ts';
import { csvPieces, ROWS_PER_PIECE } from './csv.ts';
import {
  OPEN_DATA_FILES,
  OPEN_DATA_LICENCE,
  OPEN_DATA_VERSION,
  PRODUCER_COLUMNS,
  PRODUCT_COLUMNS,
  SALES_POINT_COLUMNS,
  type DataSet,
  type ProducerColumn,
  type ProductColumn,
  type SalesPointColumn,
} from './columns.ts';

/** A value in a record: JSON keeps its type, CSV writes it as text (nothing → empty field). */
export type Value = string | number | boolean | null;
export type ProductRecord = Record<ProductColumn, Value>;
export type ProducerRecord = Record<ProducerColumn, Value>;
export type SalesPointRecord = Record<SalesPointColumn, Value>;

/**
 * What a row needs of a catalogue object: the data layer's `Product`, `Producer` and
 * `SalesPoint` fit, and so do entries read from disk by scripts (`lib/content-files/`).
 */
export interface ProductInput extends Pick<Product, 'slug' | 'producerSlug' | 'province'> {
  data: Pick<
    Product['data'],
    'code' | 'name' | 'nameEn' | 'category' | 'commune' | 'packaging' | 'price' | 'certifications'
  > &
    Partial<
      Pick<
        Product['data'],
        'offers' | 'minOrderQuantity' | 'season' | 'description' | 'descriptionEn' | 'packagingEn'
      >
    >;
}
export interface ProducerInput extends Pick<Producer, 'slug' | 'province'> {
  data: Pick<
    Producer['data'],
    'code' | 'name' | 'type' | 'commune' | 'address' | 'phone' | 'email' | 'website'
  > &
    Partial<Pick<Producer['data'], 'zalo' | 'facebook' | 'shops' | 'orders' | 'story' | 'storyEn'>>;
}
export type SalesPointInput = Pick<SalesPoint, 'slug' | 'data' | 'province'>;

export interface ExportContext {
  /** Public origin of the site; `url` columns are absolute. */
  site: URL | string;
  /** Day the files describe, YYYY-MM-DD: certificate status is computed on it. */
  buildDate: string;
}

const absolute = (path: string, site: URL | string) => new URL(path, site).href;
const bySlug = <T extends { slug: string }>(a: T, b: T) =>
  a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0;

/** Offers as compact JSON text: `[{"sku","pack","pack_en"?,"price","wholesale":[[from, price]]}]`. */
export function offersCell(offers: ProductInput['data']['offers'] = []): string | null {
  if (offers.length === 0) return null;
  return JSON.stringify(
    offers.map((o) => ({
      sku: o.sku,
      pack: o.pack,
      ...(o.packEn ? { pack_en: o.packEn } : {}),
      price: o.price,
      wholesale: o.wholesale.map((t) => [t.minQuantity, t.unitPrice]),
    })),
  );
}

/** A producer's ordering columns. Bank account numbers are never exported, only whether it takes transfers. */
export function orderingCells(
  data: ProducerInput['data'],
): Pick<
  ProducerRecord,
  | 'zalo'
  | 'facebook'
  | 'shops'
  | 'takes_orders'
  | 'ships_to'
  | 'lead_time_days'
  | 'min_order_value'
  | 'cash_on_delivery'
  | 'bank_transfer'
> {
  const terms = data.orders;
  return {
    zalo: data.zalo ?? null,
    facebook: data.facebook ?? null,
    shops: data.shops?.length
      ? JSON.stringify(data.shops.map((s) => ({ platform: s.platform, url: s.url })))
      : null,
    takes_orders: terms ? terms.accepts : null,
    ships_to: terms
      ? terms.shipsTo === 'nationwide'
        ? 'nationwide'
        : terms.shipsTo.join(';')
      : null,
    lead_time_days: terms?.leadTimeDays
      ? `${terms.leadTimeDays.min}-${terms.leadTimeDays.max}`
      : null,
    min_order_value: terms?.minOrderValue ?? null,
    cash_on_delivery: terms ? terms.cashOnDelivery : null,
    bank_transfer: terms ? terms.bankTransfer !== undefined : null,
  };
}

/** One row per product, by slug, with the latest decision as its current certificate. */
export function productRecords(
  products: readonly ProductInput[],
  producers: readonly ProducerInput[],
  { site, buildDate }: ExportContext,
): ProductRecord[] {
  const producerBySlug = new Map(producers.map((p) => [p.slug, p]));
  return products.toSorted(bySlug).map((product) => {
    const { data, province } = product;
    const producer = producerBySlug.get(product.producerSlug);
    if (!producer) throw new Error(`${product.slug}: producer ${product.producerSlug} not found`);
    const { current, status } = productStanding(
      { province: province.slug, category: data.category, certifications: data.certifications },
      buildDate,
    );
    return {
      slug: product.slug,
      name: data.name,
      name_en: data.nameEn ?? null,
      category: data.category,
      category_name: getCategory(data.category)?.name ?? null,
      producer_slug: producer.slug,
      producer_name: producer.data.name,
      producer_type: producer.data.type,
      province: province.slug,
      province_name: province.name,
      province_code: province.code,
      former_province: current.formerProvince ?? null,
      commune: data.commune ?? null,
      stars: current.stars,
      score: current.score ?? null,
      potential_five_star: current.potentialFiveStar,
      level: current.level,
      decision: current.decision,
      decision_date: current.decisionDate,
      issuer: current.issuer,
      certification_kind: current.status,
      valid_until: status.validUntil,
      status: status.state,
      certifications: data.certifications.length,
      packaging: data.packaging ?? null,
      price_min: data.price?.min ?? null,
      price_max: data.price?.max ?? null,
      price_unit: data.price?.unit ?? null,
      url: absolute(routes.product(product.slug, 'vi'), site),
      code: data.code,
      short_url: absolute(routes.productShort(data.code, 'vi'), site),
      offers: offersCell(data.offers),
      min_order_quantity: data.minOrderQuantity ?? null,
      season_months: data.season ? data.season.months.join(';') : null,
      description: data.description ?? null,
      description_en: data.descriptionEn ?? null,
      packaging_en: data.packagingEn ?? null,
      price_unit_en: data.price?.unitEn ?? null,
    };
  });
}

/** One row per producer, by slug; `products` counts every product, revoked ones too. */
export function producerRecords(
  producers: readonly ProducerInput[],
  products: readonly Pick<ProductInput, 'producerSlug'>[],
  { site }: Pick<ExportContext, 'site'>,
): ProducerRecord[] {
  const counts = new Map<string, number>();
  for (const p of products) counts.set(p.producerSlug, (counts.get(p.producerSlug) ?? 0) + 1);
  return producers.toSorted(bySlug).map(({ slug, data, province }) => ({
    slug,
    name: data.name,
    type: data.type,
    province: province.slug,
    province_name: province.name,
    commune: data.commune ?? null,
    address: data.address ?? null,
    phone: data.phone ?? null,
    email: data.email ?? null,
    website: data.website ?? null,
    products: counts.get(slug) ?? 0,
    url: absolute(routes.producer(slug, 'vi'), site),
    code: data.code,
    short_url: absolute(routes.producerShort(data.code, 'vi'), site),
    ...orderingCells(data),
    story: data.story ?? null,
    story_en: data.storyEn ?? null,
  }));
}

/** One row per sales point, by slug. */
export function salesPointRecords(points: readonly SalesPointInput[]): SalesPointRecord[] {
  return points.toSorted(bySlug).map(({ slug, data, province }) => ({
    slug,
    name: data.name,
    kind: data.kind,
    address: data.address,
    province: province.slug,
    province_name: province.name,
    commune: data.commune ?? null,
    lat: data.coordinates.lat,
    lng: data.coordinates.lng,
    phone: data.phone ?? null,
    opening_hours: openingHoursInWords(data.hours, 'vi'),
    operator: data.operator ?? null,
    opening_hours_en: openingHoursInWords(data.hours, 'en'),
    opening_hours_spec: openingHoursText(data.hours),
  }));
}

// ---- The three datasets and their documents ----

/** Table Schema field types (Frictionless), used by the Data Package and the JSON `columns`. */
export type FieldType = 'string' | 'integer' | 'number' | 'boolean' | 'date';

interface Column<Name extends string> {
  readonly name: Name;
  readonly description: string;
}

export interface Dataset<Name extends string = string> {
  /** Data Package resource name, also the file's base name. */
  name: string;
  title: string;
  columns: readonly Column<Name>[];
  types: Partial<Record<Name, FieldType>>;
  files: { csv: string; json: string };
  /** The key of the rows in the JSON document. */
  primaryKey: Name;
}

const baseName = (path: string) => path.slice(path.lastIndexOf('/') + 1, path.lastIndexOf('.'));

export const PRODUCTS_DATASET: Dataset<ProductColumn> = {
  name: baseName(OPEN_DATA_FILES.products.csv),
  title: 'OCOP products with their current certificate',
  columns: PRODUCT_COLUMNS,
  types: {
    province_code: 'string',
    stars: 'integer',
    score: 'number',
    potential_five_star: 'boolean',
    decision_date: 'date',
    valid_until: 'date',
    certifications: 'integer',
    price_min: 'integer',
    price_max: 'integer',
    min_order_quantity: 'integer',
  },
  files: OPEN_DATA_FILES.products,
  primaryKey: 'slug',
};

export const PRODUCERS_DATASET: Dataset<ProducerColumn> = {
  name: baseName(OPEN_DATA_FILES.producers.csv),
  title: 'OCOP producers (cooperatives, firms, cooperative groups, households)',
  columns: PRODUCER_COLUMNS,
  types: {
    products: 'integer',
    takes_orders: 'boolean',
    min_order_value: 'integer',
    cash_on_delivery: 'boolean',
    bank_transfer: 'boolean',
  },
  files: OPEN_DATA_FILES.producers,
  primaryKey: 'slug',
};

export const SALES_POINTS_DATASET: Dataset<SalesPointColumn> = {
  name: baseName(OPEN_DATA_FILES.salesPoints.csv),
  title: 'OCOP sales points',
  columns: SALES_POINT_COLUMNS,
  types: { lat: 'number', lng: 'number' },
  files: OPEN_DATA_FILES.salesPoints,
  primaryKey: 'slug',
};

export const fieldType = <Name extends string>(dataset: Dataset<Name>, column: Name): FieldType =>
  dataset.types[column] ?? 'string';

/**
 * The CSV file of a dataset in pieces (`csvPieces`): header = the contract's column names, in
 * its order.
 */
export function csvFilePieces<Name extends string>(
  dataset: Dataset<Name>,
  records: readonly Record<Name, Value>[],
): Generator<string> {
  const names = dataset.columns.map((c) => c.name);
  return csvPieces(names, records, (r) => names.map((n) => r[n]));
}

/** The CSV file of a dataset, whole. */
export function csvFile<Name extends string>(
  dataset: Dataset<Name>,
  records: readonly Record<Name, Value>[],
): string {
  return [...csvFilePieces(dataset, records)].join('');
}

const SOURCE_NAME = 'Danh mục sản phẩm OCOP Việt Nam';

/** How to credit the data, one line, for the JSON, the Data Package and the page. */
export const attribution = (site: URL | string) =>
  `${SOURCE_NAME} (${new URL('/', site).href}), CC BY 4.0`;

/** The JSON document of a dataset: what it is, when, under which licence, then its rows. */
export function jsonDocument<Name extends string>(
  dataset: Dataset<Name>,
  records: readonly Record<Name, Value>[],
  { site, buildDate }: ExportContext,
) {
  return {
    version: OPEN_DATA_VERSION,
    title: dataset.title,
    generated: buildDate,
    licence: { ...OPEN_DATA_LICENCE, attribution: attribution(site) },
    source: new URL('/', site).href,
    csv: absolute(dataset.files.csv, site),
    columns: dataset.columns.map((c) => ({ ...c, type: fieldType(dataset, c.name) })),
    count: records.length,
    rows: records,
  };
}

/**
 * The JSON file of a dataset (`jsonDocument`, as `JSON.stringify` writes it) in pieces of up
 * to `ROWS_PER_PIECE` rows, so a large file can be written without being held whole: the
 * document with no rows, opened where its rows go (they are its last member), the rows, and
 * its close. Joined, the pieces are `JSON.stringify(jsonDocument(…))`.
 */
export function* jsonFilePieces<Name extends string>(
  dataset: Dataset<Name>,
  records: readonly Record<Name, Value>[],
  context: ExportContext,
): Generator<string> {
  const empty = JSON.stringify({ ...jsonDocument(dataset, records, context), rows: [] });
  const close = ']}';
  if (!empty.endsWith(`"rows":[${close}`)) throw new Error('The rows are not the last member');
  yield empty.slice(0, -close.length);
  for (let start = 0; start < records.length; start += ROWS_PER_PIECE) {
    const piece = records.slice(start, start + ROWS_PER_PIECE).map((r) => JSON.stringify(r));
    yield (start > 0 ? ',' : '') + piece.join(',');
  }
  yield close;
}

/**
 * Measures a file shown piece by piece (`seen`): its size in bytes (UTF-8) and its SHA-256, as
 * the Data Package states them (`facts`, once every piece has been seen).
 */
export function fileMeter(): {
  seen: (piece: string) => void;
  facts: () => { bytes: number; hash: string };
} {
  const sum = createHash('sha256');
  let bytes = 0;
  return {
    seen: (piece) => {
      bytes += Buffer.byteLength(piece, 'utf8');
      sum.update(piece, 'utf8');
    },
    facts: () => ({ bytes, hash: `sha256:${sum.digest('hex')}` }),
  };
}

/** A file's size in bytes (UTF-8) and its SHA-256, as the Data Package states them. */
export function fileFacts(text: string): { bytes: number; hash: string } {
  const meter = fileMeter();
  meter.seen(text);
  return meter.facts();
}

/**
 * A Frictionless Data Package (https://datapackage.org/) describing the three CSV files: their
 * fields with types and descriptions, keys, the links between them, licence and date.
 */
export function dataPackage(
  /** Each CSV file's dataset, and its size and hash (`fileFacts`). */
  resources: readonly { dataset: Dataset; bytes: number; hash: string }[],
  { site, buildDate }: ExportContext,
) {
  const resourceOf = (d: Dataset) => d.name;
  return {
    $schema: 'https://datapackage.org/profiles/2.0/datapackage.json',
    name: 'ocop-catalogue',
    title: 'Danh mục sản phẩm OCOP Việt Nam / OCOP products of Viet Nam',
    version: `${OPEN_DATA_VERSION}.0.0`,
    created: `${buildDate}T00:00:00+07:00`,
    homepage: absolute('/du-lieu/', site),
    licenses: [{ name: 'CC-BY-4.0', path: OPEN_DATA_LICENCE.url, title: OPEN_DATA_LICENCE.name }],
    sources: [{ title: SOURCE_NAME, path: new URL('/', site).href }],
    resources: resources.map(({ dataset, bytes, hash }) => ({
      name: resourceOf(dataset),
      title: dataset.title,
      path: `${resourceOf(dataset)}.csv`,
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8-sig',
      bytes,
      hash,
      dialect: { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', header: true },
      schema: {
        fields: dataset.columns.map((c) => ({
          name: c.name,
          type: fieldType(dataset, c.name),
          description: c.description,
        })),
        primaryKey: [dataset.primaryKey],
        ...(dataset === PRODUCTS_DATASET && {
          foreignKeys: [
            {
              fields: ['producer_slug'],
              reference: { resource: resourceOf(PRODUCERS_DATASET), fields: ['slug'] },
            },
          ],
        }),
      },
    })),
  };
}

// ---- Everything at once: what the endpoints and the page use ----

export interface OpenDataCatalogue {
  products: readonly ProductInput[];
  producers: readonly ProducerInput[];
  salesPoints: readonly SalesPointInput[];
}

export interface OpenDataFile {
  dataset: Dataset;
  count: number;
  csv: string;
  json: string;
}

/**
 * A set's dataset and its records for a catalogue: the one place the three files' rows are
 * made, for the whole files (`openDataFiles`) and for the background step that writes them
 * piece by piece (`files-task.ts`).
 */
export function setRecords(
  set: DataSet,
  { products, producers, salesPoints }: OpenDataCatalogue,
  context: ExportContext,
): { dataset: Dataset; records: readonly Record<string, Value>[] } {
  switch (set) {
    case 'products':
      return { dataset: PRODUCTS_DATASET, records: productRecords(products, producers, context) };
    case 'producers':
      return { dataset: PRODUCERS_DATASET, records: producerRecords(producers, products, context) };
    case 'salesPoints':
      return { dataset: SALES_POINTS_DATASET, records: salesPointRecords(salesPoints) };
  }
}

function file<Name extends string>(
  dataset: Dataset<Name>,
  records: readonly Record<Name, Value>[],
  context: ExportContext,
): OpenDataFile {
  return {
    dataset,
    count: records.length,
    csv: csvFile(dataset, records),
    json: JSON.stringify(jsonDocument(dataset, records, context)),
  };
}

export interface OpenDataFiles {
  products: OpenDataFile;
  producers: OpenDataFile;
  salesPoints: OpenDataFile;
  /** `datapackage.json`. */
  datapackage: string;
}

/** What the `/du-lieu/` page says of a file: its rows and its size in bytes (UTF-8). */
export interface OpenDataFileFacts {
  dataset: Dataset;
  count: number;
  csvBytes: number;
  jsonBytes: number;
}

export interface OpenDataFacts {
  products: OpenDataFileFacts;
  producers: OpenDataFileFacts;
  salesPoints: OpenDataFileFacts;
  datapackageBytes: number;
}

type Inputs = readonly unknown[];
let last: { inputs: Inputs; files: WeakRef<OpenDataFiles>; facts: OpenDataFacts } | undefined;

function inputsOf({ products, producers, salesPoints }: OpenDataCatalogue, context: ExportContext) {
  return [products, producers, salesPoints, String(context.site), context.buildDate];
}

const sameInputs = (a: Inputs, b: Inputs) => a.every((input, i) => input === b[i]);

function factsOf(files: OpenDataFiles): OpenDataFacts {
  const of = ({ dataset, count, csv, json }: OpenDataFile): OpenDataFileFacts => ({
    dataset,
    count,
    csvBytes: fileFacts(csv).bytes,
    jsonBytes: fileFacts(json).bytes,
  });
  return {
    products: of(files.products),
    producers: of(files.producers),
    salesPoints: of(files.salesPoints),
    datapackageBytes: fileFacts(files.datapackage).bytes,
  };
}

/** The files for these inputs: those still held if the collector has not dropped them. */
function made(
  catalogue: OpenDataCatalogue,
  context: ExportContext,
): { files: OpenDataFiles; facts: OpenDataFacts } {
  const inputs = inputsOf(catalogue, context);
  const kept = last && sameInputs(last.inputs, inputs) ? last.files.deref() : undefined;
  if (last && kept) return { files: kept, facts: last.facts };
  const fileOf = (set: DataSet) => {
    const { dataset, records } = setRecords(set, catalogue, context);
    return file(dataset, records, context);
  };
  const sets = {
    products: fileOf('products'),
    producers: fileOf('producers'),
    salesPoints: fileOf('salesPoints'),
  };
  const resources = Object.values(sets).map(({ dataset, csv }) => ({
    dataset,
    ...fileFacts(csv),
  }));
  const datapackage = JSON.stringify(dataPackage(resources, context), null, 2);
  const files = { ...sets, datapackage };
  const facts = factsOf(files);
  last = { inputs, files: new WeakRef(files), facts };
  return { files, facts };
}

/**
 * The six data files and the Data Package, as the build publishes them. Every endpoint asks
 * for them with the same (cached) catalogue, so they are made once per build — and held
 * weakly: they are strings of ~110 MB in memory at 20,000 products (~550 MB at 100,000),
 * needed for a few seconds while the endpoints are rendered, and kept strongly they stayed in
 * the heap to the end of a build. A caller after the collector dropped them makes them again,
 * byte for byte the same.
 */
export function openDataFiles(catalogue: OpenDataCatalogue, context: ExportContext): OpenDataFiles {
  return made(catalogue, context).files;
}

/**
 * Rows and sizes of the files `openDataFiles` makes for these inputs, for the `/du-lieu/` page:
 * kept strongly (a few numbers) when the files are made, so the page, rendered after the
 * endpoints, does not make the files again for their sizes once the collector has dropped them
 * (~1 s a page at 20,000 products).
 */
export function openDataFacts(catalogue: OpenDataCatalogue, context: ExportContext): OpenDataFacts {
  if (last && sameInputs(last.inputs, inputsOf(catalogue, context))) return last.facts;
  return made(catalogue, context).facts;
}
