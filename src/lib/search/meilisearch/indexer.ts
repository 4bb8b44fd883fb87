/**
 * Re-indexing without a gap: every run builds fresh `<name>_<timestamp>` indexes (settings
 * first, then documents in sequential batches, each task awaited with a timeout scaled to its
 * size), checks their document counts, swaps all of them with the live names in one atomic
 * task, then deletes the previous data. Visitors search the old indexes until the swap and the
 * new ones after it; if anything fails before the swap the new indexes are dropped and the live
 * ones are untouched. Equal content gives equal documents and settings, so a second run changes
 * nothing. One indexer at a time: leftovers named `<live>_<digits>` are deleted.
 */
import { performance } from 'node:perf_hooks';
import type { Meilisearch, RecordAny, Settings } from 'meilisearch';
import type { Catalogue } from '../../content-files/read-content.ts';
import { readCatalogue } from '../../content-files/read-content.ts';
import { todayInVietnam } from '../../domain/dates.ts';
import { buildSearchDocuments, type SearchDocuments } from '../documents.ts';
import { assertReachable, createMeilisearchClient, waitForTaskOrThrow } from './client.ts';
import { IndexingTaskFailedError } from './errors.ts';
import { toMeilisearchDocuments } from './prepare-documents.ts';
import {
  indexSettings,
  SEARCH_INDEX_KEYS,
  SEARCH_INDEXES,
  type SearchIndexKey,
} from './settings.ts';

export const DEFAULT_BATCH_SIZE = 5_000;

/**
 * Time allowed for one batch task: 30 s plus 10 ms per document (5,000 → 80 s, 20,000 →
 * 230 s). Measured: ~0.5 ms per document on a quiet 2-core machine; the margin covers a busy one
 * and the queue ahead of the task. The client's default (5 s) is far too short.
 */
export function timeoutForBatch(documents: number): number {
  return 30_000 + 10 * Math.max(0, documents);
}

/** Index creation, settings, swap and deletion: small tasks, generous limit. */
export const ADMIN_TASK_TIMEOUT_MS = 120_000;

export interface IndexerOptions {
  batchSize?: number;
  /** Live names (default `SEARCH_INDEXES`). */
  indexNames?: Readonly<Record<SearchIndexKey, string>>;
  /** Settings per index (default `indexSettings()`). */
  settings?: Readonly<Record<SearchIndexKey, Settings>>;
  /** Milliseconds since 1970, the `<timestamp>` of new index names (default `Date.now`). */
  now?: () => number;
  /** Timeout of a batch of `n` documents (default `timeoutForBatch`). */
  batchTimeout?: (documents: number) => number;
  log?: (message: string) => void;
}

export interface IndexReport {
  key: SearchIndexKey;
  live: string;
  /** The timestamped index that now serves under the live name. */
  built: string;
  documents: number;
  batches: number;
}

export interface IndexingReport {
  indexes: IndexReport[];
  documents: number;
  durationMs: number;
  documentsPerSecond: number;
  /** Indexes deleted after the swap (previous data and leftovers of interrupted runs). */
  deleted: string[];
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

async function listIndexUids(client: Meilisearch): Promise<string[]> {
  const uids: string[] = [];
  for (let offset = 0; ; offset += 1000) {
    const page = await client.getRawIndexes({ offset, limit: 1000 });
    uids.push(...page.results.map((i) => i.uid));
    if (page.results.length < 1000) return uids;
  }
}

/** Deletes `uids` (those that exist) and waits; errors are reported, not thrown. */
async function dropIndexes(
  client: Meilisearch,
  uids: readonly string[],
  log: (m: string) => void,
): Promise<string[]> {
  const deleted: string[] = [];
  for (const uid of uids) {
    try {
      const task = await client.deleteIndex(uid);
      await waitForTaskOrThrow(client, task, {
        what: `deleting ${uid}`,
        timeoutMs: ADMIN_TASK_TIMEOUT_MS,
      });
      deleted.push(uid);
    } catch (error) {
      if (error instanceof IndexingTaskFailedError && error.code === 'index_not_found') continue;
      log(`could not delete ${uid}: ${(error as Error).message}`);
    }
  }
  return deleted;
}

/** Builds one timestamped index: creation, settings, batches one after another, count check. */
async function buildIndex(
  client: Meilisearch,
  uid: string,
  settings: Settings,
  documents: readonly RecordAny[],
  batchSize: number,
  batchTimeout: (n: number) => number,
  log: (m: string) => void,
): Promise<number> {
  await waitForTaskOrThrow(client, await client.createIndex(uid, { primaryKey: 'id' }), {
    what: `creating ${uid}`,
    timeoutMs: ADMIN_TASK_TIMEOUT_MS,
  });
  // Settings before documents: the documents are then indexed once, with the final settings.
  await waitForTaskOrThrow(client, await client.index(uid).updateSettings(settings), {
    what: `settings of ${uid}`,
    timeoutMs: ADMIN_TASK_TIMEOUT_MS,
  });
  let batches = 0;
  for (let start = 0; start < documents.length; start += batchSize) {
    const batch = documents.slice(start, start + batchSize);
    const what = `adding documents ${start + 1}–${start + batch.length} to ${uid}`;
    const task = await client.index(uid).addDocuments(batch, { primaryKey: 'id' });
    // Awaited before the next batch is sent: the queue never holds more than one batch.
    await waitForTaskOrThrow(client, task, { what, timeoutMs: batchTimeout(batch.length) });
    batches += 1;
    log(`${what}: done`);
  }
  const stats = await client.index(uid).getStats();
  if (stats.numberOfDocuments !== documents.length) {
    throw new IndexingTaskFailedError(
      `checking ${uid}`,
      -1,
      'failed',
      'document_count_mismatch',
      `${stats.numberOfDocuments} documents indexed, ${documents.length} expected (duplicate ids?)`,
    );
  }
  return batches;
}

/** Indexes `documents` into new indexes and swaps them live. */
export async function indexSearchDocuments(
  client: Meilisearch,
  documents: SearchDocuments,
  options: IndexerOptions = {},
): Promise<IndexingReport> {
  const started = performance.now();
  const {
    batchSize = DEFAULT_BATCH_SIZE,
    indexNames = SEARCH_INDEXES,
    settings = indexSettings(),
    now = Date.now,
    batchTimeout = timeoutForBatch,
    log = () => {},
  } = options;
  if (!Number.isInteger(batchSize) || batchSize < 1) {
    throw new RangeError(`batchSize must be a positive integer, not ${batchSize}`);
  }
  await assertReachable(client);
  const prepared = toMeilisearchDocuments(documents);

  const existing = new Set(await listIndexUids(client));
  let stamp = now();
  while (SEARCH_INDEX_KEYS.some((k) => existing.has(`${indexNames[k]}_${stamp}`))) stamp += 1;

  const reports: IndexReport[] = SEARCH_INDEX_KEYS.map((key) => ({
    key,
    live: indexNames[key],
    built: `${indexNames[key]}_${stamp}`,
    documents: prepared[key].length,
    batches: 0,
  }));

  try {
    for (const report of reports) {
      report.batches = await buildIndex(
        client,
        report.built,
        settings[report.key],
        prepared[report.key],
        batchSize,
        batchTimeout,
        log,
      );
    }
    // One task for every index: visitors never see new products with old producers. A live
    // name that does not exist yet (first run) is taken by renaming.
    const swap = await client.swapIndexes(
      reports.map((r) => ({ indexes: [r.built, r.live], rename: !existing.has(r.live) })),
    );
    await waitForTaskOrThrow(client, swap, {
      what: 'swapping the new indexes live',
      timeoutMs: ADMIN_TASK_TIMEOUT_MS,
    });
  } catch (error) {
    log(`indexing failed, dropping the new indexes: ${(error as Error).message}`);
    await dropIndexes(
      client,
      reports.map((r) => r.built),
      log,
    );
    throw error;
  }

  // After a swap the timestamped names hold the previous data; after a rename they are gone.
  // Leftovers of interrupted runs match the same pattern.
  const after = await listIndexUids(client);
  const stale = after.filter((uid) =>
    reports.some((r) => new RegExp(`^${escapeRegExp(r.live)}_\\d+$`).test(uid)),
  );
  const deleted = await dropIndexes(client, stale, log);

  const durationMs = performance.now() - started;
  const total = reports.reduce((sum, r) => sum + r.documents, 0);
  return {
    indexes: reports,
    documents: total,
    durationMs,
    documentsPerSecond: durationMs > 0 ? (total * 1000) / durationMs : 0,
    deleted,
  };
}

/** Builds the documents of a validated catalogue as of `today` and indexes them. */
export async function indexCatalogue(
  client: Meilisearch,
  catalogue: Catalogue,
  today: string = todayInVietnam(),
  options: IndexerOptions = {},
): Promise<IndexingReport> {
  return indexSearchDocuments(client, buildSearchDocuments(catalogue, today), options);
}

/**
 * What `npm run index` and the build call: reads and validates `contentDir` with the content
 * schemas (throws `InvalidContentError` listing every problem), then indexes it.
 */
export async function indexContentDirectory(
  { host, adminKey, contentDir }: { host: string; adminKey: string; contentDir: string },
  options: IndexerOptions & { today?: string } = {},
): Promise<IndexingReport & { contentDir: string }> {
  const catalogue = await readCatalogue(contentDir);
  const client = createMeilisearchClient(host, adminKey);
  const report = await indexCatalogue(client, catalogue, options.today, options);
  return { ...report, contentDir };
}
