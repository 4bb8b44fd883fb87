/**
 * Cache keys for incremental builds (`experimental.incrementalBuild`): Astro re-renders a page
 * only when its route's code or its `cacheKey` changed, so a key must cover **everything the
 * page shows** — the entry itself, the producer, every card on it (related products, listing
 * items), the counts. A digest that misses a dependency leaves a stale page; one that covers
 * too much only costs time. `tests/integration/incremental-build.test.ts` edits one product and
 * checks every page that shows it.
 *
 * The build date is not part of a key: the site is rebuilt every day, and a page is rendered
 * again only when what the day decides **on that page** changed — which certification is in
 * force and its status (`productDayFacts`), and on a product's own page whether this month is in
 * its season (`productPageDayFacts`). Days left are written by the browser only, and the "status
 * as of" and "updated" dates a page prints are the day it was rendered: still true on the days
 * after, because the page is rendered again the day its status changes (and a data file's
 * "generated" date is the day it was made).
 * `tests/integration/next-day-build.test.ts` moves the date across both status boundaries.
 */
import { createHash } from 'node:crypto';
import { standingDayFacts } from '../domain/product-standing.ts';
import { offerAvailability } from '../seo/offers-json-ld.ts';
import { BUILD_DATE } from './build-date.ts';
import type { Product } from './products.ts';
import type { Producer } from './producers.ts';
import type { SalesPoint } from './sales-points.ts';

/** Bump when a page starts showing data its key does not cover yet. */
const KEY_VERSION = 2;

const digest = (value: unknown): string =>
  createHash('sha1').update(JSON.stringify(value)).digest('base64url');

const memo = new WeakMap<object, string>();
function memoised(entity: object, value: () => unknown): string {
  let key = memo.get(entity);
  if (key === undefined) {
    key = digest(value());
    memo.set(entity, key);
  }
  return key;
}

/** What the build day decides about a product wherever it is shown (`standingDayFacts`). */
export const productDayFacts = (p: Product): unknown[] =>
  standingDayFacts({ history: p.data.certifications, current: p.current, status: p.status });

/** What the day decides on the product's own page besides: its offers' availability this month. */
export const productPageDayFacts = (p: Product): unknown[] => [
  offerAvailability({
    month: Number(BUILD_DATE.slice(5, 7)),
    seasonMonths: p.data.season?.months,
    revoked: p.current.status === 'revoked',
  }),
];

export const productDigest = (p: Product): string =>
  memoised(p, () => [p.data, productDayFacts(p)]);
export const producerDigest = (p: Producer): string => memoised(p, () => p.data);
export const salesPointDigest = (s: SalesPoint): string => memoised(s, () => s.data);

/** The key of a page from the digests (or plain values) of what it shows. */
export function cacheKey(...parts: unknown[]): string {
  return digest([KEY_VERSION, ...parts]);
}
