/**
 * The badges as a background step (`lib/build/background.ts`): reads the catalogue and writes
 * every product's badges through the output ledger **while Astro renders the pages**. The
 * build starts it once the output folder is settled (`astro:build:setup`: after
 * `keep-output.ts` may have emptied it) and adds the files it claimed to the build's claims
 * after the pages, before the sweep.
 */
import { OutputLedger, type LedgerReport } from '../build/output-ledger.ts';
import { readCatalogueForBuild } from '../content-files/read-content.ts';
import { writeBadges, type WrittenBadges } from './write-badges.ts';

export interface BadgesTaskInput {
  contentDir: string;
  outDir: string;
  /** The build day: statuses are as of this date. */
  date: string;
}

export interface BadgesTaskResult {
  written: WrittenBadges;
  files: LedgerReport;
  /** Absolute paths written or kept, for the build's sweep. */
  claimed: string[];
  /** Milliseconds the step took in its process. */
  ms: number;
}

export async function run({
  contentDir,
  outDir,
  date,
}: BadgesTaskInput): Promise<BadgesTaskResult> {
  const started = performance.now();
  const catalogue = await readCatalogueForBuild(contentDir);
  const ledger = await OutputLedger.open('badges', outDir);
  const written = await writeBadges(
    catalogue.products.map((p) => p.data),
    ledger,
    date,
  );
  const files = await ledger.finish();
  return { written, files, claimed: ledger.claimed(), ms: performance.now() - started };
}
