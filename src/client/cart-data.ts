/**
 * Ordering data in the browser: fetches only the shards a cart or an order link needs
 * (`/du-lieu/dat-hang/p-<xx>.json` for products, `c-<xx>.json` for producers), once each,
 * and answers lookups from them for `groupCart` and `linkedOrder`.
 */
import { assets } from '../lib/i18n/routes.ts';
import type { OrderLookup } from '../lib/order/order-groups.ts';
import type { OrderProducer, OrderProduct } from '../lib/order/types.ts';
import { shardKey } from '../lib/shortlist/card.ts';

type Shard<T> = Record<string, T>;
const loaded = new Map<string, Promise<Shard<unknown>>>();

function loadShard<T>(url: string): Promise<Shard<T>> {
  let shard = loaded.get(url);
  if (!shard) {
    // A missing shard (404) means none of its codes exist: an empty shard, not an error.
    shard = fetch(url).then((r) => {
      if (r.ok) return r.json() as Promise<Shard<unknown>>;
      if (r.status === 404) return {};
      throw new Error(`${r.url}: HTTP ${r.status}`);
    });
    loaded.set(url, shard);
    shard.catch(() => loaded.delete(url));
  }
  return shard as Promise<Shard<T>>;
}

const products = new Map<string, OrderProduct>();
const producers = new Map<string, OrderProducer>();

/** Loads the products of `codes`, then their producers (and `producerCodes`); a lookup over all. */
export async function loadOrderData(
  codes: readonly string[],
  producerCodes: readonly string[] = [],
): Promise<OrderLookup> {
  const productKeys = [...new Set(codes.map(shardKey))];
  for (const shard of await Promise.all(
    productKeys.map((k) => loadShard<OrderProduct>(assets.orderProducts(k))),
  ))
    for (const [code, p] of Object.entries(shard)) products.set(code, p);
  const wanted = new Set(producerCodes);
  for (const code of codes) {
    const p = products.get(code);
    if (p) wanted.add(p.producer);
  }
  const producerKeys = [...new Set([...wanted].map(shardKey))];
  for (const shard of await Promise.all(
    producerKeys.map((k) => loadShard<OrderProducer>(assets.orderProducers(k))),
  ))
    for (const [code, p] of Object.entries(shard)) producers.set(code, p);
  return {
    product: (code) => products.get(code),
    producer: (code) => producers.get(code),
  };
}
