import type { APIRoute } from 'astro';
import { BUILD_DATE } from '../../lib/catalogue/build-date.ts';
import { getProducers } from '../../lib/catalogue/producers.ts';
import { getProducts } from '../../lib/catalogue/products.ts';
import { getSalesPoints } from '../../lib/catalogue/sales-points.ts';
import { openDataFiles } from '../../lib/open-data/rows.ts';

export const GET: APIRoute = async ({ site, url }) => {
  const [products, producers, salesPoints] = await Promise.all([
    getProducts(),
    getProducers(),
    getSalesPoints(),
  ]);
  const files = openDataFiles(
    { products, producers, salesPoints },
    { site: site ?? url.origin, buildDate: BUILD_DATE },
  );
  return new Response(files.products.json, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
