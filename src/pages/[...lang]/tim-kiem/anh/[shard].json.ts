/**
 * The search results' photo files, `/tim-kiem/anh/<key>.json` (slug → thumbnail URL), see
 * `lib/search-page/hit-photos.ts`. One set for both languages: they hold no words.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { cacheKey } from '../../../../lib/catalogue/digests.ts';
import { getHitPhotos } from '../../../../lib/search-page/hit-photos.ts';

export const getStaticPaths = (async () =>
  [...(await getHitPhotos()).shards].map(([shard, photos]) => ({
    params: { lang: undefined, shard },
    props: { photos },
    cacheKey: cacheKey('hit-photos', photos),
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ photos: Record<string, string> }> = ({ props }) =>
  new Response(JSON.stringify(props.photos), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
