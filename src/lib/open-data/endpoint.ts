/**
 * The open-data files (`/du-lieu/ocop-san-pham.csv` …, `datapackage.json`) on the dev server,
 * made from the data layer (`openDataFiles` memoises on its inputs) by two routes, one per
 * extension (`files-route-csv.ts`, `files-route-json.ts`, injected by
 * `src/integrations/open-data.ts` for `astro dev` only). A build
 * writes them from its background step instead (`files-task.ts`), with no route to render.
 * `openDataKey` covers every row of every file: the key of the `/du-lieu/` page, which shows
 * their sizes and row counts.
 */
import type { APIRoute } from 'astro';
import { BUILD_DATE } from '../catalogue/build-date.ts';
import { cacheKey, producerDigest, productDigest, salesPointDigest } from '../catalogue/digests.ts';
import { getProducers } from '../catalogue/producers.ts';
import { getProducts } from '../catalogue/products.ts';
import { getSalesPoints } from '../catalogue/sales-points.ts';
import type { DataSet } from './columns.ts';
import { PUBLISHED_FILES } from './published.ts';
import { openDataFiles } from './rows.ts';

async function catalogue() {
  const [products, producers, salesPoints] = await Promise.all([
    getProducts(),
    getProducers(),
    getSalesPoints(),
  ]);
  return { products, producers, salesPoints };
}

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

export const openDataEndpoint: APIRoute<{ file: string }> = async ({ props, site, url }) => {
  const entry = PUBLISHED_FILES.find((f) => f.name === props.file);
  if (!entry) throw new Error(`No open-data file ${props.file}`);
  const headers = { 'Content-Type': `${entry.type}; charset=utf-8` };
  const files = openDataFiles(await catalogue(), {
    site: site ?? url.origin,
    buildDate: BUILD_DATE,
  });
  return new Response(entry.pick(files), { headers });
};
