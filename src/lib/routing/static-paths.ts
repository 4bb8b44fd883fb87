/**
 * `getStaticPaths` for every route, in both languages. Route files call these and hand the
 * props to a page template; all choosing and slicing of data happens here or in the data layer.
 */
import { LOCALES, type Locale } from '../i18n/locales.ts';
import { CATEGORIES } from '../domain/categories.ts';
import { PROVINCES, RENAMED_FORMER_PROVINCES } from '../domain/provinces.ts';
import { orderListing } from '../browse/listing-order.ts';
import { paginateListing } from '../browse/listing-pages.ts';
import { restParam } from '../browse/listing-url.ts';
import { listingViews, viewOfPage, type BrowsePage } from '../browse/listing-views.ts';
import {
  cacheKey,
  productDigest,
  productPageDayFacts,
  producerDigest,
  salesPointDigest,
} from '../catalogue/digests.ts';
import {
  countByCategory,
  getProducts,
  getProductsByProducer,
  getRelatedProducts,
  type Product,
  getProductsByCategory,
  getProductsByFormerProvince,
  getProductsByProvince,
  getProductsByStars,
} from '../catalogue/products.ts';
import { getProducerOf, getProducers } from '../catalogue/producers.ts';
import {
  getSalesPoints,
  getSalesPointsByProvince,
  getSalesPointsOf,
} from '../catalogue/sales-points.ts';
import { getFairs } from '../catalogue/fairs.ts';
import { openDataKey } from '../open-data/endpoint.ts';

/** The `[...lang]` param: absent for Vietnamese, "en" for English. */
export const langParam = (locale: Locale): string | undefined =>
  locale === 'vi' ? undefined : locale;

interface PathItem {
  params: Record<string, string | undefined>;
  props: object;
  /** What the page shows, digested (`catalogue/digests.ts`): unchanged → not re-rendered. */
  cacheKey?: string;
}

function perLocale<Item extends PathItem>(make: () => Promise<Item[]> | Item[]) {
  return async () => {
    const base = await make();
    return LOCALES.flatMap((locale) =>
      base.map(({ params, props, cacheKey }) => ({
        params: { ...(params as Item['params']), lang: langParam(locale) },
        props: { ...(props as Item['props']), locale },
        ...(cacheKey === undefined ? {} : { cacheKey }),
      })),
    );
  };
}

export const localePaths = perLocale(() => [{ params: {}, props: {} }]);

/** `/du-lieu/`: it shows the files' sizes and row counts, so it has their key. */
export const openDataPagePaths = perLocale(async () => [
  { params: {}, props: {}, cacheKey: await openDataKey() },
]);

export const productPaths = perLocale(async () =>
  Promise.all(
    (await getProducts()).map(async (product) => ({
      params: { slug: product.slug },
      props: { slug: product.slug },
      cacheKey: cacheKey(
        productDigest(product),
        productPageDayFacts(product),
        producerDigest(await getProducerOf(product)),
        (await getSalesPointsOf(product)).map(salesPointDigest),
        (await getRelatedProducts(product, 4)).map(productDigest),
      ),
    })),
  ),
);

export const producerPaths = perLocale(async () =>
  Promise.all(
    (await getProducers()).map(async (p) => ({
      params: { slug: p.slug },
      props: { slug: p.slug },
      cacheKey: cacheKey(
        producerDigest(p),
        (await getProductsByProducer(p.slug)).map(productDigest),
      ),
    })),
  ),
);

/**
 * Key of a listing page: its cards, and the rest of the page as the listing made it (its place,
 * its part's pages, the counts on page 1: `lib/browse/listing-pages.ts`), its links, what else
 * it shows.
 */
const pageKey = ({ page, view, facets, sorts }: BrowsePage<Product>, ...more: unknown[]) =>
  cacheKey(
    page.items.map(productDigest),
    { ...page, items: undefined },
    view,
    facets,
    sorts,
    ...more,
  );

/** The `[...page]` param and props of every view of a listing (`lib/browse/listing-views.ts`). */
const browsePath = (browse: BrowsePage<Product>) => ({
  page: restParam(browse.view, browse.page.current),
});

export const provincePaths = perLocale(async () => {
  // Every province's product count: an empty province's page names its nearest provinces with
  // products and how many each has.
  const counts = await Promise.all(
    PROVINCES.map(async (p) => [p.slug, (await getProductsByProvince(p.slug)).length] as const),
  );
  const current = await Promise.all(
    PROVINCES.map(async (province) => {
      const points = (await getSalesPointsByProvince(province.slug)).map(salesPointDigest);
      const products = await getProductsByProvince(province.slug);
      // An empty province leads on to its neighbours and the nearest sales points.
      const near =
        products.length === 0 ? [counts, (await getSalesPoints()).map(salesPointDigest)] : [];
      return listingViews(products, 'province').map((browse) => ({
        params: { slug: province.slug, ...browsePath(browse) },
        props: { kind: 'current' as const, slug: province.slug, browse },
        cacheKey: pageKey(browse, points, near),
      }));
    }),
  );
  const former = await Promise.all(
    RENAMED_FORMER_PROVINCES.map(async (old) =>
      paginateListing(orderListing(await getProductsByFormerProvince(old.slug))).map((page) => {
        const browse = { view: viewOfPage({}, page), page, facets: {}, sorts: [] };
        return {
          params: { slug: old.slug, ...browsePath(browse) },
          props: { kind: 'former' as const, slug: old.slug, browse },
          cacheKey: pageKey(browse),
        };
      }),
    ),
  );
  return [...current.flat(), ...former.flat()];
});

export const categoryPaths = perLocale(async () => {
  const counts = [...(await countByCategory())];
  return (
    await Promise.all(
      CATEGORIES.map(async (category) =>
        listingViews(await getProductsByCategory(category.code), 'category').map((browse) => ({
          params: { slug: category.slug, ...browsePath(browse) },
          props: { code: category.code, browse },
          cacheKey: pageKey(browse, counts),
        })),
      ),
    )
  ).flat();
});

export const starPaths = perLocale(async () =>
  (
    await Promise.all(
      [3, 4, 5].map(async (stars) =>
        listingViews(await getProductsByStars(stars), 'stars').map((browse) => ({
          params: { stars: String(stars), ...browsePath(browse) },
          props: { stars, browse },
          cacheKey: pageKey(browse),
        })),
      ),
    )
  ).flat(),
);

export const salesPointProvincePaths = perLocale(async () => {
  const all = await getSalesPoints();
  return PROVINCES.filter((p) => all.some((s) => s.province.slug === p.slug)).map((p) => ({
    params: { province: p.slug },
    props: { slug: p.slug },
    cacheKey: cacheKey(all.filter((s) => s.province.slug === p.slug).map(salesPointDigest)),
  }));
});

/** Fair pages and kits: few, and they show build-day statuses, so always rendered (no key). */
export const fairPaths = perLocale(async () =>
  (await getFairs()).map((f) => ({ params: { slug: f.slug }, props: { slug: f.slug } })),
);
