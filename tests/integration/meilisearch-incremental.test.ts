/**
 * The daily update in place on a real Meilisearch: a first run rebuilds, a second with nothing
 * changed sends nothing, the next day sends exactly the documents whose status changed (and the
 * status filter shows it), a removed product is deleted, changed settings or `full: true` take the
 * rebuild, and a failed task stops the run with `PartialUpdateError`, repaired by the next run.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RecordAny, Settings } from 'meilisearch';
import { addDays } from '../../src/lib/domain/dates.ts';
import { buildSearchDocuments, type SearchDocuments } from '../../src/lib/search/documents.ts';
import { DIGEST_FIELD } from '../../src/lib/search/meilisearch/document-digest.ts';
import { PartialUpdateError } from '../../src/lib/search/meilisearch/errors.ts';
import {
  indexSearchDocuments,
  type IndexingReport,
} from '../../src/lib/search/meilisearch/indexer.ts';
import { toMeilisearchDocuments } from '../../src/lib/search/meilisearch/prepare-documents.ts';
import { indexSettings } from '../../src/lib/search/meilisearch/settings.ts';
import { startMeilisearch, type MeilisearchTestServer } from '../support/meilisearch-server.ts';
import {
  loadMiniCatalogue,
  MINI_TODAY,
  type MiniCatalogue,
} from '../support/ocop-mini-catalogue.ts';

let server: MeilisearchTestServer;
let mini: MiniCatalogue;
const cleanups: (() => Promise<unknown>)[] = [];

beforeAll(async () => {
  server = await startMeilisearch();
  cleanups.push(server.stop);
  mini = await loadMiniCatalogue();
  cleanups.push(mini.remove);
});
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

const LISTED = 45;

const changesOf = (report: IndexingReport) =>
  Object.fromEntries(
    report.indexes.map((i) => {
      const { uid: _uid, tasks: _tasks, ...counts } = i.changes!;
      return [i.live, counts];
    }),
  );

/** Document tasks enqueued after task `since`, oldest first. */
async function documentTasksSince(since: number) {
  const { results } = await server.client.tasks.getTasks({
    types: ['documentAdditionOrUpdate', 'documentDeletion'],
    limit: 1000,
  });
  return results.filter((t) => t.uid > since).reverse();
}
const lastTaskUid = async () =>
  (await server.client.tasks.getTasks({ limit: 1 })).results[0]?.uid ?? -1;

/** Ids of the listed products whose indexed form differs between two document sets. */
function differingProducts(a: SearchDocuments, b: SearchDocuments): string[] {
  const before = new Map(toMeilisearchDocuments(a).products.map((d) => [d.id, d]));
  return toMeilisearchDocuments(b)
    .products.filter((d) => before.has(d.id) && !isDeepEqual(before.get(d.id), d))
    .map((d) => d.id)
    .sort();
}
const isDeepEqual = (x: unknown, y: unknown) => {
  try {
    expect(x).toStrictEqual(y);
    return true;
  } catch {
    return false;
  }
};

const withoutDigest = ({ [DIGEST_FIELD]: _d, ...rest }: RecordAny) => rest;

describe('the daily run updates in place', () => {
  it('first run: rebuilds, every document carries a digest that is not searched', async () => {
    const report = await indexSearchDocuments(server.client, mini.documents);
    expect(report).toMatchObject({ mode: 'rebuild', rebuildReason: 'no live index "products"' });
    const { results } = await server.client.index('products').getDocuments({ limit: 100 });
    expect(results).toHaveLength(LISTED);
    for (const doc of results) expect(doc[DIGEST_FIELD]).toMatch(/^[\w-]{16}$/);
    const digest = String(results[0]![DIGEST_FIELD]);
    const hits = await server.client.index('products').search(digest, { limit: 5 });
    expect(hits.hits).toEqual([]);
  });

  it('second run with nothing changed: in place, sends nothing', async () => {
    const since = await lastTaskUid();
    const report = await indexSearchDocuments(server.client, mini.documents);
    expect(report.mode).toBe('in-place');
    expect(report.sent).toBe(0);
    expect(changesOf(report)).toEqual({
      products: { added: 0, changed: 0, removed: 0, unchanged: LISTED },
      producers: { added: 0, changed: 0, removed: 0, unchanged: 12 },
      'sales-points': { added: 0, changed: 0, removed: 0, unchanged: 9 },
    });
    expect(await documentTasksSince(since)).toEqual([]);
  });

  it('the next day: exactly the products whose status changed are sent, and filters see it', async () => {
    // The first day after MINI_TODAY on which some product shows differently.
    let day = MINI_TODAY;
    let next: SearchDocuments;
    let expected: string[];
    do {
      day = addDays(day, 1);
      next = buildSearchDocuments(mini.catalogue, day);
      expected = differingProducts(mini.documents, next);
    } while (expected.length === 0 && day < '2030-01-01');
    expect(expected.length).toBeGreaterThan(0);
    const [id] = expected;
    const before = mini.documents.products.find((p) => p.id === id)!;
    const after = next.products.find((p) => p.id === id)!;
    expect(after.certificateStatus).not.toBe(before.certificateStatus);

    const since = await lastTaskUid();
    const report = await indexSearchDocuments(server.client, next);
    expect(report.mode).toBe('in-place');
    expect(changesOf(report)['products']).toEqual({
      added: 0,
      changed: expected.length,
      removed: 0,
      unchanged: LISTED - expected.length,
    });
    const tasks = await documentTasksSince(since);
    expect(tasks.map((t) => [t.indexUid, t.details?.receivedDocuments])).toEqual([
      ['products', expected.length],
    ]);

    const stored = await server.client.index('products').getDocument(id!);
    const wanted = toMeilisearchDocuments(next).products.find((p) => p.id === id);
    expect(withoutDigest(stored)).toEqual(wanted);
    const filtered = await server.client.index('products').search('', {
      filter: `certificateStatus = ${after.certificateStatus}`,
      limit: 100,
    });
    expect(filtered.hits.map((h) => String(h['id']))).toContain(id);
    const previous = await server.client.index('products').search('', {
      filter: `certificateStatus = ${before.certificateStatus}`,
      limit: 100,
    });
    expect(previous.hits.map((h) => String(h['id']))).not.toContain(id);
  });

  it('a removed product is deleted; the products ranked after it get their new rank', async () => {
    await indexSearchDocuments(server.client, mini.documents); // back from the next day
    const middle = toMeilisearchDocuments(mini.documents).products.find((p) => p.nameOrder === 20)!;
    const fewer = {
      ...mini.documents,
      products: mini.documents.products.filter((p) => p.id !== middle.id),
    };
    const report = await indexSearchDocuments(server.client, fewer);
    expect(report.mode).toBe('in-place');
    // `nameOrder` is a dense rank: the 24 products after it move up by one.
    expect(differingProducts(mini.documents, fewer)).toHaveLength(LISTED - 21);
    expect(changesOf(report)['products']).toEqual({
      added: 0,
      changed: LISTED - 21,
      removed: 1,
      unchanged: 20,
    });
    await expect(server.client.index('products').getDocument(middle.id)).rejects.toThrow();
    expect((await server.client.index('products').getStats()).numberOfDocuments).toBe(LISTED - 1);

    const back = await indexSearchDocuments(server.client, mini.documents);
    expect(changesOf(back)['products']).toMatchObject({ added: 1, removed: 0 });
  });

  it('changed settings, or full: true, take the rebuild; equal settings go back in place', async () => {
    const settings = indexSettings();
    const wider: Record<string, Settings> = {
      ...settings,
      products: {
        ...settings.products,
        sortableAttributes: [...(settings.products.sortableAttributes ?? []), 'validUntil'],
      },
    };
    const changed = await indexSearchDocuments(server.client, mini.documents, {
      settings: wider as typeof settings,
    });
    expect(changed.mode).toBe('rebuild');
    expect(changed.rebuildReason).toBe('the settings of "products" changed (sortableAttributes)');
    expect((await server.client.index('products').getSettings()).sortableAttributes).toContain(
      'validUntil',
    );
    const restored = await indexSearchDocuments(server.client, mini.documents);
    expect(restored.mode).toBe('rebuild');
    const forced = await indexSearchDocuments(server.client, mini.documents, { full: true });
    expect(forced).toMatchObject({ mode: 'rebuild', rebuildReason: 'asked for (--full)' });
    expect((await indexSearchDocuments(server.client, mini.documents)).mode).toBe('in-place');
  });
});

describe('a failed update stops the run and says what it left', () => {
  it('keeps the tasks that succeeded, throws PartialUpdateError; the next run sends the rest', async () => {
    await indexSearchDocuments(server.client, mini.documents);
    const listed = mini.documents.products.find((p) => p.certificateStatus !== 'revoked')!;
    const renamed = { ...listed, nameEn: 'Renamed for the test' };
    const broken: SearchDocuments = {
      ...mini.documents,
      products: mini.documents.products.map((p) => (p === listed ? renamed : p)),
      salesPoints: mini.documents.salesPoints.map((s, i) =>
        i === 0 ? { ...s, _geo: { lat: 'north' as unknown as number, lng: 106 } } : s,
      ),
    };
    const promise = indexSearchDocuments(server.client, broken);
    await expect(promise).rejects.toBeInstanceOf(PartialUpdateError);
    await expect(promise).rejects.toThrow(/invalid_document_geo_field.*keep the 1 document/s);
    // The products batch succeeded before the sales points failed (the second run also failed).
    expect((await server.client.index('products').getDocument(renamed.id))['nameEn']).toBe(
      renamed.nameEn,
    );
    const repaired = await indexSearchDocuments(server.client, mini.documents);
    expect(changesOf(repaired)['products']).toMatchObject({ changed: 1 });
    expect(changesOf(repaired)['sales-points']).toMatchObject({ changed: 0, unchanged: 9 });
  });
});
