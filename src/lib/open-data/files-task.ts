/**
 * The open-data files as a background step (`lib/build/background.ts`): made from the catalogue
 * as read from the content folder, **while Astro renders the pages**, and written into a folder
 * of the build's cache, from which the endpoints serve them (`endpoint.ts`); the `/du-lieu/`
 * page takes their rows and sizes from the result. At 20,000 products the files are ~110 MB of
 * text: made on the main thread they cost 3–4 s of a build whose products' statuses changed.
 * The rows are the same functions' (`rows.ts`) on the same entries as the data layer's.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { readCatalogueForBuild, type Catalogue } from '../content-files/read-content.ts';
import { getProvince } from '../domain/provinces.ts';
import { PUBLISHED_FILES } from './published.ts';
import {
  openDataFacts,
  openDataFiles,
  type OpenDataCatalogue,
  type OpenDataFacts,
} from './rows.ts';

export interface OpenDataTaskInput {
  contentDir: string;
  /** The site's origin: `url` columns are absolute. */
  site: string;
  /** The day the files describe. */
  buildDate: string;
  /** The folder the files are written into (emptied first). */
  dir: string;
}

export interface OpenDataTaskResult {
  dir: string;
  facts: OpenDataFacts;
  /** Milliseconds the step took in its process. */
  ms: number;
}

function province(slug: string, file: string) {
  const found = getProvince(slug);
  if (!found) throw new Error(`${file}: unknown province ${slug}`);
  return found;
}

/** The entries read from the content folder, as the rows take them (`ProductInput`…). */
export function openDataCatalogue(catalogue: Catalogue): OpenDataCatalogue {
  return {
    products: catalogue.products.map((e) => ({
      slug: e.id,
      producerSlug: e.data.producer,
      province: province(e.data.province, `content/products/${e.id}.json`),
      data: e.data,
    })),
    producers: catalogue.producers.map((e) => ({
      slug: e.id,
      province: province(e.data.province, `content/producers/${e.id}.json`),
      data: e.data,
    })),
    salesPoints: catalogue.salesPoints.map((e) => ({
      slug: e.id,
      province: province(e.data.province, `content/sales-points/${e.id}.json`),
      data: e.data,
    })),
  };
}

export async function run({
  contentDir,
  site,
  buildDate,
  dir,
}: OpenDataTaskInput): Promise<OpenDataTaskResult> {
  const started = performance.now();
  const catalogue = openDataCatalogue(await readCatalogueForBuild(contentDir));
  const context = { site, buildDate };
  const files = openDataFiles(catalogue, context);
  // Written without yielding: the other steps in the process (the index is seconds of work
  // without a pause) would otherwise hold back this answer, which the endpoints wait for.
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const file of PUBLISHED_FILES) writeFileSync(path.join(dir, file.name), file.pick(files));
  return { dir, facts: openDataFacts(catalogue, context), ms: performance.now() - started };
}
