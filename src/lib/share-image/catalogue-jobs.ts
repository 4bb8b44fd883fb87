/**
 * Every share card the build writes, from the catalogue as scripts read it: the fields each
 * card draws (built with the same functions the pages use for `?v=`, from the same standing:
 * `productStanding(…, today)` with the build day the pages use) and the photo file.
 */
import path from 'node:path';
import type { Catalogue } from '../content-files/read-content.ts';
import { productStanding, type ProductStanding } from '../domain/product-standing.ts';
import { getProvince } from '../domain/provinces.ts';
import { assets } from '../i18n/routes.ts';
import { producerStrings } from '../i18n/ui/producer.ts';
import {
  producerShareFields,
  productShareFields,
  siteShareFields,
  type ShareCardFields,
  type ShareStanding,
} from './fields.ts';

export interface ShareImageJob {
  /** Where the card goes in the built site, e.g. `og/p/f4mpg6.jpg`. */
  file: string;
  /** For messages: `products/<slug>` or `producers/<slug>`. */
  label: string;
  fields: ShareCardFields;
  /** Absolute path of the product photo drawn on the card, or null. */
  photoFile: string | null;
}

const provinceName = (slug: string) => {
  const province = getProvince(slug);
  if (!province) throw new Error(`unknown province ${slug}`);
  return province.name;
};

/**
 * The cards of a catalogue as of `today` (YYYY-MM-DD, Vietnam time): the build passes its
 * `BUILD_DATE`, the day the pages' `?v=` and status are computed for.
 */
export function shareImageJobs(
  catalogue: Catalogue,
  site: string | URL,
  today: string,
): ShareImageJob[] {
  const types = producerStrings('vi').types;
  const producers = new Map(catalogue.producers.map((p) => [p.id, p]));
  const byProducer = new Map<string, ShareStanding[]>();
  const jobs: ShareImageJob[] = [];
  for (const product of catalogue.products) {
    const { data } = product;
    const producer = producers.get(data.producer);
    if (!producer) throw new Error(`${product.file}: producer ${data.producer} not found`);
    let standing: ProductStanding;
    try {
      standing = productStanding(data, today);
    } catch (error) {
      throw new Error(`${product.file}: ${(error as Error).message}`, { cause: error });
    }
    const list = byProducer.get(data.producer) ?? [];
    list.push(standing);
    byProducer.set(data.producer, list);
    const photo = data.images[0]?.src;
    jobs.push({
      file: assets.productShareImage(data.code).slice(1),
      label: `products/${product.id}`,
      photoFile: photo ? path.resolve(path.dirname(product.file), photo) : null,
      fields: productShareFields({
        name: data.name,
        standing,
        province: standing.province.name,
        producer: producer.data.name,
        category: data.category,
        photo,
        site,
      }),
    });
  }
  for (const producer of catalogue.producers) {
    const { data } = producer;
    jobs.push({
      file: assets.producerShareImage(data.code).slice(1),
      label: `producers/${producer.id}`,
      photoFile: null,
      fields: producerShareFields({
        name: data.name,
        type: types[data.type],
        province: provinceName(data.province),
        products: byProducer.get(producer.id) ?? [],
        site,
      }),
    });
  }
  jobs.push({
    file: assets.siteShareImage().slice(1),
    label: 'the site',
    photoFile: null,
    fields: siteShareFields({
      products: catalogue.products.length,
      producers: catalogue.producers.length,
      site,
    }),
  });
  return jobs;
}
