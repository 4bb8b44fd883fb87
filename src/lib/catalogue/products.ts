/**
 * Products as pages need them: the collection joined with the derived facts (current
 * certification and its status, category path, province) and the lookups listings use.
 * The only module that reads the `products` collection.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { CertificateStatus } from '../domain/certificate-status.ts';
import { leavesUnder, type Category } from '../domain/categories.ts';
import { productStanding } from '../domain/product-standing.ts';
import { compareVietnamese } from '../domain/vietnamese.ts';
import type { Province } from '../../schemas/province.ts';
import { BUILD_DATE } from './build-date.ts';

type Entry = CollectionEntry<'products'>;
export type Certification = Entry['data']['certifications'][number];

export interface Product {
  slug: string;
  data: Entry['data'];
  producerSlug: string;
  /** The latest certification: it decides stars and status. */
  current: Certification;
  stars: 3 | 4 | 5;
  /** Status on the build day (the page re-checks it in the browser). */
  status: CertificateStatus;
  province: Province;
  categoryPath: Category[];
  /** Former provinces named on any of its certificates. */
  formerProvinces: string[];
  /** Date of the first certification: when it entered the programme. */
  firstCertified: string;
  /** Not revoked (see `lib/domain/product-standing.ts`). */
  listed: boolean;
  /** Valid or expiring: may be called "OCOP N sao" without a caveat. */
  inForce: boolean;
}

/** Listed in browse pages: everything whose certification has not been revoked. */
export const isListed = (p: Product) => p.listed;

/** Best first: stars, then valid before expired, then Vietnamese name order. */
export function compareProducts(a: Product, b: Product): number {
  const rank = (p: Product) => (p.status.state === 'expired' ? 1 : 0);
  return b.stars - a.stars || rank(a) - rank(b) || compareVietnamese(a.data.name, b.data.name);
}

/** The entry joined with its standing on the build day: the one derivation, not a copy. */
function toProduct(entry: Entry): Product {
  let standing;
  try {
    standing = productStanding(entry.data, BUILD_DATE);
  } catch (error) {
    throw new Error(`content/products/${entry.id}.json: ${(error as Error).message}`, {
      cause: error,
    });
  }
  return {
    slug: entry.id,
    data: { ...entry.data, certifications: standing.history },
    producerSlug: entry.data.producer.id,
    current: standing.current,
    stars: standing.stars,
    status: standing.status,
    province: standing.province,
    categoryPath: standing.categoryPath,
    formerProvinces: standing.formerProvinces,
    firstCertified: standing.firstCertified,
    listed: standing.listed,
    inForce: standing.inForce,
  };
}

let cache: Promise<Product[]> | undefined;

/** Every product, sorted best first. Loaded once per build. */
export function getProducts(): Promise<Product[]> {
  cache ??= getCollection('products').then((entries) => {
    assertUniqueCodes(entries, 'products');
    return entries.map(toProduct).sort(compareProducts);
  });
  return cache;
}

/** Codes never repeat (they are the short URLs): the build stops, naming both files. */
export function assertUniqueCodes(
  entries: readonly { id: string; data: { code: string } }[],
  folder: string,
): void {
  const owner = new Map<string, string>();
  for (const { id, data } of entries) {
    const other = owner.get(data.code);
    if (other !== undefined)
      throw new Error(
        `content/${folder}/${id}.json: code "${data.code}" is already the code of content/${folder}/${other}.json; codes never repeat`,
      );
    owner.set(data.code, id);
  }
}

let byCode: Promise<Map<string, Product>> | undefined;
/** The product behind a short URL `/p/<code>/`. */
export async function getProductByCode(code: string): Promise<Product | undefined> {
  byCode ??= getProducts().then((all) => new Map(all.map((p) => [p.data.code, p])));
  return (await byCode).get(code);
}

let bySlug: Promise<Map<string, Product>> | undefined;
export async function getProduct(slug: string): Promise<Product | undefined> {
  bySlug ??= getProducts().then((all) => new Map(all.map((p) => [p.slug, p])));
  return (await bySlug).get(slug);
}

async function groupBy(key: (p: Product) => string[]): Promise<Map<string, Product[]>> {
  const groups = new Map<string, Product[]>();
  for (const p of await getProducts()) {
    for (const k of key(p)) {
      const list = groups.get(k);
      if (list) list.push(p);
      else groups.set(k, [p]);
    }
  }
  return groups;
}

function memo<T>(make: () => Promise<T>): () => Promise<T> {
  let value: Promise<T> | undefined;
  return () => (value ??= make());
}

const byProvince = memo(() => groupBy((p) => (isListed(p) ? [p.province.slug] : [])));
const byFormerProvince = memo(() => groupBy((p) => (isListed(p) ? p.formerProvinces : [])));
const byCategory = memo(() =>
  groupBy((p) => (isListed(p) ? p.categoryPath.map((c) => c.code) : [])),
);
const byStars = memo(() => groupBy((p) => (isListed(p) ? [String(p.stars)] : [])));
const byProducer = memo(() => groupBy((p) => [p.producerSlug]));

export async function getProductsByProvince(slug: string): Promise<Product[]> {
  return (await byProvince()).get(slug) ?? [];
}

/** Products whose certificates name a pre-2025 province. */
export async function getProductsByFormerProvince(slug: string): Promise<Product[]> {
  return (await byFormerProvince()).get(slug) ?? [];
}

/** Products in a category; a group includes every leaf under it. */
export async function getProductsByCategory(code: string): Promise<Product[]> {
  return (await byCategory()).get(code) ?? [];
}

export async function getProductsByStars(stars: number): Promise<Product[]> {
  return (await byStars()).get(String(stars)) ?? [];
}

/** All of a producer's products, revoked ones included (they say so). */
export async function getProductsByProducer(slug: string): Promise<Product[]> {
  return (await byProducer()).get(slug) ?? [];
}

/** Most recent decisions first. */
export async function getNewestCertified(limit: number): Promise<Product[]> {
  return (await getProducts())
    .filter(isListed)
    .toSorted(
      (a, b) =>
        b.current.decisionDate.localeCompare(a.current.decisionDate) ||
        compareVietnamese(a.data.name, b.data.name),
    )
    .slice(0, limit);
}

/**
 * Related products: same leaf category first (same province before others), then the same
 * province; never the product itself, never revoked ones. Listings are already sorted best
 * first, so each tier keeps their order; computed once per product (pages and cache keys ask).
 */
export function getRelatedProducts(product: Product, limit = 4): Promise<Product[]> {
  const key = `${product.slug}:${String(limit)}`;
  let related = relatedCache.get(key);
  if (!related) {
    related = findRelated(product, limit);
    relatedCache.set(key, related);
  }
  return related;
}

const relatedCache = new Map<string, Promise<Product[]>>();

async function findRelated(product: Product, limit: number): Promise<Product[]> {
  const sameLeaf = await getProductsByCategory(product.data.category);
  const sameProvince = await getProductsByProvince(product.province.slug);
  const out: Product[] = [];
  const seen = new Set([product.slug]);
  const take = (list: readonly Product[], keep: (p: Product) => boolean) => {
    for (const p of list) {
      if (out.length >= limit) return;
      if (seen.has(p.slug) || !keep(p)) continue;
      seen.add(p.slug);
      out.push(p);
    }
  };
  const here = (p: Product) => p.province.slug === product.province.slug;
  take(sameLeaf, here);
  take(sameLeaf, () => true);
  take(sameProvince, () => true);
  return out;
}

/** Category codes under `code` that have at least one listed product, with counts. */
export async function countByCategory(): Promise<Map<string, number>> {
  const groups = await byCategory();
  return new Map([...groups].map(([code, list]) => [code, list.length]));
}

export async function countByProvince(): Promise<Map<string, number>> {
  const groups = await byProvince();
  return new Map([...groups].map(([slug, list]) => [slug, list.length]));
}

export async function countByStars(): Promise<Map<number, number>> {
  const groups = await byStars();
  return new Map([...groups].map(([stars, list]) => [Number(stars), list.length]));
}

export { leavesUnder };
