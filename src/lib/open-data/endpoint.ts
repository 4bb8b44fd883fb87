/**
 * The open-data files (`/du-lieu/ocop-san-pham.csv` …, `datapackage.json`), served by one
 * route (`src/pages/du-lieu/[file].ts`). The files are built once per build from the data layer
 * (`openDataFiles` memoises on its inputs); each path carries a `cacheKey` over every entity
 * they list, so an incremental build that changed nothing copies them instead of rebuilding
 * 20,000-row files (~9 s at national scale).
 */
import type { APIRoute } from 'astro';
import { BUILD_DATE } from '../catalogue/build-date.ts';
import { cacheKey, producerDigest, productDigest, salesPointDigest } from '../catalogue/digests.ts';
import { getProducers } from '../catalogue/producers.ts';
import { getProducts } from '../catalogue/products.ts';
import { getSalesPoints } from '../catalogue/sales-points.ts';
import { OPEN_DATA_FILES } from './columns.ts';
import { openDataFiles, type OpenDataFiles } from './rows.ts';

type ContentType = 'text/csv' | 'application/json';

/** Each published file: its name under `/du-lieu/`, how to pick it, its type. */
const FILES: {
  name: string;
  pick: (files: OpenDataFiles) => string;
  type: ContentType;
  /** The set whose rows the file holds; none for the Data Package, which describes all. */
  set?: DataSet;
}[] = [
  ...(['products', 'producers', 'salesPoints'] as const).flatMap((set) => [
    {
      name: OPEN_DATA_FILES[set].csv.split('/').pop()!,
      pick: (files: OpenDataFiles) => files[set].csv,
      type: 'text/csv' as const,
      set,
    },
    {
      name: OPEN_DATA_FILES[set].json.split('/').pop()!,
      pick: (files: OpenDataFiles) => files[set].json,
      type: 'application/json' as const,
      set,
    },
  ]),
  { name: 'datapackage.json', pick: (files) => files.datapackage, type: 'application/json' },
];

async function catalogue() {
  const [products, producers, salesPoints] = await Promise.all([
    getProducts(),
    getProducers(),
    getSalesPoints(),
  ]);
  return { products, producers, salesPoints };
}

type DataSet = 'products' | 'producers' | 'salesPoints';

/**
 * The key of each set's files over every entity its rows show: products (with their standing
 * on the day) and their producers' names; producers and how many products each has; sales
 * points. Not the build date: the "generated" date a file prints is the day it was made, true
 * until one of its rows changes.
 */
async function setKeys(): Promise<Record<DataSet, string>> {
  const { products, producers, salesPoints } = await catalogue();
  const producerDigests = producers.map(producerDigest);
  return {
    products: cacheKey('open-data', 'products', products.map(productDigest), producerDigests),
    producers: cacheKey(
      'open-data',
      'producers',
      producerDigests,
      products.map((p) => p.producerSlug).sort(),
    ),
    salesPoints: cacheKey('open-data', 'sales-points', salesPoints.map(salesPointDigest)),
  };
}

/** Covers every row of every file: the page and the Data Package (sizes and hashes of all). */
export async function openDataKey(): Promise<string> {
  return cacheKey('open-data', Object.values(await setKeys()));
}

export async function openDataPaths() {
  const keys = await setKeys();
  const all = await openDataKey();
  return FILES.map(({ name, set }) => ({
    params: { file: name },
    props: { file: name },
    cacheKey: set ? keys[set] : all,
  }));
}

export const openDataEndpoint: APIRoute<{ file: string }> = async ({ props, site, url }) => {
  const entry = FILES.find((f) => f.name === props.file);
  if (!entry) throw new Error(`No open-data file ${props.file}`);
  const files = openDataFiles(await catalogue(), {
    site: site ?? url.origin,
    buildDate: BUILD_DATE,
  });
  return new Response(entry.pick(files), {
    headers: { 'Content-Type': `${entry.type}; charset=utf-8` },
  });
};
