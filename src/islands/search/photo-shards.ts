/**
 * Where a search result finds its photo: products with a photo are spread over small JSON files
 * (`/tim-kiem/anh/<key>.json`, slug → thumbnail URL, about 64 products each) by a hash of the
 * slug, so a page of results fetches a few small files and only for hits that have a photo.
 * The build (`lib/search-page/hit-photos.ts`) and the browser share these two functions.
 */

/** Products per file, on average. */
const PER_SHARD = 64;

/** How many files for `photos` products with a photo (at least one). */
export const photoShardCount = (photos: number): number =>
  Math.max(1, Math.ceil(photos / PER_SHARD));

/** The file a slug is in: FNV-1a of the slug, modulo the count, in base 36. */
export function photoShard(slug: string, count: number): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < slug.length; i++) {
    hash ^= slug.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return (hash % count).toString(36);
}
