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
import { DATA_SETS, type DataSet } from './columns.ts';
import { DATAPACKAGE_FILE, PUBLISHED_FILES } from './published.ts';
import {
  csvFilePieces,
  dataPackage,
  fileMeter,
  jsonFilePieces,
  setRecords,
  type Dataset,
  type OpenDataCatalogue,
  type OpenDataFacts,
  type OpenDataFileFacts,
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
 * Writes the text of `pieces(day)` for today's day (`buildDate`), unless the file in the output
 * is that text made on an earlier day (its rows unchanged): that file is kept, with its day.
 * Returns the file's size in bytes (the same either way: a day is as long as another).
 */
async function keepDated(
  ledger: OutputLedger,
  outDir: string,
  rel: string,
  buildDate: string,
  pieces: (day: string) => Iterable<string>,
): Promise<number> {
  const before = MADE_ON.exec(head(path.join(outDir, rel)))?.[1];
  let bytes = 0;
  const count = (piece: string) => (bytes += Buffer.byteLength(piece, 'utf8'));
  if (before && before !== buildDate && ledger.keepIfSamePieces(rel, pieces(before), count))
    return bytes;
  bytes = 0;
  await ledger.writePieces(rel, () => pieces(buildDate), count);
  return bytes;
}

const fileIn = (name: string) => `${OPEN_DATA_FOLDER}/${name}`;

/**
 * Makes and writes the files one set at a time and each file piece by piece
 * (`csvFilePieces`, `jsonFilePieces`): at 100,000 products the files are ~290 MB of UTF-8,
 * and made whole, side by side (`openDataFiles`), they held this process at 1.9 GB while the
 * pages rendered beside it. The texts are byte for byte those of `openDataFiles`.
 */
export async function run({
  contentDir,
  site,
  buildDate,
  outDir,
}: OpenDataTaskInput): Promise<OpenDataTaskResult> {
  const started = performance.now();
  const catalogue = openDataCatalogue(await readCatalogueForBuild(contentDir));
  const context = { site, buildDate };
  const ledger = await OutputLedger.open('open-data', outDir);
  const facts: Partial<Record<DataSet, OpenDataFileFacts>> = {};
  const resources: { dataset: Dataset; bytes: number; hash: string }[] = [];
  for (const set of DATA_SETS) {
    const { dataset, records } = setRecords(set, catalogue, context);
    const [csvName, jsonName] = PUBLISHED_FILES.filter((f) => f.set === set).map((f) => f.name);
    const csv = fileMeter();
    await ledger.writePieces(fileIn(csvName!), () => csvFilePieces(dataset, records), csv.seen);
    const jsonBytes = await keepDated(ledger, outDir, fileIn(jsonName!), buildDate, (day) =>
      jsonFilePieces(dataset, records, { ...context, buildDate: day }),
    );
    const { bytes, hash } = csv.facts();
    resources.push({ dataset, bytes, hash });
    facts[set] = { dataset, count: records.length, csvBytes: bytes, jsonBytes };
  }
  const datapackage = (day: string) => [
    JSON.stringify(dataPackage(resources, { ...context, buildDate: day }), null, 2),
  ];
  const datapackageBytes = await keepDated(
    ledger,
    outDir,
    fileIn(DATAPACKAGE_FILE),
    buildDate,
    datapackage,
  );
  const report = await ledger.finish();
  return {
    facts: {
      products: facts.products!,
      producers: facts.producers!,
      salesPoints: facts.salesPoints!,
      datapackageBytes,
    },
    report,
    claimed: ledger.claimed(),
    ms: performance.now() - started,
  };
}
