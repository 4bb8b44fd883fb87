/**
 * `getStaticPaths` of the short URLs, in both languages: `/p/<code>/` (a product's certificate
 * check page) and `/c/<code>/` (leads to a producer's page). Keyed by code, so a renamed file
 * (a new slug) keeps its short URL and its printed QR codes working.
 */
import { LOCALES } from '../i18n/locales.ts';
import { cacheKey, producerDigest, productDigest } from '../catalogue/digests.ts';
import { getProducts } from '../catalogue/products.ts';
import { getProducerOf, getProducers } from '../catalogue/producers.ts';
import { langParam } from './static-paths.ts';

export async function productShortPaths() {
  const products = await getProducts();
  const keyed = await Promise.all(
    products.map(async (p) => ({
      code: p.data.code,
      // The slug is in the key through the product's link; the producer's name is shown.
      key: cacheKey('check', p.slug, productDigest(p), producerDigest(await getProducerOf(p))),
    })),
  );
  return LOCALES.flatMap((locale) =>
    keyed.map(({ code, key }) => ({
      params: { lang: langParam(locale), code },
      props: { code, locale },
      cacheKey: key,
    })),
  );
}

export async function producerShortPaths() {
  const producers = await getProducers();
  return LOCALES.flatMap((locale) =>
    producers.map((p) => ({
      params: { lang: langParam(locale), code: p.data.code },
      props: { code: p.data.code, locale },
      cacheKey: cacheKey('short', p.slug, producerDigest(p)),
    })),
  );
}
