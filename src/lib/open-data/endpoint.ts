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
const FILES: { name: string; pick: (files: OpenDataFiles) => string; type: ContentType }[] = [
  ...(['products', 'producers', 'salesPoints'] as const).flatMap((set) => [
    {
      name: OPEN_DATA_FILES[set].csv.split('/').pop()!,
      pick: (files: OpenDataFiles) => files[set].csv,
      type: 'text/csv' as const,
    },
    {
      name: OPEN_DATA_FILES[set].json.split('/').pop()!,
      pick: (files: OpenDataFiles) => files[set].json,
      type: 'application/json' as const,
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

/** Covers every row of every file (and, through `cacheKey`, the build date). */
export async function openDataKey(): Promise<string> {
  const { products, producers, salesPoints } = await catalogue();
  return cacheKey(
    'open-data',
    products.map(productDigest),
    producers.map(producerDigest),
    salesPoints.map(salesPointDigest),
  );
}

export async function openDataPaths() {
  const key = await openDataKey();
  return FILES.map(({ name }) => ({
    params: { file: name },
    props: { file: name },
    cacheKey: key,
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
