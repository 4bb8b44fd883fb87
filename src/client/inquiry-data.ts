/**
 * Ordering data for the wholesale inquiry page: fetches only the shards its codes need
 * (`/du-lieu/dat-hang/p-<xx>.json` products, `c-<xx>.json` producers), once each. A missing
 * shard (404) means none of its codes exist.
 */
import { assets } from '../lib/i18n/routes.ts';
import type { InquiryLookup } from '../lib/order/inquiry.ts';
import type { OrderProducer, OrderProduct } from '../lib/order/types.ts';
import { shardKey } from '../lib/shortlist/card.ts';

const cache = new Map<string, Promise<Record<string, unknown>>>();

function loadShard(url: string): Promise<Record<string, unknown>> {
  let shard = cache.get(url);
  if (!shard) {
    shard = fetch(url).then((r) => {
      if (r.ok) return r.json() as Promise<Record<string, unknown>>;
      if (r.status === 404) return {};
      throw new Error(`${r.url}: HTTP ${r.status}`);
    });
    cache.set(url, shard);
  }
  return shard;
}

async function load<T>(codes: readonly string[], url: (key: string) => string) {
  const found = new Map<string, T>();
  const keys = [...new Set(codes.map(shardKey))];
  const shards = await Promise.all(keys.map((k) => loadShard(url(k))));
  const byKey = new Map(keys.map((k, i) => [k, shards[i]!]));
  for (const code of codes) {
    const item = byKey.get(shardKey(code))?.[code];
    if (item) found.set(code, item as T);
  }
  return found;
}

/** The producer's products that offer packs, in the order the build listed them. */
export async function producerProductCodes(producerCode: string): Promise<string[]> {
  const producers = await load<OrderProducer>([producerCode], assets.orderProducers);
  return producers.get(producerCode)?.products ?? [];
}

/** Products of `codes` and their producers, as a lookup for `groupInquiry`. */
export async function loadInquiryData(codes: readonly string[]): Promise<InquiryLookup> {
  const products = await load<OrderProduct>(codes, assets.orderProducts);
  const producerCodes = [...new Set([...products.values()].map((p) => p.producer))];
  const producers = await load<OrderProducer>(producerCodes, assets.orderProducers);
  return { product: (c) => products.get(c), producer: (c) => producers.get(c) };
}
