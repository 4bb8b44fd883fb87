/**
 * The indexer's rebuild on a real Meilisearch: first run, re-index with a swap and no gap for
 * visitors, idempotence, clean-up of old indexes, failures and timeouts that leave the live
 * indexes untouched, and the `npm run index` CLI (`--full`, then in place). The update in place
 * has its own file (`meilisearch-incremental.test.ts`).
 */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Meilisearch, type RecordAny } from 'meilisearch';
import type { SearchDocuments } from '../../src/lib/search/documents.ts';
import {
  DuplicateDocumentIdError,
  IndexingTaskFailedError,
  IndexingTimeoutError,
  MeilisearchUnreachableError,
} from '../../src/lib/search/meilisearch/errors.ts';
import {
  indexContentDirectory,
  indexSearchDocuments,
  timeoutForBatch,
} from '../../src/lib/search/meilisearch/indexer.ts';
import { ensurePublicSearchKey } from '../../src/lib/search/meilisearch/keys.ts';
import { PUBLIC_INDEX_NAMES } from '../../src/lib/search/meilisearch/settings.ts';
import { startMeilisearch, type MeilisearchTestServer } from '../support/meilisearch-server.ts';
import { loadMiniCatalogue, type MiniCatalogue } from '../support/ocop-mini-catalogue.ts';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../../', import.meta.url));
const fixtureCatalogue = fileURLToPath(
  new URL('../fixtures/content/catalogues/valid/', import.meta.url),
);

let server: MeilisearchTestServer;
let mini: MiniCatalogue;

beforeAll(async () => {
  server = await startMeilisearch();
  cleanups.push(server.stop);
  mini = await loadMiniCatalogue();
  cleanups.push(mini.remove);
});

/** Whatever `beforeAll` got to start, undone in reverse order even if it failed half-way. */
const cleanups: (() => Promise<unknown>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

const indexUids = async () =>
  (await server.client.getRawIndexes({ limit: 1000 })).results.map((i) => i.uid).sort();
const timestamped = async () => (await indexUids()).filter((uid) => /_\d+$/.test(uid));
/** The mini catalogue's 46 products but its one revoked product: what the products index holds. */
const LISTED = 45;

const count = async (uid: string) => (await server.client.index(uid).getStats()).numberOfDocuments;

/** Every document of an index, by id, with every field. */
async function allDocuments(uid: string): Promise<RecordAny[]> {
  const { results } = await server.client.index(uid).getDocuments({ limit: 100_000 });
  return [...results].sort((a, b) => String(a['id']).localeCompare(String(b['id'])));
}

/** `times` copies of every mini product under new ids: enough for a re-index to take a while. */
function enlarged(documents: SearchDocuments, times: number): SearchDocuments {
  const products = Array.from({ length: times }, (_, copy) =>
    documents.products.map((p) => ({ ...p, id: `${p.id}-${copy}` })),
  ).flat();
  return { ...documents, products };
}

describe('batch timeouts', () => {
  it('scale with the batch: far more than the client’s 5 s default for 20,000 documents', () => {
    expect(timeoutForBatch(20_000)).toBeGreaterThanOrEqual(120_000);
    expect(timeoutForBatch(5_000)).toBeGreaterThan(5_000);
    expect(timeoutForBatch(20_000)).toBeGreaterThan(timeoutForBatch(5_000));
    expect(timeoutForBatch(1)).toBeGreaterThanOrEqual(30_000);
  });

  it('are the ones used: a batch that cannot finish in time fails with IndexingTimeoutError', async () => {
    await indexSearchDocuments(server.client, mini.documents);
    const before = await count('products');
    const promise = indexSearchDocuments(server.client, enlarged(mini.documents, 20), {
      batchTimeout: () => 1,
      full: true,
    });
    await expect(promise).rejects.toBeInstanceOf(IndexingTimeoutError);
    await expect(promise).rejects.toMatchObject({ timeoutMs: 1 });
    expect(await count('products')).toBe(before);
    expect(await timestamped()).toEqual([]);
  });
});

describe('indexing', () => {
  it('indexes the fixture catalogue from its folder, validated by the content schemas', async () => {
    const report = await indexContentDirectory({
      host: server.host,
      adminKey: server.masterKey,
      contentDir: fixtureCatalogue,
    });
    expect(report.indexes.map((i) => [i.live, i.documents])).toEqual([
      ['products', 2],
      ['producers', 2],
      ['sales-points', 1],
    ]);
    expect(await count('products')).toBe(2);
    const doc = await server.client.index('products').getDocument('banh-cay-lang-nguyen');
    expect(doc['formerProvinceNames']).toEqual(['Thái Bình']);
    expect(doc['provinceAliases']).toContain('Thái Bình');
    expect(typeof doc['nameOrder']).toBe('number');
  });

  it('replaces the live content with another catalogue and deletes the previous indexes', async () => {
    const report = await indexSearchDocuments(server.client, mini.documents, {
      batchSize: 10,
      full: true,
    });
    expect(report.indexes.find((i) => i.key === 'products')?.batches).toBe(5);
    expect(await count('products')).toBe(LISTED);
    expect(await count('producers')).toBe(12);
    expect(await count('sales-points')).toBe(9);
    expect(report.deleted.sort()).toEqual(report.indexes.map((i) => i.built).sort());
    expect(await timestamped()).toEqual([]);
    expect(await indexUids()).toEqual([...PUBLIC_INDEX_NAMES].sort());
    expect(report.documentsPerSecond).toBeGreaterThan(0);
  });

  it('runs twice with the same content: identical documents and settings', async () => {
    await indexSearchDocuments(server.client, mini.documents);
    const first = {
      documents: await Promise.all(PUBLIC_INDEX_NAMES.map(allDocuments)),
      settings: await Promise.all(
        PUBLIC_INDEX_NAMES.map((uid) => server.client.index(uid).getSettings()),
      ),
    };
    await indexSearchDocuments(server.client, mini.documents, { batchSize: 7, full: true });
    const second = {
      documents: await Promise.all(PUBLIC_INDEX_NAMES.map(allDocuments)),
      settings: await Promise.all(
        PUBLIC_INDEX_NAMES.map((uid) => server.client.index(uid).getSettings()),
      ),
    };
    expect(second).toEqual(first);
    expect(first.documents[0]).toHaveLength(LISTED);
    expect(await indexUids()).toEqual([...PUBLIC_INDEX_NAMES].sort());
  });

  it('re-indexes with no gap: every search during the run sees the full catalogue', async () => {
    const big = enlarged(mini.documents, 120); // 5,520 products, 5,400 listed
    await indexSearchDocuments(server.client, big, { batchSize: 2_000 });
    const key = await ensurePublicSearchKey(server.client);
    const site = new Meilisearch({ host: server.host, apiKey: key.key });
    const expectedBanhCay = (
      await site.index('products').search('bánh cáy', { limit: 0, hitsPerPage: 0, page: 1 })
    ).totalHits;
    expect(expectedBanhCay).toBeGreaterThan(0);

    const state = { done: false };
    const polls: { total: number; banhCay: number | undefined; error?: string }[] = [];
    const seenWhileBuilding = new Set<string>();
    const poller = (async () => {
      while (!state.done) {
        try {
          const [all, banhCay] = await Promise.all([
            site.index('products').search('', { limit: 0, facets: ['stars'] }),
            site.index('products').search('bánh cáy', { hitsPerPage: 0, page: 1 }),
          ]);
          const total = Object.values(all.facetDistribution?.['stars'] ?? {}).reduce(
            (a, b) => a + b,
            0,
          );
          polls.push({ total, banhCay: banhCay.totalHits });
        } catch (error) {
          polls.push({ total: -1, banhCay: undefined, error: String(error) });
        }
      }
    })();
    const watcher = (async () => {
      while (!state.done) {
        for (const uid of await timestamped()) seenWhileBuilding.add(uid);
        await new Promise((r) => setTimeout(r, 25));
      }
    })();

    try {
      await indexSearchDocuments(server.client, big, { batchSize: 500, full: true });
    } finally {
      state.done = true;
      await Promise.all([poller, watcher]);
    }

    // The polls really overlapped the build (a timestamped products index existed meanwhile).
    expect([...seenWhileBuilding].some((uid) => /^products_\d+$/.test(uid))).toBe(true);
    expect(polls.length).toBeGreaterThan(10);
    expect(polls.filter((p) => p.error)).toEqual([]);
    expect(polls.filter((p) => p.total !== 120 * LISTED || p.banhCay !== expectedBanhCay)).toEqual(
      [],
    );
    expect(await count('products')).toBe(120 * LISTED);
    expect(await timestamped()).toEqual([]);
  });
});

describe('failures leave the live indexes untouched', () => {
  it('a batch task that fails (invalid _geo) drops the new indexes and keeps the old content', async () => {
    await indexSearchDocuments(server.client, mini.documents);
    const before = await allDocuments('sales-points');
    const broken: SearchDocuments = {
      ...mini.documents,
      products: mini.documents.products.slice(0, 3),
      salesPoints: [
        {
          ...mini.documents.salesPoints[0]!,
          _geo: { lat: 'north' as unknown as number, lng: 106 },
        },
      ],
    };
    const promise = indexSearchDocuments(server.client, broken, { full: true });
    await expect(promise).rejects.toBeInstanceOf(IndexingTaskFailedError);
    await expect(promise).rejects.toMatchObject({ code: 'invalid_document_geo_field' });
    expect(await count('products')).toBe(LISTED);
    expect(await allDocuments('sales-points')).toEqual(before);
    expect(await timestamped()).toEqual([]);
  });

  it('duplicate ids are caught by the document count check before the swap', async () => {
    const duplicated: SearchDocuments = {
      ...mini.documents,
      products: [...mini.documents.products, mini.documents.products[0]!],
    };
    const promise = indexSearchDocuments(server.client, duplicated, { full: true });
    await expect(promise).rejects.toMatchObject({ code: 'document_count_mismatch' });
    expect(await count('products')).toBe(LISTED);
    expect(await timestamped()).toEqual([]);
  });

  it('duplicate ids stop an update in place before anything is sent', async () => {
    const duplicated: SearchDocuments = {
      ...mini.documents,
      products: [...mini.documents.products, { ...mini.documents.products[0]!, nameEn: 'x' }],
    };
    const before = await allDocuments('products');
    await expect(indexSearchDocuments(server.client, duplicated)).rejects.toBeInstanceOf(
      DuplicateDocumentIdError,
    );
    expect(await allDocuments('products')).toEqual(before);
  });

  it('an unreachable server is reported as such', async () => {
    const nowhere = new Meilisearch({ host: 'http://127.0.0.1:9', apiKey: 'x' });
    await expect(indexSearchDocuments(nowhere, mini.documents)).rejects.toBeInstanceOf(
      MeilisearchUnreachableError,
    );
  });
});

describe('npm run index (scripts/index-search.ts)', () => {
  it('indexes a content folder and prints counts, speed and a checked search-only key', async () => {
    const index = (...args: string[]) =>
      run(process.execPath, ['scripts/index-search.ts', '--quiet', ...args], {
        cwd: root,
        env: {
          ...process.env,
          MEILISEARCH_HOST: server.host,
          MEILISEARCH_ADMIN_KEY: server.masterKey,
          OCOP_CONTENT_DIR: mini.dir,
        },
        timeout: 120_000,
      });
    const { stdout } = await index('--full', '--batch-size', '20');
    expect(stdout).toMatch(/46 products, 12 producers, 9 sales points/);
    expect(stdout).toMatch(/rebuilt: asked for \(--full\)/);
    expect(stdout).toMatch(/Indexed 66 documents .* documents\/s\)/);
    const key = await ensurePublicSearchKey(server.client);
    expect(stdout).toContain(`PUBLIC_MEILISEARCH_SEARCH_KEY=${key.key}`);
    expect(stdout).not.toContain(server.masterKey);

    // The next run: nothing changed, nothing sent.
    const again = await index();
    expect(again.stdout).toContain('products: 0 changed, 0 added, 0 removed, 45 unchanged');
    expect(again.stdout).toContain('sales-points: 0 changed, 0 added, 0 removed, 9 unchanged');
    expect(again.stdout).toMatch(/in place: 0 documents sent or deleted, 66 in the indexes/);
    expect(again.stdout).toContain(`PUBLIC_MEILISEARCH_SEARCH_KEY=${key.key}`);
  });

  it('refuses to start without the environment, exit code 2', async () => {
    const env = { ...process.env };
    delete env['MEILISEARCH_HOST'];
    delete env['MEILISEARCH_ADMIN_KEY'];
    const failure = await run(process.execPath, ['scripts/index-search.ts'], {
      cwd: root,
      env,
    }).catch((error: unknown) => error as { code: number; stderr: string });
    expect(failure).toMatchObject({ code: 2 });
    expect((failure as { stderr: string }).stderr).toMatch(
      /MEILISEARCH_HOST and MEILISEARCH_ADMIN_KEY/,
    );
  });
});
