/**
 * Writes the planned files so that `content/` ends either fully updated or exactly as it was.
 * 1. Stage: every file is written to `content/.import-<pid>-<time>/new/` (same file system).
 * 2. Validate: a merged view (hard links to the untouched files plus the staged ones) is read
 *    with `readCatalogue`; any problem the import would add stops it.
 * 3. Move: each staged file is renamed into place, the file it replaces first moved aside; the
 *    moves run synchronously, so a SIGINT or SIGTERM arriving meanwhile is handled after the
 *    last one (the batch finishes). Any error during the moves undoes those already made.
 * 4. The staging folder is removed, whatever happened.
 * `shouldStop` is polled between steps (a signal before the moves rolls back); `failAfterWrites`
 * throws after that many moves, to test the rollback.
 */
import {
  existsSync,
  linkSync,
  copyFileSync,
  mkdirSync,
  renameSync,
  rmSync,
  unlinkSync,
} from 'node:fs';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { COLLECTION_FOLDERS, readCatalogue } from '../content-files/read-content.ts';
import type { ContentProblem } from '../content-files/errors.ts';
import { ImportAbortedError, ImportValidationError } from './errors.ts';
import type { Json } from './build-entries.ts';

export interface WriteOptions {
  shouldStop?: (() => boolean) | undefined;
  failAfterWrites?: number | undefined;
  /** Problems the content already had (from the importer's own read), so it is not read twice. */
  knownProblems?: readonly ContentProblem[] | undefined;
}

export function serialise(json: Json): string {
  return `${JSON.stringify(json, null, 2)}\n`;
}

export async function writeContent(
  contentDir: string,
  writes: ReadonlyMap<string, Json>,
  options: WriteOptions = {},
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
    for (const rel of rels) {
      await writeFile(path.join(staging, 'new', rel), serialise(writes.get(rel)!));
    }
    stop();
    await validateView(contentDir, staging, new Set(rels), options.knownProblems);
    stop();
    commit(contentDir, staging, rels, options.failAfterWrites);
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

async function validateView(
  contentDir: string,
  staging: string,
  rels: ReadonlySet<string>,
  known?: readonly ContentProblem[],
) {
  const beforeProblems = known ?? (await readCatalogue(contentDir, { lenient: true })).problems;
  const view = path.join(staging, 'view');
  for (const folder of Object.values(COLLECTION_FOLDERS)) {
    await mkdir(path.join(view, folder), { recursive: true });
    let names: string[] = [];
    try {
      names = (await readdir(path.join(contentDir, folder))).filter((n) => n.endsWith('.json'));
    } catch {
      names = [];
    }
    for (const name of names) {
      if (!rels.has(`${folder}/${name}`))
        link(path.join(contentDir, folder, name), path.join(view, folder, name));
    }
  }
  for (const rel of rels) link(path.join(staging, 'new', rel), path.join(view, rel));
  const after = await readCatalogue(view, { lenient: true });
  const key = (p: { file: string; field: string; message: string }, root: string) =>
    `${path.relative(root, p.file)}|${p.field}|${p.message}`;
  const old = new Set(beforeProblems.map((p) => key(p, contentDir)));
  const added = after.problems.filter((p) => !old.has(key(p, view)));
  if (added.length) {
    throw new ImportValidationError(
      `The import would make the catalogue invalid (${added.length} problem${added.length === 1 ? '' : 's'}): nothing was written.`,
      added.map((p) => `${path.relative(view, p.file)}: ${p.field}: ${p.message}`),
    );
  }
}

function link(from: string, to: string) {
  try {
    linkSync(from, to);
  } catch {
    copyFileSync(from, to);
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
