/**
 * The open-data files (`/du-lieu/ocop-san-pham.csv` …, `datapackage.json`), served by one
 * route (`src/pages/du-lieu/[file].ts`). In a build they are made by a background step while
 * the pages are rendered (`files-task.ts`) and served from where it wrote them; elsewhere (the
 * dev server) from the data layer (`openDataFiles` memoises on its inputs). Each path carries a
 * `cacheKey` over every entity they list, so an incremental build that changed nothing keeps
 * them instead of rendering 20,000-row files again.
 */
import type { APIRoute } from 'astro';
import { BUILD_DATE } from '../catalogue/build-date.ts';
import { cacheKey, producerDigest, productDigest, salesPointDigest } from '../catalogue/digests.ts';
import { getProducers } from '../catalogue/producers.ts';
import { getProducts } from '../catalogue/products.ts';
import { getSalesPoints } from '../catalogue/sales-points.ts';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { openDataMade } from './made-in-background.ts';
import { PUBLISHED_FILES, type DataSet } from './published.ts';
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

export async function openDataPaths() {
  const keys = await setKeys();
  const all = await openDataKey();
  return PUBLISHED_FILES.map(({ name, set }) => ({
    params: { file: name },
    props: { file: name },
    cacheKey: set ? keys[set] : all,
  }));
}

export const openDataEndpoint: APIRoute<{ file: string }> = async ({ props, site, url }) => {
  const entry = PUBLISHED_FILES.find((f) => f.name === props.file);
  if (!entry) throw new Error(`No open-data file ${props.file}`);
  const headers = { 'Content-Type': `${entry.type}; charset=utf-8` };
  // Made by the build's background step (`files-task.ts`): served as written there.
  const made = openDataMade();
  if (made)
    return new Response(await readFile(path.join((await made).dir, entry.name)), { headers });
  const files = openDataFiles(await catalogue(), {
    site: site ?? url.origin,
    buildDate: BUILD_DATE,
  });
  return new Response(entry.pick(files), { headers });
};
