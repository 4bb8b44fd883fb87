/**
 * What the last build's share-image step did, as a file beside the cache
 * (`<cache>/last-build.json`): the build day the statuses were taken on, each card drawn (by
 * its output file) and how many were reused, pruned or placed into the built site. Tests and people read it to see that a
 * status change redrew exactly the cards that changed.
 */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ShareImagesReport } from './write-share-images.ts';

export const BUILD_REPORT_FILE = 'last-build.json';

export interface ShareImagesBuildReport {
  /** The build day (`BUILD_DATE`): statuses on the cards are as of this day. */
  today: string;
  /** Output files of the cards drawn by this build (e.g. `og/p/f4mpg6.jpg`), sorted. */
  rendered: string[];
  reused: number;
  pruned: number;
  /** Cards linked (or copied) into the built site: the others were there already. */
  placed: number;
}

export async function writeBuildReport(
  cacheDir: string,
  today: string,
  report: ShareImagesReport,
): Promise<void> {
  const data: ShareImagesBuildReport = {
    today,
    rendered: report.renders.map((r) => r.file).sort(),
    reused: report.reused,
    pruned: report.pruned,
    placed: report.placed,
  };
  await mkdir(cacheDir, { recursive: true });
  const file = path.join(cacheDir, BUILD_REPORT_FILE);
  await writeFile(`${file}.tmp`, `${JSON.stringify(data, null, 2)}\n`);
  await rename(`${file}.tmp`, file);
}

export async function readBuildReport(cacheDir: string): Promise<ShareImagesBuildReport> {
  return JSON.parse(
    await readFile(path.join(cacheDir, BUILD_REPORT_FILE), 'utf8'),
  ) as ShareImagesBuildReport;
}
