/**
 * Every share card the build writes, from the catalogue as scripts read it: one per product and
 * producer in each language, and the site's own; the fields each card draws (built with the same
 * functions the pages use for `?v=`, from the same standing: `productStanding(…, today)` with
 * the build day the pages use) and the photo file.
 */
import path from 'node:path';
import type { Catalogue } from '../content-files/read-content.ts';
import { productStanding, type ProductStanding } from '../domain/product-standing.ts';
import { getProvince } from '../domain/provinces.ts';
import { LOCALES } from '../i18n/locales.ts';
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
  /** Where the card goes in the built site, e.g. `og/p/f4mpg6.jpg`, `og/en/p/f4mpg6.jpg`. */
  file: string;
  /** For messages: `products/<slug>` or `producers/<slug>` (`en/…` for an English card). */
  label: string;
  fields: ShareCardFields;
  /** Absolute path of the product photo drawn on the card, or null. */
  photoFile: string | null;
}

const provinceOf = (slug: string) => {
  const province = getProvince(slug);
  if (!province) throw new Error(`unknown province ${slug}`);
  return province;
};

const labelIn = (label: string, locale: string) => (locale === 'vi' ? label : `${locale}/${label}`);

/**
 * The cards of a catalogue as of `today` (YYYY-MM-DD, Vietnam time): the build passes its
 * `BUILD_DATE`, the day the pages' `?v=` and status are computed for.
 */
export function shareImageJobs(
  catalogue: Catalogue,
  site: string | URL,
  today: string,
): ShareImageJob[] {
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
    for (const locale of LOCALES)
      jobs.push({
        file: assets.productShareImage(data.code, locale).slice(1),
        label: labelIn(`products/${product.id}`, locale),
        photoFile: photo ? path.resolve(path.dirname(product.file), photo) : null,
        fields: productShareFields({
          locale,
          name: data.name,
          nameEn: data.nameEn,
          standing,
          province: standing.province,
          producer: producer.data.name,
          category: data.category,
          photo,
          site,
        }),
      });
  }
  for (const producer of catalogue.producers) {
    const { data } = producer;
    for (const locale of LOCALES)
      jobs.push({
        file: assets.producerShareImage(data.code, locale).slice(1),
        label: labelIn(`producers/${producer.id}`, locale),
        photoFile: null,
        fields: producerShareFields({
          locale,
          name: data.name,
          type: producerStrings(locale).types[data.type],
          province: provinceOf(data.province),
          products: byProducer.get(producer.id) ?? [],
          site,
        }),
      });
  }
  for (const locale of LOCALES)
    jobs.push({
      file: assets.siteShareImage(locale).slice(1),
      label: labelIn('the site', locale),
      photoFile: null,
      fields: siteShareFields({
        locale,
        products: catalogue.products.length,
        producers: catalogue.producers.length,
        site,
      }),
    });
  return jobs;
}
