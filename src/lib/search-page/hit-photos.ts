/**
 * The search results' photo files (see `islands/search/photo-shards.ts`), built from the card
 * shards: each product's thumbnail is the one its shortlist card and listing card already use
 * (`lib/shortlist/shards.ts`), so no image is made for search alone.
 */
import { getCardShards } from '../shortlist/shards.ts';
import { photoShard, photoShardCount } from '../../islands/search/photo-shards.ts';

export interface HitPhotos {
  /** Number of files; the island needs it to find a slug's file. */
  count: number;
  /** File key → { slug: thumbnail URL }. */
  shards: Map<string, Record<string, string>>;
}

let photos: Promise<HitPhotos> | undefined;

export function getHitPhotos(): Promise<HitPhotos> {
  photos ??= (async () => {
    const thumbs: [string, string][] = [];
    for (const shard of (await getCardShards()).values()) {
      for (const card of Object.values(shard)) {
        if (card.image) thumbs.push([card.slug, card.image.thumb]);
      }
    }
    thumbs.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    const count = photoShardCount(thumbs.length);
    const shards = new Map<string, Record<string, string>>();
    for (const [slug, thumb] of thumbs) {
      const key = photoShard(slug, count);
      shards.set(key, { ...shards.get(key), [slug]: thumb });
    }
    return { count, shards };
  })();
  return photos;
}
