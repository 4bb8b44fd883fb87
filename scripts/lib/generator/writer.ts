/**
 * Writes a generated catalogue in the layout of `content/`: `products/<slug>.json`,
 * `producers/<slug>.json`, `sales-points/<slug>.json`, and `products/images/*.jpg`. A marker
 * file lets a later run clear its own output, and only its own.
 */
import { mkdir, readdir, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { COLLECTION_FOLDERS } from '../../../src/lib/content-files/read-content.ts';
import type { GeneratedCatalogue } from './catalogue.ts';
import { UnsafeOutputDirectoryError } from './errors.ts';
import { renderPlaceholder } from './images.ts';

export const MARKER_FILE = '.generated-catalogue';
const MARKER_TEXT =
  'Written by scripts/generate-catalogue.ts. Safe to delete; regenerated on each run.\n';

export interface WriteResult {
  files: number;
  bytes: number;
}

/** Runs `task` over `items` with at most `limit` in flight. */
export async function mapLimit<T>(
  items: readonly T[],
  limit: number,
  task: (item: T) => Promise<unknown>,
) {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await task(items[next++] as T);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

/**
 * Makes `outDir` ready: creates it, or clears the folders of an earlier run. Refuses (throws
 * `UnsafeOutputDirectoryError`) a non-empty folder without the marker, such as `content/`.
 */
export async function prepareOutputDirectory(outDir: string): Promise<void> {
  let entries: string[];
  try {
    if (!(await stat(outDir)).isDirectory()) {
      throw new UnsafeOutputDirectoryError(`${outDir} exists and is not a folder`);
    }
    entries = await readdir(outDir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    entries = [];
  }
  if (entries.length && !entries.includes(MARKER_FILE)) {
    throw new UnsafeOutputDirectoryError(
      `${outDir} is not empty and was not written by this generator; choose another --out or empty it`,
    );
  }
  for (const folder of Object.values(COLLECTION_FOLDERS)) {
    await rm(path.join(outDir, folder), { recursive: true, force: true });
    await mkdir(path.join(outDir, folder), { recursive: true });
  }
  await writeFile(path.join(outDir, MARKER_FILE), MARKER_TEXT);
}

const json = (data: unknown) => `${JSON.stringify(data, null, 2)}\n`;

export async function writeCatalogue(
  catalogue: GeneratedCatalogue,
  outDir: string,
  { concurrency = 32 }: { concurrency?: number } = {},
): Promise<WriteResult> {
  await prepareOutputDirectory(outDir);
  const result: WriteResult = { files: 0, bytes: 0 };
  const jobs: { file: string; text: string }[] = [];
  const add = (folder: string, entries: readonly { slug: string; data: unknown }[]) => {
    for (const { slug, data } of entries) {
      jobs.push({ file: path.join(outDir, folder, `${slug}.json`), text: json(data) });
    }
  };
  add(COLLECTION_FOLDERS.producers, catalogue.producers);
  add(COLLECTION_FOLDERS.salesPoints, catalogue.salesPoints);
  add(COLLECTION_FOLDERS.products, catalogue.products);
  await mapLimit(jobs, concurrency, async ({ file, text }) => {
    await writeFile(file, text);
    result.files += 1;
    result.bytes += Buffer.byteLength(text);
  });

  if (catalogue.images.length) {
    const imageDir = path.join(outDir, COLLECTION_FOLDERS.products, 'images');
    await mkdir(imageDir, { recursive: true });
    // sharp has its own thread pool: a few renders in flight keep both cores busy.
    await mapLimit(catalogue.images, 4, async (spec) => {
      const bytes = await renderPlaceholder(spec);
      await writeFile(path.join(imageDir, spec.file), bytes);
      result.files += 1;
      result.bytes += bytes.length;
    });
  }
  return result;
}
