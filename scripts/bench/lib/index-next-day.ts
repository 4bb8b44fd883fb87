/**
 * The daily re-index at scale: the live indexes hold a catalogue as of `day`; the next day's
 * documents are sent in place (what `npm run index` does every day), then `day`'s again in place
 * (the same changes back), then `day`'s catalogue is rebuilt and swapped (`--full`, what a
 * settings change or a first run costs). Rounds alternate the two ways, so both see the same
 * load on a shared machine.
 */
import { performance } from 'node:perf_hooks';
import type { Meilisearch } from 'meilisearch';
import { addDays } from '../../../src/lib/domain/dates.ts';
import type { SearchDocuments } from '../../../src/lib/search/documents.ts';
import {
  indexSearchDocuments,
  type IndexingReport,
} from '../../../src/lib/search/meilisearch/indexer.ts';
import { loadDocuments } from './catalogue.ts';

export interface NextDayIndexing {
  /** Seconds of each in-place run (to the next day and back), and of each rebuild. */
  inPlaceSeconds: number[];
  rebuildSeconds: number[];
  /** The first in-place run's report (what the next day sent, per index). */
  inPlace: IndexingReport;
}

async function timed(run: () => Promise<IndexingReport>) {
  const started = performance.now();
  const report = await run();
  return { report, seconds: (performance.now() - started) / 1000 };
}

/** Runs `rounds` of: next day in place, back in place, rebuild (live indexes: `today`). */
export async function benchNextDayIndexing(
  client: Meilisearch,
  dir: string,
  today: SearchDocuments,
  day: string,
  rounds = 1,
): Promise<NextDayIndexing> {
  const { documents: next } = await loadDocuments(dir, addDays(day, 1));
  const result: Partial<NextDayIndexing> &
    Pick<NextDayIndexing, 'inPlaceSeconds' | 'rebuildSeconds'> = {
    inPlaceSeconds: [],
    rebuildSeconds: [],
  };
  for (let round = 0; round < rounds; round += 1) {
    for (const documents of [next, today]) {
      const inPlace = await timed(() => indexSearchDocuments(client, documents));
      if (inPlace.report.mode !== 'in-place') {
        throw new Error(`the next day was rebuilt (${inPlace.report.rebuildReason ?? '?'})`);
      }
      result.inPlaceSeconds.push(inPlace.seconds);
      result.inPlace ??= inPlace.report;
    }
    const rebuild = await timed(() => indexSearchDocuments(client, today, { full: true }));
    result.rebuildSeconds.push(rebuild.seconds);
  }
  return result as NextDayIndexing;
}
