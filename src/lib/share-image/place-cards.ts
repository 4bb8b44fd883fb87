/**
 * Puts cards from the cache into the built site: each as a hard link to its cache file (a
 * copy when the two folders are on different disks). The built site is kept between builds,
 * so after a warm build nearly every card is already there as a link to the right cache file:
 * two `stat`s tell (same device and inode) and the card is left alone. Only a card whose
 * cache file changed is unlinked and linked again; a copy is always made again (its inode
 * says nothing about its bytes).
 *
 * Synchronous on purpose: 60,000 cards are 120,000 `stat`s, which take a fraction of a second
 * in a loop and several seconds as promises through libuv's four threads. Nothing else runs
 * on the main thread while the build places its cards.
 */
import { copyFileSync, linkSync, lstatSync, mkdirSync, statSync, unlinkSync } from 'node:fs';
import path from 'node:path';

export interface Placement {
  /** The card in the cache. */
  from: string;
  /** Where it goes in the built site. */
  to: string;
}

export interface PlacementReport {
  /** Cards already in place (a link to their cache file): not touched. */
  kept: number;
  /** Cards linked (or copied) this time. */
  placed: number;
}

/** Hard link when possible (same disk), else a copy; replaces a file already there. */
function place(from: string, to: string, existing: boolean): void {
  if (existing) unlinkSync(to);
  try {
    linkSync(from, to);
  } catch {
    copyFileSync(from, to);
  }
}

export function placeCards(placements: readonly Placement[]): PlacementReport {
  const report: PlacementReport = { kept: 0, placed: 0 };
  const folders = new Set(placements.map(({ to }) => path.dirname(to)));
  for (const folder of folders) mkdirSync(folder, { recursive: true });
  for (const { from, to } of placements) {
    const there = lstatSync(to, { throwIfNoEntry: false });
    if (there) {
      const source = statSync(from);
      if (there.ino === source.ino && there.dev === source.dev) {
        report.kept += 1;
        continue;
      }
    }
    place(from, to, there !== undefined);
    report.placed += 1;
  }
  return report;
}
