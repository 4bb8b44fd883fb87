/** Producers with their products. The only module that reads the `producers` collection. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { getProvince } from '../domain/provinces.ts';
import type { Province } from '../../schemas/province.ts';
import { assertUniqueCodes, getProductsByProducer, type Product } from './products.ts';

export interface Producer {
  slug: string;
  data: CollectionEntry<'producers'>['data'];
  province: Province;
}

let cache: Promise<Map<string, Producer>> | undefined;

function load(): Promise<Map<string, Producer>> {
  cache ??= getCollection('producers').then((entries) => {
    assertUniqueCodes(entries, 'producers');
    return new Map(
      entries.map((e) => {
        const province = getProvince(e.data.province);
        if (!province) throw new Error(`${e.id}: unknown province ${e.data.province}`);
        return [e.id, { slug: e.id, data: e.data, province }];
      }),
    );
  });
  return cache;
}

let list: Promise<Producer[]> | undefined;

/** All producers, in file-name order; the same array every call (callers memoise on it). */
export function getProducers(): Promise<Producer[]> {
  list ??= load().then((byId) => [...byId.values()]);
  return list;
}

export async function getProducer(slug: string): Promise<Producer | undefined> {
  return (await load()).get(slug);
}

/** The producer of a product; content references are checked at build, so it exists. */
let byCode: Promise<Map<string, Producer>> | undefined;
/** The producer behind a short URL `/c/<code>/`. */
export async function getProducerByCode(code: string): Promise<Producer | undefined> {
  byCode ??= load().then((all) => new Map([...all.values()].map((p) => [p.data.code, p])));
  return (await byCode).get(code);
}

/** The producer of a product; content references are checked at build, so it exists. */
export async function getProducerOf(product: Product): Promise<Producer> {
  const producer = await getProducer(product.producerSlug);
  if (!producer) throw new Error(`${product.slug}: producer ${product.producerSlug} not found`);
  return producer;
}

export async function getProducerWithProducts(
  slug: string,
): Promise<{ producer: Producer; products: Product[] } | undefined> {
  const producer = await getProducer(slug);
  return producer && { producer, products: await getProductsByProducer(slug) };
}
