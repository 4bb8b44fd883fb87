/**
 * Fairs with their booths joined to producers and products, in the order the fairs list
 * shows them. The only module that reads the `fairs` collection.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { flaggedBoothProducts, type FlaggedBoothProduct } from '../domain/fair-booth-standing.ts';
import { compareFairs, fairStatus, type FairStatus } from '../domain/fair-status.ts';
import { getProvince } from '../domain/provinces.ts';
import type { Province } from '../../schemas/province.ts';
import { BUILD_DATE } from './build-date.ts';
import { getProducer, type Producer } from './producers.ts';
import { getProduct, type Product } from './products.ts';

export { fairStatus, type FairState, type FairStatus } from '../domain/fair-status.ts';

type Entry = CollectionEntry<'fairs'>;

export interface Booth {
  number: string;
  label: string | undefined;
  labelEn: string | undefined;
  /** The producer whose booth it is; undefined for a shared booth. */
  producer: Producer | undefined;
  products: Product[];
}

export interface Fair {
  slug: string;
  data: Entry['data'];
  /** Province of the venue. */
  province: Province;
  booths: Booth[];
  /** Every product of the fair, booth by booth. */
  products: Product[];
  /** Producers with a booth or a product at the fair, each once. */
  producers: Producer[];
  /** Status on the build day (the page re-checks it in the browser). */
  status: FairStatus;
  /**
   * Booth products whose certificate is expired or revoked on the build day, or runs out
   * before the fair ends (`lib/domain/fair-booth-standing.ts`), booth by booth.
   */
  flagged: FlaggedBoothProduct<Product>[];
}

async function toFair(entry: Entry): Promise<Fair> {
  const where = `content/fairs/${entry.id}.json`;
  const province = getProvince(entry.data.venue.province);
  if (!province) throw new Error(`${where}: unknown province ${entry.data.venue.province}`);
  const booths = await Promise.all(
    entry.data.booths.map(async (booth, i): Promise<Booth> => {
      const producer = booth.producer && (await getProducer(booth.producer.id));
      if (booth.producer && !producer)
        throw new Error(`${where}: booths[${i}].producer: no producer "${booth.producer.id}"`);
      const products = await Promise.all(
        booth.products.map(async (ref, j) => {
          const product = await getProduct(ref.id);
          if (!product)
            throw new Error(`${where}: booths[${i}].products[${j}]: no product "${ref.id}"`);
          if (producer && product.producerSlug !== producer.slug)
            throw new Error(
              `${where}: booths[${i}].products[${j}]: "${ref.id}" is made by "${product.producerSlug}", not by this booth's producer "${producer.slug}"`,
            );
          return product;
        }),
      );
      return {
        number: booth.number,
        label: booth.label,
        labelEn: booth.labelEn,
        producer: producer || undefined,
        products,
      };
    }),
  );
  const products = booths.flatMap((b) => b.products);
  const producers = new Map<string, Producer>();
  for (const b of booths) if (b.producer) producers.set(b.producer.slug, b.producer);
  for (const p of products) {
    if (!producers.has(p.producerSlug)) {
      const producer = await getProducer(p.producerSlug);
      if (producer) producers.set(producer.slug, producer);
    }
  }
  return {
    slug: entry.id,
    data: entry.data,
    province,
    booths,
    products,
    producers: [...producers.values()],
    status: fairStatus(entry.data, BUILD_DATE),
    flagged: flaggedBoothProducts(booths, (p) => p.status, entry.data.endDate),
  };
}

let cache: Promise<Fair[]> | undefined;

/** Every fair: ongoing, then upcoming, then past (as of the build day). */
export function getFairs(): Promise<Fair[]> {
  cache ??= getCollection('fairs').then(async (entries) =>
    (await Promise.all(entries.map(toFair))).sort((a, b) =>
      compareFairs(a.data, b.data, BUILD_DATE),
    ),
  );
  return cache;
}

export async function getFair(slug: string): Promise<Fair | undefined> {
  return (await getFairs()).find((f) => f.slug === slug);
}

/** A directions link for any maps app: to the coordinates, or a search for the address. */
export function fairDirectionsUrl(fair: Fair): string {
  const { coordinates, name, address } = fair.data.venue;
  const destination = coordinates
    ? `${coordinates.lat},${coordinates.lng}`
    : encodeURIComponent(`${name}, ${address}`);
  return `https://www.google.com/maps/dir/?api=1&destination=${destination}`;
}
