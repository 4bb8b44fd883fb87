/**
 * The in-place update, what `npm run index` does when the live indexes exist with the wanted
 * settings (`indexer.ts` decides): read the id and digest of every live document, compare them
 * with the wanted documents (`document-changes.ts`), then send the added and changed documents in
 * sequential batches and delete the removed ids, each task awaited with the same timeouts as the
 * rebuild. Nothing is sent for a document whose digest is unchanged, so the daily run sends the
 * handful of products whose status changed overnight instead of the whole catalogue.
 *
 * Every change is planned for all indexes before anything is sent (a duplicate id stops the run
 * with nothing written). A task that fails or times out stops the run with `PartialUpdateError`:
 * the tasks before it stay applied, which is safe because each sent document is whole (Meilisearch
 * replaces a document with the same id entirely) and correct for its own entry; the next run
 * finds the rest by their digests and sends them.
 */
import type { EnqueuedTask, Meilisearch, RecordAny } from 'meilisearch';
import { waitForTaskOrThrow } from './client.ts';
import { documentChanges } from './document-changes.ts';
import { DIGEST_FIELD, type WithDigest } from './document-digest.ts';
import { PartialUpdateError, SearchEngineError } from './errors.ts';

/** Documents read per `getDocuments` request (ids and digests only: ~50 bytes each). */
const READ_PAGE = 10_000;

type IndexedDocument = WithDigest<{ id: string } & RecordAny>;

export interface InPlaceTarget {
  /** The live index to update. */
  uid: string;
  documents: readonly IndexedDocument[];
}

export interface IndexChanges {
  uid: string;
  added: number;
  changed: number;
  removed: number;
  unchanged: number;
  /** Tasks sent: document batches and deletions. */
  tasks: number;
}

export interface InPlaceOptions {
  batchSize: number;
  batchTimeout: (documents: number) => number;
  log: (message: string) => void;
}

/** Id → digest of every document of `uid` (`undefined` for a document without a digest). */
export async function liveDigests(
  client: Meilisearch,
  uid: string,
): Promise<Map<string, string | undefined>> {
  const digests = new Map<string, string | undefined>();
  for (let offset = 0; ; offset += READ_PAGE) {
    const page = await client
      .index(uid)
      .getDocuments({ fields: ['id', DIGEST_FIELD], limit: READ_PAGE, offset });
    for (const doc of page.results) {
      const digest: unknown = doc[DIGEST_FIELD];
      digests.set(String(doc['id']), typeof digest === 'string' ? digest : undefined);
    }
    if (page.results.length < READ_PAGE) return digests;
  }
}

const count = (n: number) => n.toLocaleString('en');

/** "products: 3 changed, 1 added, 0 removed, 19,996 unchanged" */
export function describeChanges(c: IndexChanges): string {
  return (
    `${c.uid}: ${count(c.changed)} changed, ${count(c.added)} added, ` +
    `${count(c.removed)} removed, ${count(c.unchanged)} unchanged`
  );
}

/** Updates every target in place, in order; see the header for what a failure leaves. */
export async function updateInPlace(
  client: Meilisearch,
  targets: readonly InPlaceTarget[],
  { batchSize, batchTimeout, log }: InPlaceOptions,
): Promise<IndexChanges[]> {
  const plans = [];
  for (const { uid, documents } of targets) {
    const changes = documentChanges(await liveDigests(client, uid), documents);
    plans.push({ uid, expected: documents.length, ...changes });
  }
  const planned = plans.reduce(
    (n, p) => n + p.added.length + p.changed.length + p.removed.length,
    0,
  );

  let done = 0;
  const reports: IndexChanges[] = [];
  for (const plan of plans) {
    const { uid, added, changed, removed } = plan;
    let tasks = 0;
    const step = async (what: string, size: number, send: () => Promise<EnqueuedTask>) => {
      try {
        await waitForTaskOrThrow(client, await send(), { what, timeoutMs: batchTimeout(size) });
      } catch (error) {
        throw new PartialUpdateError(what, done, planned - done, error as Error);
      }
      done += size;
      tasks += 1;
      log(`${what}: done`);
    };
    const upserts = [...changed, ...added];
    for (let start = 0; start < upserts.length; start += batchSize) {
      const batch = upserts.slice(start, start + batchSize);
      const what = `sending documents ${start + 1}–${start + batch.length} to ${uid}`;
      await step(what, batch.length, () =>
        client.index(uid).addDocuments(batch, { primaryKey: 'id' }),
      );
    }
    for (let start = 0; start < removed.length; start += batchSize) {
      const ids = removed.slice(start, start + batchSize);
      await step(`deleting ${ids.length} documents from ${uid}`, ids.length, () =>
        client.index(uid).deleteDocuments(ids),
      );
    }
    const stats = await client.index(uid).getStats();
    if (stats.numberOfDocuments !== plan.expected) {
      throw new SearchEngineError(
        `checking ${uid}: ${stats.numberOfDocuments} documents after the update, ` +
          `${plan.expected} expected (another writer?). Run \`npm run index -- --full\`.`,
      );
    }
    const report = {
      uid,
      added: added.length,
      changed: changed.length,
      removed: removed.length,
      unchanged: plan.unchanged,
      tasks,
    };
    log(describeChanges(report));
    reports.push(report);
  }
  return reports;
}
