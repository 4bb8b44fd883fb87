/**
 * Writes the planned files so that `content/` ends either fully updated or exactly as it was.
 * 1. Stage: every file is written to `content/.import-<pid>-<time>/new/` (same file system).
 * 2. Validate: the staged files are read back and checked with the site's schemas, and the
 *    references of the merged catalogue (untouched entries + staged ones) with `checkReferences`
 *    from `readCatalogue`'s module; any problem stops the import.
 * 3. Move: each staged file is renamed into place, the file it replaces first moved aside; the
 *    moves run synchronously, so a SIGINT or SIGTERM arriving meanwhile is handled after the
 *    last one (the batch finishes). Any error during the moves undoes those already made.
 *    If that undoing fails too, an `UnfinishedImportError` says so and the staging folder stays,
 *    journal and backups included, for `npm run import -- --rollback`.
 * 4. The journal is removed (the import is whole), then the staging folder. A process killed
 *    outright during the moves leaves it with a journal: check:content, the build and `npm
 *    start` refuse the folder (`unfinished-import.ts`) until `npm run import -- --finish` or
 *    `--rollback` (or the next import, which rolls back) deals with it (`recover.ts`).
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
import {
  ImportAbortedError,
  ImportMoveError,
  ImportValidationError,
  UnfinishedImportError,
} from './errors.ts';
import type { Json } from './build-entries.ts';
import { JOURNAL_FILE } from './unfinished-import.ts';

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
  let keepStaging = false;
  let committed = false;
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
    committed = true;
  } catch (error) {
    // Moves that could not be put back keep their journal and backups for `--rollback`.
    if (error instanceof UnfinishedImportError) keepStaging = true;
    throw error;
  } finally {
    if (!keepStaging) {
      try {
        // The import is whole: without its journal the folder is only litter.
        if (committed) unlinkSync(path.join(staging, JOURNAL_FILE));
        rmSync(staging, { recursive: true, force: true });
      } catch {
        // Litter only: the next import removes it; a journal left is refused by the checks.
      }
    }
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
    try {
      for (const { target, backup } of done.reverse()) {
        if (existsSync(target) && (backup === undefined || existsSync(backup))) unlinkSync(target);
        if (backup && existsSync(backup)) renameSync(backup, target);
      }
      for (const dir of createdDirs.reverse()) rmSync(dir, { recursive: true, force: true });
    } catch (undo) {
      throw new UnfinishedImportError(
        `The import failed after moving files into ${contentDir} (${(error as Error).message}) and could not put them back (${(undo as Error).message}): ${contentDir} holds part of it; roll it back with \`npm run import -- --rollback --content ${contentDir}\`.`,
        { cause: error },
      );
    }
    const message = `${(error as Error).message} The ${done.length} file${done.length === 1 ? '' : 's'} already moved were put back: ${contentDir} is as it was.`;
    throw error instanceof ImportAbortedError
      ? new ImportAbortedError(message, { cause: error })
      : new ImportMoveError(message, { cause: error });
  }
}
