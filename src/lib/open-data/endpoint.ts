/**
 * The open-data endpoints (`src/pages/du-lieu/*.ts`) differ only in which file they serve:
 * each is `openDataEndpoint((files) => files.products.csv, 'text/csv')`. The files are built
 * once per build from the data layer (`openDataFiles` memoises on its inputs).
 */
import type { APIRoute } from 'astro';
import { BUILD_DATE } from '../catalogue/build-date.ts';
import { getProducers } from '../catalogue/producers.ts';
import { getProducts } from '../catalogue/products.ts';
import { getSalesPoints } from '../catalogue/sales-points.ts';
import { openDataFiles, type OpenDataFiles } from './rows.ts';

export function openDataEndpoint(
  pick: (files: OpenDataFiles) => string,
  contentType: 'text/csv' | 'application/json',
): APIRoute {
  return async ({ site, url }) => {
    const [products, producers, salesPoints] = await Promise.all([
      getProducts(),
      getProducers(),
      getSalesPoints(),
    ]);
    const files = openDataFiles(
      { products, producers, salesPoints },
      { site: site ?? url.origin, buildDate: BUILD_DATE },
    );
    return new Response(pick(files), {
      headers: { 'Content-Type': `${contentType}; charset=utf-8` },
    });
  };
}
