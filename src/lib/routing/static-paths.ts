/**
 * `getStaticPaths` for every route, in both languages. Route files call these and hand the
 * props to a page template; all choosing and slicing of data happens here or in the data layer.
 */
import { LOCALES, type Locale } from '../i18n/locales.ts';
import { CATEGORIES } from '../domain/categories.ts';
import { PROVINCES, RENAMED_FORMER_PROVINCES } from '../domain/provinces.ts';
import { paginate, pageParam } from '../catalogue/pagination.ts';
import {
  getProducts,
  getProductsByCategory,
  getProductsByFormerProvince,
  getProductsByProvince,
  getProductsByStars,
} from '../catalogue/products.ts';
import { getProducers } from '../catalogue/producers.ts';
import { getSalesPoints } from '../catalogue/sales-points.ts';

/** The `[...lang]` param: absent for Vietnamese, "en" for English. */
export const langParam = (locale: Locale): string | undefined =>
  locale === 'vi' ? undefined : locale;

interface PathItem {
  params: Record<string, string | undefined>;
  props: object;
}

function perLocale<Item extends PathItem>(make: () => Promise<Item[]> | Item[]) {
  return async () => {
    const base = await make();
    return LOCALES.flatMap((locale) =>
      base.map(({ params, props }) => ({
        params: { ...(params as Item['params']), lang: langParam(locale) },
        props: { ...(props as Item['props']), locale },
      })),
    );
  };
}

export const localePaths = perLocale(() => [{ params: {}, props: {} }]);

export const productPaths = perLocale(async () =>
  (await getProducts()).map((product) => ({
    params: { slug: product.slug },
    props: { slug: product.slug },
  })),
);

export const producerPaths = perLocale(async () =>
  (await getProducers()).map((p) => ({ params: { slug: p.slug }, props: { slug: p.slug } })),
);

export const provincePaths = perLocale(async () => {
  const current = await Promise.all(
    PROVINCES.map(async (province) =>
      paginate(await getProductsByProvince(province.slug)).map((page) => ({
        params: { slug: province.slug, page: pageParam(page.current) },
        props: { kind: 'current' as const, slug: province.slug, page },
      })),
    ),
  );
  const former = await Promise.all(
    RENAMED_FORMER_PROVINCES.map(async (old) =>
      paginate(await getProductsByFormerProvince(old.slug)).map((page) => ({
        params: { slug: old.slug, page: pageParam(page.current) },
        props: { kind: 'former' as const, slug: old.slug, page },
      })),
    ),
  );
  return [...current.flat(), ...former.flat()];
});

export const categoryPaths = perLocale(async () =>
  (
    await Promise.all(
      CATEGORIES.map(async (category) =>
        paginate(await getProductsByCategory(category.code)).map((page) => ({
          params: { slug: category.slug, page: pageParam(page.current) },
          props: { code: category.code, page },
        })),
      ),
    )
  ).flat(),
);

export const starPaths = perLocale(async () =>
  (
    await Promise.all(
      [3, 4, 5].map(async (stars) =>
        paginate(await getProductsByStars(stars)).map((page) => ({
          params: { stars: String(stars), page: pageParam(page.current) },
          props: { stars, page },
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
  }));
});
