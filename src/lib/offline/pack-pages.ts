/**
 * Which pages and files make a fair's offline pack in one language: the fair page (and the
 * Vietnamese one, which printed QR codes open), its print kit, the pages of its products and
 * their producers, the offline page in both languages (what a link out of the pack opens),
 * and — when the build has them — each product's short-URL page `/p/<code>/`
 * and QR code (the labels on the booths lead there). Their styles, scripts, fonts and photos
 * are found in the built HTML by `collect-pack.ts`.
 */
import type { FairData } from '../../schemas/fair.ts';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../i18n/locales.ts';
import { assets, routes } from '../i18n/routes.ts';
import { shardKey } from '../shortlist/card.ts';
import { offlinePagePath } from './offline-answers.ts';

export interface PackSources {
  /** Product slug → its code and producer slug. */
  products: ReadonlyMap<string, { code: string; producer: string }>;
  /** Producer slug → its code, for the producers' ordering shards. */
  producerCodes?: ReadonlyMap<string, string>;
}

export interface PackPages {
  /** Pages the build always makes: missing one is an error. */
  pages: string[];
  /** Pages and files other features may or may not write: left out when missing. */
  optional: string[];
}

export function packPages(
  slug: string,
  fair: Pick<FairData, 'booths'>,
  locale: Locale,
  sources: PackSources,
): PackPages {
  const productSlugs = fair.booths.flatMap((b) => b.products);
  const producerSlugs = new Set<string>();
  for (const booth of fair.booths) if (booth.producer) producerSlugs.add(booth.producer);
  const codes: string[] = [];
  for (const product of productSlugs) {
    const found = sources.products.get(product);
    if (!found) throw new Error(`fair ${slug}: product "${product}" is not in the catalogue`);
    producerSlugs.add(found.producer);
    codes.push(found.code);
  }
  const pages = [
    routes.fair(slug, locale),
    ...(locale === DEFAULT_LOCALE ? [] : [routes.fair(slug, DEFAULT_LOCALE)]),
    routes.fairKit(slug, locale),
    ...productSlugs.map((p) => routes.product(p, locale)),
    ...[...producerSlugs].map((p) => routes.producer(p, locale)),
    // The cart, to order from the booths with no connection.
    ...LOCALES.map(routes.cart),
    // What the service worker shows for a link out of the pack, in either language.
    ...LOCALES.map(offlinePagePath),
  ];
  const producerCodes = [...producerSlugs].flatMap((p) => sources.producerCodes?.get(p) ?? []);
  const optional = [
    ...codes.flatMap((code) => [
      routes.productShort(code, DEFAULT_LOCALE),
      assets.productQr(code, 'svg'),
    ]),
    ...new Set(codes.map((c) => assets.orderProducts(shardKey(c)))),
    ...new Set(producerCodes.map((c) => assets.orderProducers(shardKey(c)))),
  ];
  return { pages, optional };
}
