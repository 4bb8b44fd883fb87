import { describe, expect, it } from 'vitest';
import { photoShard, photoShardCount } from '../../src/islands/search/photo-shards.ts';

describe('photo files of the search results', () => {
  it('about 64 products a file, at least one file', () => {
    expect(photoShardCount(0)).toBe(1);
    expect(photoShardCount(16)).toBe(1);
    expect(photoShardCount(64)).toBe(1);
    expect(photoShardCount(65)).toBe(2);
    expect(photoShardCount(20_000)).toBe(313);
  });

  it('a slug always lands in the same file, named in base 36 within the count', () => {
    expect(photoShard('banh-cay-lang-nguyen', 1)).toBe('0');
    const key = photoShard('banh-cay-lang-nguyen', 313);
    expect(photoShard('banh-cay-lang-nguyen', 313)).toBe(key);
    expect(Number.parseInt(key, 36)).toBeLessThan(313);
  });

  it('spreads slugs evenly: no file holds twice its share', () => {
    const count = photoShardCount(20_000);
    const sizes = new Map<string, number>();
    for (let i = 0; i < 20_000; i++) {
      const key = photoShard(`san-pham-ocop-${i}`, count);
      sizes.set(key, (sizes.get(key) ?? 0) + 1);
    }
    expect(sizes.size).toBe(count);
    expect(Math.max(...sizes.values())).toBeLessThan(2 * 64);
  });
});
