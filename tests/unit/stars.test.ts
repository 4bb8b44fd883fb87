import { describe, expect, it } from 'vitest';
import { STAR_BANDS, starsForScore } from '../../src/lib/domain/stars.ts';

describe('starsForScore', () => {
  it.each([
    [0, 1],
    [29.99, 1],
    [30, 2],
    [49.5, 2],
    [50, 3],
    [69.995, 3],
    [70, 4],
    [89.99, 4],
    [90, 5],
    [100, 5],
  ])('a score of %d earns %d stars', (score, stars) => {
    expect(starsForScore(score)).toBe(stars);
  });

  it('agrees with the published bands at both ends of each band', () => {
    for (const [stars, [min, max]] of Object.entries(STAR_BANDS)) {
      expect(starsForScore(min)).toBe(Number(stars));
      expect(starsForScore(max)).toBe(Number(stars));
    }
  });
});
