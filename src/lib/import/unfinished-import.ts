/**
 * Finds an import that stopped in the middle of its moves (killed outright, power lost): its
 * staging folder `<content>/.import-<pid>-<time>/` still holds `journal.json`, so `content/`
 * holds part of it. `npm run check:content`, the build and `npm start` refuse such a folder
 * with the one sentence `unfinishedImportMessage` writes. Reads the folder only; changes nothing.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';

/** The staging folder's name: `.import-<pid>-<milliseconds>`. */
export const STAGING_FOLDER = /^\.import-(\d+)-\d+$/;
/** Written before the first move, removed once the last one is done. */
export const JOURNAL_FILE = 'journal.json';

export interface UnfinishedImport {
  /** The staging folder's name under the content folder. */
  folder: string;
  pid: number;
  /** The process that made it is still alive: it is moving files right now. */
  running: boolean;
}

export function isRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Every staging folder under `contentDir` whose journal says files were being moved. */
export function findUnfinishedImports(contentDir: string): UnfinishedImport[] {
  if (!existsSync(contentDir)) return [];
  const found: UnfinishedImport[] = [];
  for (const name of readdirSync(contentDir).sort()) {
    const match = STAGING_FOLDER.exec(name);
    if (!match || !existsSync(path.join(contentDir, name, JOURNAL_FILE))) continue;
    const pid = Number(match[1]);
    found.push({ folder: name, pid, running: isRunning(pid) });
  }
  return found;
}

/** The import command for this content folder, with `--content` when it is not the default. */
function importCommand(contentDir: string, flag: string): string {
  const normal = path.normalize(contentDir) === 'content';
  return `npm run import -- ${flag}${normal ? '' : ` --content ${contentDir}`}`;
}

/**
 * One sentence for the person about to check, build or serve `contentDir`, or `undefined` when
 * no import is unfinished there.
 */
export function unfinishedImportMessage(
  contentDir: string,
  found: readonly UnfinishedImport[] = findUnfinishedImports(contentDir),
): string | undefined {
  if (!found.length) return undefined;
  const dead = found.filter((f) => !f.running);
  if (!dead.length) {
    return `${contentDir} is being changed by an import still running (process ${found.map((f) => f.pid).join(', ')}): wait for it to end, then run this again.`;
  }
  return (
    `${contentDir} holds a half-moved import (${dead.map((f) => f.folder).join(', ')}) that must not be published: ` +
    `finish it with \`${importCommand(contentDir, '--finish')}\` or roll it back with \`${importCommand(contentDir, '--rollback')}\`, then run this again.`
  );
}
