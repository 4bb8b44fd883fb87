/**
 * Reads and validates the catalogue's JSON files from disk, with the same schemas Astro uses.
 * For scripts (generator, importer, indexer, checks) that run outside an Astro build.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { z } from 'astro/zod';
import { fairSchema } from '../../schemas/fair.ts';
import { producerSchema } from '../../schemas/producer.ts';
import { productSchema } from '../../schemas/product.ts';
import { salesPointSchema } from '../../schemas/sales-point.ts';
import { describeZodError, InvalidContentError, type ContentProblem } from './errors.ts';
import type { Catalogue, Entry } from './catalogue.ts';
import { checkFairReferences } from './fair-references.ts';

export const COLLECTION_FOLDERS = {
  products: 'products',
  producers: 'producers',
  salesPoints: 'sales-points',
} as const;

/** Fairs are optional: a catalogue without this folder simply has none. */
export const FAIRS_FOLDER = 'fairs';

export type { Catalogue, Entry };

async function readFolder<T>(
  folder: string,
  schema: z.ZodType<T>,
  problems: ContentProblem[],
  optional = false,
): Promise<Entry<T>[]> {
  let names: string[];
  try {
    names = (await readdir(folder)).filter((n) => n.endsWith('.json')).sort();
  } catch (error) {
    if (optional && (error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    problems.push({
      file: folder,
      field: '(folder)',
      message: `cannot be read: ${(error as Error).message}`,
    });
    return [];
  }
  // Files are read many at a time (one by one, 30,000 files waited ~8 s on the disk), then
  // checked in name order so that entries and problems come out in a stable order.
  const texts = await readAll(names.map((name) => path.join(folder, name)));
  const entries: Entry<T>[] = [];
  names.forEach((name, i) => {
    const file = path.join(folder, name);
    const text = texts[i]!;
    let raw: unknown;
    try {
      if (text instanceof Error) throw text;
      raw = JSON.parse(text);
    } catch (error) {
      problems.push({
        file,
        field: '(file)',
        message: `is not valid JSON: ${(error as Error).message}`,
      });
      return;
    }
    const result = schema.safeParse(raw);
    if (result.success)
      entries.push({ id: name.slice(0, -'.json'.length), file, data: result.data });
    else problems.push(...describeZodError(file, result.error));
  });
  return entries;
}

/** Reads `files` as UTF-8, `concurrency` at a time; a file that cannot be read gives its error. */
async function readAll(files: readonly string[], concurrency = 64): Promise<(string | Error)[]> {
  const texts: (string | Error)[] = new Array<string | Error>(files.length);
  let next = 0;
  const lane = async () => {
    while (next < files.length) {
      const i = next++;
      texts[i] = await readFile(files[i]!, 'utf8').catch((error: unknown) => error as Error);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, files.length) }, lane));
  return texts;
}

/** Checks that every producer and sales point a product names exists, and codes are unique. */
export function checkReferences(catalogue: Catalogue): ContentProblem[] {
  const producers = new Set(catalogue.producers.map((p) => p.id));
  const salesPoints = new Set(catalogue.salesPoints.map((s) => s.id));
  const problems: ContentProblem[] = [];
  for (const product of catalogue.products) {
    if (!producers.has(product.data.producer)) {
      problems.push({
        file: product.file,
        field: 'producer',
        message: `names producer "${product.data.producer}", which has no file in producers/`,
      });
    }
    product.data.salesPoints.forEach((id, i) => {
      if (!salesPoints.has(id)) {
        problems.push({
          file: product.file,
          field: `salesPoints[${i}]`,
          message: `names sales point "${id}", which has no file in sales-points/`,
        });
      }
    });
  }
  problems.push(
    ...checkFairReferences(catalogue),
    ...duplicateCodes(catalogue.products, 'products'),
    ...duplicateCodes(catalogue.producers, 'producers'),
  );
  return problems;
}

/** A code names one entry for ever: two products (or two producers) may not share one. */
function duplicateCodes(
  entries: readonly Entry<{ code: string }>[],
  folder: string,
): ContentProblem[] {
  const first = new Map<string, string>();
  const problems: ContentProblem[] = [];
  for (const entry of entries) {
    const owner = first.get(entry.data.code);
    if (owner === undefined) first.set(entry.data.code, entry.id);
    else
      problems.push({
        file: entry.file,
        field: 'code',
        message: `code "${entry.data.code}" is already the code of ${folder}/${owner}.json; codes never repeat`,
      });
  }
  return problems;
}

/**
 * Reads `contentDir` (default `content/`). Throws `InvalidContentError` listing every problem
 * with file and field; with `{ lenient: true }` returns the valid entries and the problems.
 */
export async function readCatalogue(
  contentDir = 'content',
  options: { lenient?: boolean } = {},
): Promise<Catalogue & { problems: ContentProblem[] }> {
  const problems: ContentProblem[] = [];
  const dir = (f: string) => path.join(contentDir, f);
  // Each folder collects its own problems; they are reported in folder order.
  const found: ContentProblem[][] = [[], [], [], []];
  const [products, producers, salesPoints, fairs] = await Promise.all([
    readFolder(dir(COLLECTION_FOLDERS.products), productSchema(), found[0]!),
    readFolder(dir(COLLECTION_FOLDERS.producers), producerSchema, found[1]!),
    readFolder(dir(COLLECTION_FOLDERS.salesPoints), salesPointSchema, found[2]!),
    readFolder(dir(FAIRS_FOLDER), fairSchema(), found[3]!, true),
  ]);
  problems.push(...found.flat());
  const catalogue: Catalogue = { products, producers, salesPoints, fairs };
  problems.push(...checkReferences(catalogue));
  if (problems.length && !options.lenient) throw new InvalidContentError(problems);
  return { ...catalogue, problems };
}

const forBuild = new Map<string, Promise<Catalogue>>();

/**
 * The catalogue for the build's integrations (search index, QR codes, share images…): read
 * and checked once per process, however many integrations ask. Invalid content throws.
 */
export function readCatalogueForBuild(
  contentDir = process.env['OCOP_CONTENT_DIR'] ?? 'content',
): Promise<Catalogue> {
  let catalogue = forBuild.get(contentDir);
  if (!catalogue) {
    catalogue = readCatalogue(contentDir);
    forBuild.set(contentDir, catalogue);
  }
  return catalogue;
}

/**
 * Starts reading the catalogue for the build on a worker thread, so that it is ready (or
 * nearly) when the integrations ask for it after the pages: 3 s of reading 30,000 files taken
 * off the build's critical path. Errors surface when `readCatalogueForBuild` is awaited.
 */
export function prefetchCatalogueForBuild(
  contentDir = process.env['OCOP_CONTENT_DIR'] ?? 'content',
): void {
  if (forBuild.has(contentDir)) return;
  const read = new Promise<Catalogue>((resolve, reject) => {
    const worker = new Worker(new URL('./read-worker.ts', import.meta.url), {
      workerData: { contentDir },
    });
    worker.once(
      'message',
      (reply: { catalogue: Catalogue & { problems: ContentProblem[] } } | { error: string }) => {
        void worker.terminate();
        if ('error' in reply) {
          reject(new Error(reply.error));
          return;
        }
        const { problems, ...catalogue } = reply.catalogue;
        if (problems.length) reject(new InvalidContentError(problems));
        else resolve(catalogue);
      },
    );
    worker.once('error', reject);
  });
  read.catch(() => undefined); // reported to whoever awaits it
  forBuild.set(contentDir, read);
}
