/**
 * `getStaticPaths` of a product's short URL `/p/<code>/`, its certificate check page, in both
 * languages. Keyed by code, so a renamed file (a new slug) keeps its short URL and its printed
 * QR codes working. (A producer's `/c/<code>/` only leads on to its page: plain HTML written
 * after the build, `lib/short-urls/producer-redirects.ts`.)
 */
import { LOCALES } from '../i18n/locales.ts';
import { cacheKey, producerDigest, productDigest } from '../catalogue/digests.ts';
import { getProducts } from '../catalogue/products.ts';
import { getProducerOf } from '../catalogue/producers.ts';
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
