/**
 * Product cards for the shortlist and print views: `/du-lieu/the/<xx>.json`, one file per first
 * two characters of the product codes (see `lib/shortlist/card.ts`).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCardShards } from '../../../lib/shortlist/shards.ts';
import type { CardShard } from '../../../lib/shortlist/card.ts';
import { cacheKey } from '../../../lib/catalogue/digests.ts';

export const getStaticPaths = (async () =>
  [...(await getCardShards())].map(([shard, cards]) => ({
    params: { shard },
    props: { cards },
    // The cards are the whole file: unchanged cards, unchanged file.
    cacheKey: cacheKey('cards', cards),
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ cards: CardShard }> = ({ props }) =>
  new Response(JSON.stringify(props.cards), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
