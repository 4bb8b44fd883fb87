/**
 * Writes the planned files so that `content/` ends either fully updated or exactly as it was.
 * 1. Stage: every file is written to `content/.import-<pid>-<time>/new/` (same file system).
 * 2. Validate: the staged files are read back and checked with the site's schemas, and the
 *    references of the merged catalogue (untouched entries + staged ones) with `checkReferences`
 *    from `readCatalogue`'s module; any problem stops the import.
 * 3. Move: each staged file is renamed into place, the file it replaces first moved aside; the
 *    moves run synchronously, so a SIGINT or SIGTERM arriving meanwhile is handled after the
 *    last one (the batch finishes). Any error during the moves undoes those already made.
 * 4. The staging folder is removed, whatever happened. A process killed outright during the
 *    moves leaves it with a journal; the next import rolls those moves back (`recover.ts`).
 * `shouldStop` is polled between steps (a signal before the moves rolls back); `failAfterWrites`
 * throws after that many moves, to test the rollback.
 */
import {
  existsSync,
  mkdirSync,
  renameSync,
  rmSync,
  unlinkSync,
  writeFileSync,
  readFileSync,
} from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import {
  COLLECTION_FOLDERS,
  checkReferences,
  type Catalogue,
  type Entry,
} from '../content-files/read-content.ts';
import { describeZodError, type ContentProblem } from '../content-files/errors.ts';
import { producerSchema } from '../../schemas/producer.ts';
import { PRODUCT_SCHEMA } from './plan-changes.ts';
import { ImportAbortedError, ImportValidationError } from './errors.ts';
import type { Json } from './build-entries.ts';
import { JOURNAL_FILE } from './recover.ts';

export interface WriteOptions {
  shouldStop?: (() => boolean) | undefined;
  failAfterWrites?: number | undefined;
  /** The catalogue as the importer read it (validated), merged with the staged files to check them. */
  catalogue: Catalogue;
}

export function serialise(json: Json): string {
  return `${JSON.stringify(json, null, 2)}\n`;
}

export async function writeContent(
  contentDir: string,
  writes: ReadonlyMap<string, Json>,
  options: WriteOptions,
): Promise<void> {
  if (!writes.size) return;
  const stop = () => {
    if (options.shouldStop?.())
      throw new ImportAbortedError('Import interrupted: nothing was written.');
  };
  const staging = path.join(contentDir, `.import-${process.pid}-${Date.now()}`);
  const rels = [...writes.keys()].sort();
  try {
    await mkdir(staging, { recursive: true });
    for (const folder of new Set(rels.map((r) => path.dirname(r)))) {
      await mkdir(path.join(staging, 'new', folder), { recursive: true });
    }
    for (const rel of rels)
      writeFileSync(path.join(staging, 'new', rel), serialise(writes.get(rel)!));
    stop();
    validateView(staging, rels, options.catalogue);
    stop();
    // If this process dies during the moves, the next import rolls them back (recover.ts).
    writeFileSync(path.join(staging, JOURNAL_FILE), JSON.stringify(rels));
    commit(contentDir, staging, rels, options.failAfterWrites);
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

/**
 * Reads the staged files back and checks the catalogue they would make: each staged file
 * against its schema, and every reference across the merged view (the untouched entries were
 * read and validated by `readCatalogue` moments before, so they are not read again).
 */
function validateView(staging: string, rels: readonly string[], catalogue: Catalogue) {
  const problems: ContentProblem[] = [];
  const staged = new Map<string, Entry<unknown>[]>();
  for (const rel of rels) {
    const folder = path.dirname(rel);
    const id = path.basename(rel, '.json');
    const schema = folder === COLLECTION_FOLDERS.products ? PRODUCT_SCHEMA : producerSchema;
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(path.join(staging, 'new', rel), 'utf8'));
    } catch (error) {
      problems.push({ file: rel, field: '(file)', message: (error as Error).message });
      continue;
    }
    const result = schema.safeParse(raw);
    if (!result.success) problems.push(...describeZodError(rel, result.error));
    else staged.set(folder, [...(staged.get(folder) ?? []), { id, file: rel, data: result.data }]);
  }
  const merge = <T>(entries: Entry<T>[], folder: string): Entry<T>[] => {
    const mine = (staged.get(folder) ?? []) as Entry<T>[];
    const replaced = new Set(mine.map((e) => e.id));
    return [...entries.filter((e) => !replaced.has(e.id)), ...mine];
  };
  const view: Catalogue = {
    products: merge(catalogue.products, COLLECTION_FOLDERS.products),
    producers: merge(catalogue.producers, COLLECTION_FOLDERS.producers),
    salesPoints: catalogue.salesPoints,
  };
  const stagedFiles = new Set(rels);
  problems.push(...checkReferences(view).filter((p) => stagedFiles.has(p.file)));
  if (problems.length) {
    throw new ImportValidationError(
      `The import would make the catalogue invalid (${problems.length} problem${problems.length === 1 ? '' : 's'}): nothing was written.`,
      problems.map((p) => `${p.file}: ${p.field}: ${p.message}`),
    );
  }
}

function commit(contentDir: string, staging: string, rels: readonly string[], failAfter?: number) {
  const done: { target: string; backup?: string | undefined }[] = [];
  const createdDirs: string[] = [];
  try {
    for (const rel of rels) {
      const target = path.join(contentDir, rel);
      const dir = path.dirname(target);
      if (!existsSync(dir)) {
        mkdirSync(dir, { recursive: true });
        createdDirs.push(dir);
      }
      let backup: string | undefined;
      if (existsSync(target)) {
        backup = path.join(staging, 'backup', rel);
        mkdirSync(path.dirname(backup), { recursive: true });
        renameSync(target, backup);
      }
      done.push({ target, backup });
      renameSync(path.join(staging, 'new', rel), target);
      if (failAfter !== undefined && done.length >= failAfter) {
        throw new ImportAbortedError(`Crash injected after ${done.length} writes.`);
      }
    }
  } catch (error) {
    for (const { target, backup } of done.reverse()) {
      if (existsSync(target) && (backup === undefined || existsSync(backup))) unlinkSync(target);
      if (backup && existsSync(backup)) renameSync(backup, target);
    }
    for (const dir of createdDirs.reverse()) rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}
