/**
 * Writes a generated catalogue in the layout of `content/`: `products/<slug>.json`,
 * `producers/<slug>.json`, `sales-points/<slug>.json`, and `products/images/*.jpg`.
 *
 * A marker file lets a later run update its own output, and only its own. An update writes only
 * files whose bytes change and deletes files the new catalogue no longer has: on a busy disk,
 * deleting and re-creating 30,000 files costs far more than reading them back.
 */
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { COLLECTION_FOLDERS } from '../../../src/lib/content-files/read-content.ts';
import type { GeneratedCatalogue } from './catalogue.ts';
import { UnsafeOutputDirectoryError } from './errors.ts';
import { renderPlaceholder } from './images.ts';

export const MARKER_FILE = '.generated-catalogue';
const MARKER_TEXT =
  'Written by scripts/generate-catalogue.ts. Safe to delete; regenerated on each run.\n';
const IMAGE_FOLDER = 'images';

export interface WriteResult {
  /** Files the catalogue consists of. */
  files: number;
  /** Their total size. */
  bytes: number;
  /** Files written because they were new or different; the rest were already up to date. */
  written: number;
  /** Files of an earlier run that the new catalogue does not have. */
  removed: number;
}

/** Runs `task` over `items` with at most `limit` in flight. */
export async function mapLimit<T>(
  items: readonly T[],
  limit: number,
  task: (item: T) => Promise<unknown>,
): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await task(items[next++] as T);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

async function listFolder(folder: string): Promise<string[]> {
  try {
    return await readdir(folder);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

/**
 * Makes `outDir` ready: creates it and its collection folders and marks it as generated.
 * Refuses (throws `UnsafeOutputDirectoryError`) a non-empty folder without the marker, such as
 * `content/`.
 */
export async function prepareOutputDirectory(outDir: string): Promise<void> {
  const stats = await stat(outDir).catch(() => undefined);
  if (stats && !stats.isDirectory()) {
    throw new UnsafeOutputDirectoryError(`${outDir} exists and is not a folder`);
  }
  const entries = await listFolder(outDir);
  if (entries.length && !entries.includes(MARKER_FILE)) {
    throw new UnsafeOutputDirectoryError(
      `${outDir} is not empty and was not written by this generator; choose another --out or empty it`,
    );
  }
  for (const folder of Object.values(COLLECTION_FOLDERS)) {
    await mkdir(path.join(outDir, folder), { recursive: true });
  }
  await writeFile(path.join(outDir, MARKER_FILE), MARKER_TEXT);
}

/** Writes `bytes` to `file` unless it already holds exactly them; true when written. */
async function writeIfChanged(file: string, bytes: Buffer, exists: boolean): Promise<boolean> {
  if (exists) {
    const current = await readFile(file).catch(() => undefined);
    if (current?.equals(bytes)) return false;
  }
  await writeFile(file, bytes);
  return true;
}

/** Deletes every entry of `folder` not in `keep`. */
async function removeOthers(folder: string, existing: readonly string[], keep: Set<string>) {
  const stale = existing.filter((name) => !keep.has(name));
  await mapLimit(stale, 16, (name) =>
    rm(path.join(folder, name), { recursive: true, force: true }),
  );
  return stale.length;
}

const json = (data: unknown) => Buffer.from(`${JSON.stringify(data, null, 2)}\n`);

export async function writeCatalogue(
  catalogue: GeneratedCatalogue,
  outDir: string,
  { concurrency = 32 }: { concurrency?: number } = {},
): Promise<WriteResult> {
  await prepareOutputDirectory(outDir);
  const result: WriteResult = { files: 0, bytes: 0, written: 0, removed: 0 };
  const save = async (file: string, bytes: Buffer, exists: boolean) => {
    if (await writeIfChanged(file, bytes, exists)) result.written += 1;
    result.files += 1;
    result.bytes += bytes.length;
  };

  const collections: [string, readonly { slug: string; data: unknown }[]][] = [
    [COLLECTION_FOLDERS.producers, catalogue.producers],
    [COLLECTION_FOLDERS.salesPoints, catalogue.salesPoints],
    [COLLECTION_FOLDERS.products, catalogue.products],
  ];
  for (const [name, entries] of collections) {
    const folder = path.join(outDir, name);
    const existing = await listFolder(folder);
    const present = new Set(existing);
    const keep = new Set(entries.map((e) => `${e.slug}.json`));
    if (name === COLLECTION_FOLDERS.products && catalogue.images.length) keep.add(IMAGE_FOLDER);
    result.removed += await removeOthers(folder, existing, keep);
    await mapLimit(entries, concurrency, ({ slug, data }) =>
      save(path.join(folder, `${slug}.json`), json(data), present.has(`${slug}.json`)),
    );
  }

  if (catalogue.images.length) {
    const imageDir = path.join(outDir, COLLECTION_FOLDERS.products, IMAGE_FOLDER);
    await mkdir(imageDir, { recursive: true });
    const existing = await listFolder(imageDir);
    const present = new Set(existing);
    result.removed += await removeOthers(
      imageDir,
      existing,
      new Set(catalogue.images.map((i) => i.file)),
    );
    // sharp has its own thread pool: a few renders in flight keep both cores busy.
    await mapLimit(catalogue.images, 4, async (spec) =>
      save(path.join(imageDir, spec.file), await renderPlaceholder(spec), present.has(spec.file)),
    );
  }
  return result;
}
