/**
 * Keys on a real Meilisearch: the public key searches the public indexes and nothing else, and
 * `assertSearchOnlyKey` tells a shippable key from one that can write.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Meilisearch, MeilisearchApiError, type Key } from 'meilisearch';
import {
  InvalidSearchKeyError,
  MeilisearchUnreachableError,
  UnsafeSearchKeyError,
} from '../../src/lib/search/meilisearch/errors.ts';
import { indexSearchDocuments } from '../../src/lib/search/meilisearch/indexer.ts';
import {
  assertSearchOnlyKey,
  ensurePublicSearchKey,
  PUBLIC_SEARCH_KEY_UID,
  type KeyCheckOptions,
} from '../../src/lib/search/meilisearch/keys.ts';
import { PUBLIC_INDEX_NAMES } from '../../src/lib/search/meilisearch/settings.ts';
import { startMeilisearch, type MeilisearchTestServer } from '../support/meilisearch-server.ts';
import { loadMiniCatalogue, type MiniCatalogue } from '../support/ocop-mini-catalogue.ts';

const LONG_WAIT = { timeout: 60_000 };

let server: MeilisearchTestServer;
let mini: MiniCatalogue;
let publicKey: Key;
let site: Meilisearch;

beforeAll(async () => {
  server = await startMeilisearch();
  cleanups.push(server.stop);
  mini = await loadMiniCatalogue();
  cleanups.push(mini.remove);
  await indexSearchDocuments(server.client, mini.documents);
  await server.client.createIndex('drafts', { primaryKey: 'id' }).waitTask(LONG_WAIT);
  await server.client
    .index('drafts')
    .addDocuments([{ id: 'secret', name: 'Bánh cáy chưa duyệt' }])
    .waitTask(LONG_WAIT);
  publicKey = await ensurePublicSearchKey(server.client);
  site = new Meilisearch({ host: server.host, apiKey: publicKey.key });
});

/** Whatever `beforeAll` got to start, undone in reverse order even if it failed half-way. */
const cleanups: (() => Promise<unknown>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

/** The HTTP status a rejected call answered with. */
async function statusOf(call: () => Promise<unknown>): Promise<number> {
  try {
    await call();
    return 200;
  } catch (error) {
    if (error instanceof MeilisearchApiError) return error.response.status;
    throw error;
  }
}

describe('the public search key', () => {
  it('is search-only on exactly the public indexes, and stable across runs', async () => {
    expect(publicKey.actions).toEqual(['search']);
    expect([...publicKey.indexes].sort()).toEqual([...PUBLIC_INDEX_NAMES].sort());
    expect(publicKey.expiresAt).toBeNull();
    const again = await ensurePublicSearchKey(server.client);
    expect(again.key).toBe(publicKey.key);
    expect(
      (await server.client.getKeys({ limit: 100 })).results.filter(
        (k) => k.uid === PUBLIC_SEARCH_KEY_UID,
      ),
    ).toHaveLength(1);
  });

  it('searches every public index', async () => {
    expect((await site.index('products').search('banh cay')).hits.length).toBeGreaterThan(0);
    expect((await site.index('producers').search('htx')).hits.length).toBeGreaterThan(0);
    expect((await site.index('sales-points').search('ocop')).hits.length).toBeGreaterThan(0);
  });

  it('gets 403 on every write and on anything that is not a search of a public index', async () => {
    const products = site.index('products');
    expect(await statusOf(() => products.addDocuments([{ id: 'x', name: 'Hàng giả' }]))).toBe(403);
    expect(await statusOf(() => products.deleteDocument('banh-cay-lang-nguyen'))).toBe(403);
    expect(await statusOf(() => products.updateSettings({ searchableAttributes: ['id'] }))).toBe(
      403,
    );
    expect(await statusOf(() => products.updateSynonyms({ a: ['b'] }))).toBe(403);
    expect(await statusOf(() => site.deleteIndex('products'))).toBe(403);
    expect(await statusOf(() => site.createIndex('spam'))).toBe(403);
    expect(
      await statusOf(() => site.swapIndexes([{ indexes: ['products', 'drafts'], rename: false }])),
    ).toBe(403);
    expect(await statusOf(() => site.index('drafts').search('bánh cáy'))).toBe(403);
    expect(await statusOf(() => site.getKeys())).toBe(403);
    expect(
      await statusOf(() => site.createKey({ actions: ['*'], indexes: ['*'], expiresAt: null })),
    ).toBe(403);
    expect(await statusOf(() => products.getDocuments())).toBe(403);
    // Nothing changed.
    expect((await server.client.index('products').getStats()).numberOfDocuments).toBe(45); // 46 but the revoked one
    expect(await server.client.getRawIndex('products')).toMatchObject({ uid: 'products' });
  });

  it('is repaired when someone changed its rights', async () => {
    await server.client.deleteKey(PUBLIC_SEARCH_KEY_UID);
    await server.client.createKey({
      uid: PUBLIC_SEARCH_KEY_UID,
      actions: ['search', 'documents.add'],
      indexes: ['*'],
      expiresAt: null,
    });
    const repaired = await ensurePublicSearchKey(server.client);
    expect(repaired.actions).toEqual(['search']);
    expect([...repaired.indexes].sort()).toEqual([...PUBLIC_INDEX_NAMES].sort());
    expect(repaired.key).toBe(publicKey.key);
    await assertSearchOnlyKey(server.host, repaired.key);
  });
});

/** What `assertSearchOnlyKey` found the key allowed to do; fails unless it threw the typed error. */
async function refusedFor(key: string, options?: KeyCheckOptions): Promise<readonly string[]> {
  const error = await assertSearchOnlyKey(server.host, key, options).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UnsafeSearchKeyError);
  return (error as UnsafeSearchKeyError).allowed;
}

describe('assertSearchOnlyKey', () => {
  it('passes for the public key', async () => {
    await expect(assertSearchOnlyKey(server.host, publicKey.key)).resolves.toBeUndefined();
  });

  it('throws UnsafeSearchKeyError for the master key', async () => {
    const allowed = await refusedFor(server.masterKey);
    expect(allowed.some((a) => a.startsWith('add documents to products'))).toBe(true);
    expect(allowed.some((a) => a.startsWith('delete indexes'))).toBe(true);
  });

  it('throws UnsafeSearchKeyError for the default admin key', async () => {
    const { results } = await server.client.getKeys();
    const admin = results.find((k) => k.actions.includes('*'));
    expect(admin).toBeDefined();
    await expect(assertSearchOnlyKey(server.host, admin!.key)).rejects.toBeInstanceOf(
      UnsafeSearchKeyError,
    );
  });

  it('throws for the default search key: it can search every index, drafts included', async () => {
    const { results } = await server.client.getKeys();
    const defaultSearch = results.find(
      (k) => k.actions.length === 1 && k.actions[0] === 'search' && k.indexes.includes('*'),
    );
    expect(defaultSearch).toBeDefined();
    const allowed = await refusedFor(defaultSearch!.key);
    expect(allowed).toHaveLength(1);
    expect(allowed[0]).toMatch(/^search the non-public index/);
  });

  it('throws for a key that may only add documents to products besides searching', async () => {
    const sneaky = await server.client.createKey({
      actions: ['search', 'documents.add'],
      indexes: ['products'],
      expiresAt: null,
    });
    const allowed = await refusedFor(sneaky.key, { publicIndexes: ['products'] });
    expect(allowed).toHaveLength(1);
    expect(allowed[0]).toMatch(/^add documents to products/);
    const countBefore = (await server.client.index('products').getStats()).numberOfDocuments;
    expect(countBefore).toBe(45); // the probes changed nothing
  });

  it('throws InvalidSearchKeyError for an unknown key', async () => {
    await expect(assertSearchOnlyKey(server.host, 'not-a-key')).rejects.toBeInstanceOf(
      InvalidSearchKeyError,
    );
  });

  it('throws MeilisearchUnreachableError when nothing answers', async () => {
    await expect(assertSearchOnlyKey('http://127.0.0.1:9', publicKey.key)).rejects.toBeInstanceOf(
      MeilisearchUnreachableError,
    );
  });
});
