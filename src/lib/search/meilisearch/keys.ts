/**
 * Keys. The admin key stays with the indexer (environment); the site ships one key that can
 * search the public indexes and nothing else. `ensurePublicSearchKey` creates it with a fixed
 * uid, so its value (derived by Meilisearch from the uid and the master key) is the same on
 * every run. `assertSearchOnlyKey` proves what a key cannot do by asking the server: harmless
 * probes (malformed bodies, a nonexistent index) that must each answer 403.
 */
import { randomUUID } from 'node:crypto';
import { MeilisearchApiError, type Key, type Meilisearch } from 'meilisearch';
import {
  InvalidSearchKeyError,
  MeilisearchUnreachableError,
  UnsafeSearchKeyError,
} from './errors.ts';
import { PUBLIC_INDEX_NAMES } from './settings.ts';

export const PUBLIC_SEARCH_KEY_NAME = 'ocop-storefront public search';
/** Fixed, so the key's value does not change between runs (a UUID v4, as Meilisearch requires). */
export const PUBLIC_SEARCH_KEY_UID = '6f1d2c1e-0c4b-4c63-9d7e-5b0a4d3e2f10';

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && [...a].sort().join('\n') === [...b].sort().join('\n');

/**
 * Finds or creates the key with `actions: ['search']` on exactly `indexes`. A key with the same
 * uid but other rights (edited by hand) is deleted and created again.
 */
export async function ensurePublicSearchKey(
  client: Meilisearch,
  indexes: readonly string[] = PUBLIC_INDEX_NAMES,
  uid: string = PUBLIC_SEARCH_KEY_UID,
): Promise<Key> {
  let existing: Key | undefined;
  try {
    existing = await client.getKey(uid);
  } catch (error) {
    if (!(error instanceof MeilisearchApiError && error.response.status === 404)) throw error;
  }
  if (existing) {
    if (
      sameSet(existing.actions, ['search']) &&
      sameSet(existing.indexes, indexes) &&
      // Typed as a Date by the client, null in JSON for a key that never expires.
      (existing.expiresAt as Date | null) === null
    ) {
      return existing;
    }
    await client.deleteKey(uid);
  }
  return client.createKey({
    uid,
    name: PUBLIC_SEARCH_KEY_NAME,
    description: 'Shipped with the site: searches the public indexes, nothing else.',
    actions: ['search'],
    indexes: [...indexes],
    expiresAt: null,
  });
}

interface Probe {
  /** What the key would be allowed to do if the probe is not refused. */
  label: string;
  method: string;
  path: string;
  body?: string;
}

/**
 * Requests that change nothing even when allowed (an empty or malformed body is rejected with
 * 400 after the key is checked; deleting a nonexistent index is a failed task), each standing
 * for one right a browser key must not have.
 */
function probes(publicIndexes: readonly string[], nonPublic: string): Probe[] {
  const list: Probe[] = [
    {
      label: `search the non-public index "${nonPublic}"`,
      method: 'POST',
      path: `/indexes/${nonPublic}/search`,
      body: '{"limit":0}',
    },
    { label: 'create indexes', method: 'POST', path: '/indexes', body: '{' },
    { label: 'delete indexes', method: 'DELETE', path: `/indexes/${nonPublic}` },
    { label: 'swap indexes', method: 'POST', path: '/swap-indexes', body: '{' },
    { label: 'read API keys', method: 'GET', path: '/keys?limit=1' },
    { label: 'create API keys', method: 'POST', path: '/keys', body: '{' },
    { label: 'read tasks', method: 'GET', path: '/tasks?limit=1' },
    { label: 'cancel tasks', method: 'POST', path: '/tasks/cancel' },
    { label: 'delete tasks', method: 'DELETE', path: '/tasks' },
  ];
  for (const index of publicIndexes) {
    const at = `/indexes/${encodeURIComponent(index)}`;
    list.push(
      { label: `add documents to ${index}`, method: 'POST', path: `${at}/documents`, body: '' },
      {
        label: `delete documents from ${index}`,
        method: 'POST',
        path: `${at}/documents/delete`,
        body: '{',
      },
      {
        label: `change the settings of ${index}`,
        method: 'PATCH',
        path: `${at}/settings`,
        body: '{',
      },
      { label: `update the index ${index}`, method: 'PATCH', path: at, body: '{' },
      { label: `read the settings of ${index}`, method: 'GET', path: `${at}/settings` },
      { label: `browse the documents of ${index}`, method: 'GET', path: `${at}/documents?limit=1` },
    );
  }
  return list;
}

export interface KeyCheckOptions {
  publicIndexes?: readonly string[];
  /** Per request (default 10 s). */
  timeoutMs?: number;
}

async function send(
  host: string,
  key: string,
  probe: Probe,
  timeoutMs: number,
): Promise<{ status: number; code: string | undefined }> {
  const url = new URL(probe.path, host.endsWith('/') ? host : `${host}/`);
  let response: Response;
  try {
    response = await fetch(url, {
      method: probe.method,
      headers: { Authorization: `Bearer ${key}`, 'Content-Type': 'application/json' },
      ...(probe.body === undefined ? {} : { body: probe.body }),
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    throw new MeilisearchUnreachableError(host, error);
  }
  const text = await response.text();
  let code: string | undefined;
  try {
    code = (JSON.parse(text) as { code?: string }).code;
  } catch {
    code = undefined;
  }
  return { status: response.status, code };
}

/**
 * Proves that `key` can search every public index and do nothing else: throws
 * `InvalidSearchKeyError` when it cannot search, `UnsafeSearchKeyError` (listing what it may do)
 * when any probe is not refused with 403, `MeilisearchUnreachableError` when nothing answers.
 * For the build: call it with the key the site is about to ship.
 */
export async function assertSearchOnlyKey(
  host: string,
  key: string,
  { publicIndexes = PUBLIC_INDEX_NAMES, timeoutMs = 10_000 }: KeyCheckOptions = {},
): Promise<void> {
  for (const index of publicIndexes) {
    const { status, code } = await send(
      host,
      key,
      {
        label: `search ${index}`,
        method: 'POST',
        path: `/indexes/${encodeURIComponent(index)}/search`,
        body: '{"limit":0}',
      },
      timeoutMs,
    );
    // 404 index_not_found: the key passed and the index is not built yet.
    if (status !== 200 && !(status === 404 && code === 'index_not_found')) {
      throw new InvalidSearchKeyError(index, `HTTP ${status}${code ? ` ${code}` : ''}`);
    }
  }
  const nonPublic = `ocop-key-probe-${randomUUID().slice(0, 8)}`;
  const allowed: string[] = [];
  for (const probe of probes(publicIndexes, nonPublic)) {
    const { status } = await send(host, key, probe, timeoutMs);
    if (status !== 403) allowed.push(`${probe.label} (${probe.method} ${probe.path}: ${status})`);
  }
  if (allowed.length) throw new UnsafeSearchKeyError(allowed);
}
