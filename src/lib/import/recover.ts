/**
 * Rolls back an import that was killed outright (`kill -9`, power loss) in the middle of its
 * moves. `write-content.ts` writes `journal.json` (the files it is about to move) into its
 * staging folder before the first move; a staging folder whose process is gone is finished
 * here: files it replaced come back from `backup/`, files it created are removed, and the
 * folder goes. Without a journal nothing had been moved, so only the folder is removed.
 */
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, unlinkSync } from 'node:fs';
import path from 'node:path';

const STAGING = /^\.import-(\d+)-\d+$/;
export const JOURNAL_FILE = 'journal.json';

function isRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export interface Recovery {
  folder: string;
  restored: number;
  removed: number;
}

/** Finishes every interrupted import under `contentDir`; returns what it did. */
export function recoverInterruptedImports(contentDir: string): Recovery[] {
  if (!existsSync(contentDir)) return [];
  const recoveries: Recovery[] = [];
  for (const name of readdirSync(contentDir)) {
    const match = STAGING.exec(name);
    if (!match || isRunning(Number(match[1]))) continue;
    const staging = path.join(contentDir, name);
    let restored = 0;
    let removed = 0;
    const journal = path.join(staging, JOURNAL_FILE);
    if (existsSync(journal)) {
      const rels = JSON.parse(readFileSync(journal, 'utf8')) as string[];
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
    }
    rmSync(staging, { recursive: true, force: true });
    recoveries.push({ folder: name, restored, removed });
  }
  return recoveries;
}
