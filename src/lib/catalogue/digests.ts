/**
 * Cache keys for incremental builds (`experimental.incrementalBuild`): Astro re-renders a page
 * only when its route's code or its `cacheKey` changed, so a key must cover **everything the
 * page shows** — the entry itself, the producer, every card on it (related products, listing
 * items), the counts, and the build date (certificate statuses are computed on it). A digest
 * that misses a dependency leaves a stale page; one that covers too much only costs time, so
 * when in doubt a key includes more. `tests/integration/incremental-build.test.ts` edits one
 * product and checks every page that shows it.
 */
import { createHash } from 'node:crypto';
import { BUILD_DATE } from './build-date.ts';
import type { Product } from './products.ts';
import type { Producer } from './producers.ts';
import type { SalesPoint } from './sales-points.ts';

/** Bump when a page starts showing data its key does not cover yet. */
const KEY_VERSION = 1;

const digest = (value: unknown): string =>
  createHash('sha1').update(JSON.stringify(value)).digest('base64url');

const memo = new WeakMap<object, string>();
function digestOf(entity: { data: unknown }): string {
  let value = memo.get(entity);
  if (value === undefined) {
    value = digest(entity.data);
    memo.set(entity, value);
  }
  return value;
}

export const productDigest = (p: Product): string => digestOf(p);
export const producerDigest = (p: Producer): string => digestOf(p);
export const salesPointDigest = (s: SalesPoint): string => digestOf(s);

/** The key of a page from the digests (or plain values) of what it shows. */
export function cacheKey(...parts: unknown[]): string {
  return digest([KEY_VERSION, BUILD_DATE, ...parts]);
}
