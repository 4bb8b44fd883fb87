/**
 * `npm run index`'s two paths. The daily one, **in place**: when the live indexes exist and
 * their settings are the wanted ones (`settings-difference.ts`), only the documents whose
 * digest changed are sent and the removed ones deleted (`incremental-update.ts`). The other,
 * **rebuild and swap** (first run, a settings change, or `full: true`): fresh
 * `<name>_<timestamp>` indexes (settings first, then documents in sequential batches, each task
 * awaited with a timeout scaled to its size), document counts checked, all of them swapped with
 * the live names in one atomic task, then the previous data deleted. Visitors search the old
 * indexes until the swap and the new ones after it; if anything fails before the swap the new
 * indexes are dropped and the live ones are untouched. Every document carries a digest of its
 * fields (`document-digest.ts`). Equal content gives equal documents and settings, so a second
 * run sends nothing. One indexer at a time: leftovers named `<live>_<digits>` are deleted.
 */
import { performance } from 'node:perf_hooks';
import type { Meilisearch, RecordAny, Settings } from 'meilisearch';
import type { Catalogue } from '../../content-files/read-content.ts';
import { readCatalogue } from '../../content-files/read-content.ts';
import { todayInVietnam } from '../../domain/dates.ts';
import { buildSearchDocuments, type SearchDocuments } from '../documents.ts';
import { assertReachable, createMeilisearchClient, waitForTaskOrThrow } from './client.ts';
import { withDigests } from './document-digest.ts';
import { IndexingTaskFailedError } from './errors.ts';
import { updateInPlace, type IndexChanges } from './incremental-update.ts';
import { toMeilisearchDocuments, type MeilisearchDocuments } from './prepare-documents.ts';
import { settingsDifference } from './settings-difference.ts';
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
  /** Rebuild and swap even when the live indexes could be updated in place. */
  full?: boolean;
  log?: (message: string) => void;
}

export interface IndexReport {
  key: SearchIndexKey;
  live: string;
  /** The timestamped index that now serves under the live name (in place: the live name). */
  built: string;
  documents: number;
  /** Tasks that sent documents (in place: deletions too). */
  batches: number;
  /** In place only: what was sent. */
  changes?: IndexChanges;
}

export interface IndexingReport {
  /** `rebuild`: new indexes swapped in; `in-place`: only the changes sent. */
  mode: 'rebuild' | 'in-place';
  /** Why the indexes were rebuilt (in place: undefined). */
  rebuildReason?: string;
  indexes: IndexReport[];
  /** Documents in the indexes now. */
  documents: number;
  /** Documents sent and ids deleted (a rebuild sends every document). */
  sent: number;
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

/** The prepared documents with their digests. */
function digested(prepared: MeilisearchDocuments) {
  return {
    products: withDigests(prepared.products),
    producers: withDigests(prepared.producers),
    salesPoints: withDigests(prepared.salesPoints),
  };
}
type IndexedDocuments = ReturnType<typeof digested>;

/** Why the live indexes cannot be updated in place; `undefined` when they can. */
async function rebuildReason(
  client: Meilisearch,
  existing: ReadonlySet<string>,
  indexNames: Readonly<Record<SearchIndexKey, string>>,
  settings: Readonly<Record<SearchIndexKey, Settings>>,
): Promise<string | undefined> {
  for (const key of SEARCH_INDEX_KEYS) {
    const uid = indexNames[key];
    if (!existing.has(uid)) return `no live index "${uid}"`;
    const { primaryKey } = await client.getRawIndex(uid);
    if (primaryKey !== 'id') return `"${uid}" has the primary key ${String(primaryKey)}`;
    const differ = settingsDifference(settings[key], await client.index(uid).getSettings());
    if (differ.length) return `the settings of "${uid}" changed (${differ.join(', ')})`;
  }
  return undefined;
}

interface PathOptions {
  batchSize: number;
  batchTimeout: (n: number) => number;
  log: (m: string) => void;
}

/** The rebuild: new timestamped indexes, swapped live in one task; dropped if anything fails. */
async function rebuildAndSwap(
  client: Meilisearch,
  prepared: IndexedDocuments,
  existing: ReadonlySet<string>,
  { indexNames, settings, now }: Required<Pick<IndexerOptions, 'indexNames' | 'settings' | 'now'>>,
  { batchSize, batchTimeout, log }: PathOptions,
): Promise<IndexReport[]> {
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
  return reports;
}

/** Indexes `documents`: in place when the live indexes allow it, else rebuilt and swapped. */
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
    full = false,
    log = () => {},
  } = options;
  if (!Number.isInteger(batchSize) || batchSize < 1) {
    throw new RangeError(`batchSize must be a positive integer, not ${batchSize}`);
  }
  await assertReachable(client);
  const prepared = digested(toMeilisearchDocuments(documents));
  const paths = { batchSize, batchTimeout, log };

  const existing = new Set(await listIndexUids(client));
  const reason = full
    ? 'asked for (--full)'
    : await rebuildReason(client, existing, indexNames, settings);
  let reports: IndexReport[];
  if (reason === undefined) {
    const targets = SEARCH_INDEX_KEYS.map((key) => ({
      uid: indexNames[key],
      documents: prepared[key],
    }));
    const changes = await updateInPlace(client, targets, paths);
    reports = SEARCH_INDEX_KEYS.map((key, i) => ({
      key,
      live: indexNames[key],
      built: indexNames[key],
      documents: prepared[key].length,
      batches: changes[i]!.tasks,
      changes: changes[i]!,
    }));
  } else {
    log(`rebuilding: ${reason}`);
    reports = await rebuildAndSwap(
      client,
      prepared,
      existing,
      { indexNames, settings, now },
      paths,
    );
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
  const sent = reports.reduce(
    (sum, { documents: n, changes: c }) => sum + (c ? c.added + c.changed + c.removed : n),
    0,
  );
  return {
    mode: reason === undefined ? 'in-place' : 'rebuild',
    ...(reason === undefined ? {} : { rebuildReason: reason }),
    indexes: reports,
    documents: total,
    sent,
    durationMs,
    documentsPerSecond: durationMs > 0 ? (sent * 1000) / durationMs : 0,
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
