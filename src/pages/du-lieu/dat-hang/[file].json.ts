/**
 * Ordering data for the cart: `/du-lieu/dat-hang/p-<xx>.json` (products' offers and certificate
 * facts) and `/du-lieu/dat-hang/c-<xx>.json` (producers' contact and terms), one file per first
 * two characters of the codes (see `lib/order/order-data.ts`).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { cacheKey } from '../../../lib/catalogue/digests.ts';
import { getOrderProducerShards, getOrderProductShards } from '../../../lib/order/order-data.ts';

export const getStaticPaths = (async () => {
  const products = [...(await getOrderProductShards())].map(([key, items]) => ({
    params: { file: `p-${key}` },
    props: { items },
    cacheKey: cacheKey('order-products', items),
  }));
  const producers = [...(await getOrderProducerShards())].map(([key, items]) => ({
    params: { file: `c-${key}` },
    props: { items },
    cacheKey: cacheKey('order-producers', items),
  }));
  return [...products, ...producers];
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ items: unknown }> = ({ props }) =>
  new Response(JSON.stringify(props.items), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
