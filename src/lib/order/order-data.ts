/**
 * What the browser needs to take an order, built from the data layer: each product's offers
 * and certificate facts (`OrderProduct`) and each producer's contact and terms
 * (`OrderProducer`), in shards by the first two characters of the code, like the product cards
 * (`/du-lieu/dat-hang/p-<xx>.json`, `/du-lieu/dat-hang/c-<xx>.json`). A bank account is
 * published only where the producer published it (it is in its content file).
 */
import { getProducers, type Producer } from '../catalogue/producers.ts';
import { getProducts, type Product } from '../catalogue/products.ts';
import { parseVietnamesePhone } from '../domain/phone.ts';
import { getProvince } from '../domain/provinces.ts';
import { shardKey } from '../shortlist/card.ts';
import { BANKS_BY_BIN } from './banks.ts';
import type { OrderProducer, OrderProduct } from './types.ts';

const ORDER_FIELDS = ['phone', 'zalo', 'email', 'orders'];

export function toOrderProduct(product: Product, producer: Producer): OrderProduct {
  const { data } = product;
  return {
    code: data.code,
    name: data.name,
    ...(data.nameEn ? { nameEn: data.nameEn } : {}),
    producer: producer.data.code,
    offers: data.offers.map((o) => ({
      sku: o.sku,
      pack: o.pack,
      ...(o.packEn ? { packEn: o.packEn } : {}),
      price: o.price,
      wholesale: o.wholesale,
    })),
    ...(data.minOrderQuantity ? { minOrderQuantity: data.minOrderQuantity } : {}),
    ...(data.season ? { seasonMonths: data.season.months } : {}),
    stars: product.stars,
    validUntil: product.status.validUntil,
    ...(product.current.status === 'revoked' ? { revoked: true as const } : {}),
  };
}

export function toOrderProducer(producer: Producer): OrderProducer {
  const { data } = producer;
  const national = (s: string | undefined) => (s ? parseVietnamesePhone(s)?.national : undefined);
  const phone = national(data.phone);
  const zalo = national(data.zalo);
  const terms = data.orders;
  const bank = terms?.bankTransfer;
  const bankInfo = bank && BANKS_BY_BIN.get(bank.bin);
  return {
    code: data.code,
    slug: producer.slug,
    name: data.name,
    ...(phone ? { phone } : {}),
    ...(zalo ? { zalo } : {}),
    ...(data.email ? { email: data.email } : {}),
    accepts: terms?.accepts ?? false,
    ...(terms
      ? {
          shipsTo: terms.shipsTo,
          ...(terms.shipsTo !== 'nationwide'
            ? { shipsToNames: terms.shipsTo.map((s) => getProvince(s)?.name ?? s) }
            : {}),
        }
      : {}),
    ...(terms?.leadTimeDays ? { leadTimeDays: terms.leadTimeDays } : {}),
    ...(terms?.minOrderValue !== undefined ? { minOrderValue: terms.minOrderValue } : {}),
    cashOnDelivery: terms?.cashOnDelivery ?? false,
    ...(bank && bankInfo
      ? {
          bank: {
            bin: bank.bin,
            bankName: bankInfo.shortName,
            accountNumber: bank.accountNumber,
            accountName: bank.accountName,
          },
        }
      : {}),
    sample: data.provenance.invented.some((f) => ORDER_FIELDS.includes(f)),
  };
}

function shard<T extends { code: string }>(items: T[]): Map<string, Record<string, T>> {
  const out = new Map<string, Record<string, T>>();
  for (const item of items.toSorted((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0))) {
    const key = shardKey(item.code);
    const group = out.get(key) ?? {};
    group[item.code] = item;
    out.set(key, group);
  }
  return out;
}

let productShards: Promise<Map<string, Record<string, OrderProduct>>> | undefined;
let producerShards: Promise<Map<string, Record<string, OrderProducer>>> | undefined;

/** Products that offer at least one pack, by shard. */
export function getOrderProductShards(): Promise<Map<string, Record<string, OrderProduct>>> {
  productShards ??= (async () => {
    const producers = new Map((await getProducers()).map((p) => [p.slug, p]));
    const products = (await getProducts()).filter((p) => p.data.offers.length > 0);
    return shard(
      products.map((p) => {
        const producer = producers.get(p.producerSlug);
        if (!producer) throw new Error(`${p.slug}: producer ${p.producerSlug} not found`);
        return toOrderProduct(p, producer);
      }),
    );
  })();
  return productShards;
}

/**
 * Every producer, by shard (one with no terms says it takes no orders here), with the codes of
 * its products that offer packs.
 */
export function getOrderProducerShards(): Promise<Map<string, Record<string, OrderProducer>>> {
  producerShards ??= (async () => {
    const offering = new Map<string, string[]>();
    for (const p of await getProducts())
      if (p.data.offers.length > 0)
        offering.set(p.producerSlug, [...(offering.get(p.producerSlug) ?? []), p.data.code]);
    return shard(
      (await getProducers()).map((producer) => {
        const codes = offering.get(producer.slug);
        return { ...toOrderProducer(producer), ...(codes ? { products: codes } : {}) };
      }),
    );
  })();
  return producerShards;
}
