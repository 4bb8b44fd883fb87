import { describe, expect, it } from 'vitest';
import { facet, matches, narrow } from '../../src/lib/browse/narrowing.ts';
import { item, names } from '../fixtures/browse.ts';

const sample = [
  item('A', 5, true, '2025-01-01', 'hue', 'II'),
  item('B', 3, true, '2025-01-01', 'an-giang', 'I'),
  item('C', 4, false, '2025-01-01', 'hue', 'I'),
  item('D', 3, true, '2025-01-01', 'da-nang', 'VI'),
];

describe('narrow', () => {
  it('keeps the products of one group, star level or province', () => {
    expect(names(narrow(sample, { by: 'group', value: 'I' }))).toEqual(['B', 'C']);
    expect(names(narrow(sample, { by: 'stars', value: '3' }))).toEqual(['B', 'D']);
    expect(names(narrow(sample, { by: 'province', value: 'hue' }))).toEqual(['A', 'C']);
  });

  it('matches nothing for a value no product has', () => {
    expect(matches(sample[0]!, { by: 'stars', value: '4' })).toBe(false);
    expect(narrow(sample, { by: 'province', value: 'ca-mau' })).toEqual([]);
  });
});

describe('facet', () => {
  it('counts only values that have products, stars from five down', () => {
    expect(facet(sample, 'stars')).toEqual([
      { value: '5', count: 1 },
      { value: '4', count: 1 },
      { value: '3', count: 2 },
    ]);
  });

  it('orders groups as the classification does', () => {
    expect(facet(sample, 'group').map((v) => v.value)).toEqual(['I', 'II', 'VI']);
  });

  it('orders provinces by their Vietnamese names (Đà Nẵng after An Giang, before Huế)', () => {
    expect(facet(sample, 'province').map((v) => v.value)).toEqual(['an-giang', 'da-nang', 'hue']);
  });
});
