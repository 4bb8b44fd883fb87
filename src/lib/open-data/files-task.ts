/**
 * The open-data files as a background step (`lib/build/background.ts`): made from the catalogue
 * as read from the content folder, **while Astro renders the pages**, and written into the
 * output folder (`/du-lieu/`) through a ledger (`lib/build/output-ledger.ts`); the `/du-lieu/`
 * page takes their rows and sizes from the result. At 20,000 products the files are ~110 MB of
 * text: made on the main thread, or served there by an endpoint, they cost 3–4 s of every build
 * whose products' statuses changed. The rows are the same functions' (`rows.ts`) on the same
 * entries as the data layer's; the dev server serves the same files from a route
 * (`files-route-*.ts`).
 *
 * A file whose rows did not change keeps the day it was made: the JSON files and the Data
 * Package print that day (`generated`, `created`), so a file is kept as it is when, but for
 * that date, it is what this build would write (`keepDated`). A CSV file has no date.
 */
import { openSync, readSync, closeSync } from 'node:fs';
import path from 'node:path';
import { OutputLedger, type LedgerReport } from '../build/output-ledger.ts';
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
  /** The build's output folder: the files go into its `du-lieu/`. */
  outDir: string;
}

export interface OpenDataTaskResult {
  facts: OpenDataFacts;
  /** Files written, kept as they were, removed. */
  report: LedgerReport;
  /** Absolute paths of the files, for the build's sweep. */
  claimed: string[];
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

/** Where the published files go in the output folder. */
export const OPEN_DATA_FOLDER = 'du-lieu';

/** The day a JSON file or the Data Package was made, as it prints it near its start. */
const MADE_ON = /"(?:generated|created)":\s*"(\d{4}-\d{2}-\d{2})/;

/** The first bytes of a file, or '' when there is none. */
function head(file: string, bytes = 512): string {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch {
    return '';
  }
  try {
    const buffer = Buffer.alloc(bytes);
    return buffer.toString('utf8', 0, readSync(fd, buffer, 0, bytes, 0));
  } finally {
    closeSync(fd);
  }
}

/**
 * Writes `text`, made today, unless the file in the output is the same text made on an earlier
 * day (its rows unchanged): that file is kept, with its day.
 */
async function keepDated(ledger: OutputLedger, outDir: string, rel: string, text: string) {
  const today = MADE_ON.exec(text);
  const before = MADE_ON.exec(head(path.join(outDir, rel)));
  if (today && before && before[1] !== today[1]) {
    const at = today.index + today[0].length - today[1]!.length;
    const asMadeThen = text.slice(0, at) + before[1]! + text.slice(at + today[1]!.length);
    if (ledger.keepIfSame(rel, asMadeThen)) return;
  }
  await ledger.write(rel, text);
}

export async function run({
  contentDir,
  site,
  buildDate,
  outDir,
}: OpenDataTaskInput): Promise<OpenDataTaskResult> {
  const started = performance.now();
  const catalogue = openDataCatalogue(await readCatalogueForBuild(contentDir));
  const context = { site, buildDate };
  const files = openDataFiles(catalogue, context);
  const ledger = await OutputLedger.open('open-data', outDir);
  for (const file of PUBLISHED_FILES)
    await keepDated(ledger, outDir, `${OPEN_DATA_FOLDER}/${file.name}`, file.pick(files));
  const report = await ledger.finish();
  return {
    facts: openDataFacts(catalogue, context),
    report,
    claimed: ledger.claimed(),
    ms: performance.now() - started,
  };
}
