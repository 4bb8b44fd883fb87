/**
 * Finishes or rolls back an import that was killed outright (`kill -9`, power loss) in the
 * middle of its moves. `write-content.ts` writes `journal.json` (the files it is about to move)
 * into its staging folder before the first move, and removes it after the last one. For a
 * staging folder whose process is gone:
 * - roll back (the default; what every import does first): files it replaced come back from
 *   `backup/`, files it created are removed;
 * - finish (`npm run import -- --finish`): the files still in `new/` (validated before the
 *   first move) are moved into place, so `content/` holds the whole import.
 * Either way the folder goes. Without a journal nothing had been moved: only the folder goes.
 */
import {
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  unlinkSync,
} from 'node:fs';
import path from 'node:path';
import { JOURNAL_FILE, STAGING_FOLDER, isRunning } from './unfinished-import.ts';

export { JOURNAL_FILE };

export type RecoveryMode = 'rollback' | 'finish';

export interface Recovery {
  folder: string;
  /** Rolling back: originals put back. */
  restored: number;
  /** Rolling back: files the import had created, removed. */
  removed: number;
  /** Finishing: files moved into place from `new/`. */
  completed?: number | undefined;
}

function rollBack(contentDir: string, staging: string, rels: readonly string[]) {
  let restored = 0;
  let removed = 0;
  for (const rel of rels) {
    const target = path.join(contentDir, rel);
    const backup = path.join(staging, 'backup', rel);
    const unmoved = path.join(staging, 'new', rel);
    if (existsSync(backup)) {
      renameSync(backup, target);
      restored += 1;
    } else if (!existsSync(unmoved) && existsSync(target)) {
      // Moved in and replaced nothing: the import created it.
      unlinkSync(target);
      removed += 1;
    }
  }
  return { restored, removed };
}

function finish(contentDir: string, staging: string, rels: readonly string[]) {
  let completed = 0;
  for (const rel of rels) {
    const unmoved = path.join(staging, 'new', rel);
    if (!existsSync(unmoved)) continue; // already in place
    const target = path.join(contentDir, rel);
    mkdirSync(path.dirname(target), { recursive: true });
    renameSync(unmoved, target);
    completed += 1;
  }
  return { restored: 0, removed: 0, completed };
}

/** Finishes (or rolls back) every interrupted import under `contentDir`; returns what it did. */
export function recoverInterruptedImports(
  contentDir: string,
  mode: RecoveryMode = 'rollback',
): Recovery[] {
  if (!existsSync(contentDir)) return [];
  const recoveries: Recovery[] = [];
  for (const name of readdirSync(contentDir).sort()) {
    const match = STAGING_FOLDER.exec(name);
    if (!match || isRunning(Number(match[1]))) continue;
    const staging = path.join(contentDir, name);
    const journal = path.join(staging, JOURNAL_FILE);
    let done: Omit<Recovery, 'folder'> = { restored: 0, removed: 0 };
    if (existsSync(journal)) {
      const rels = JSON.parse(readFileSync(journal, 'utf8')) as string[];
      done =
        mode === 'finish' ? finish(contentDir, staging, rels) : rollBack(contentDir, staging, rels);
    }
    rmSync(staging, { recursive: true, force: true });
    recoveries.push({ folder: name, ...done });
  }
  return recoveries;
}
