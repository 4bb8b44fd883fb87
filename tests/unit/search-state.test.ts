import { describe, expect, it } from 'vitest';
import {
  SORT_INDEX,
  searchToState,
  sortFromIndex,
  stateToSearch,
  type SearchUrlState,
} from '../../src/islands/search/search-state.ts';

const empty: SearchUrlState = { query: '', refinements: {}, sort: 'relevance', page: 1 };

describe('search state in the URL', () => {
  it('an empty search has no query string', () => {
    expect(stateToSearch(empty)).toBe('');
    expect(searchToState('')).toEqual(empty);
  });

  it('round-trips query, refinements, sort and page with short Vietnamese keys', () => {
    const state: SearchUrlState = {
      query: 'bánh cáy',
      refinements: { province: ['ha-noi', 'hung-yen'], stars: ['5'], categoryGroup: ['I'] },
      sort: 'newest',
      page: 3,
    };
    const search = stateToSearch(state);
    expect(search).toBe(
      '?q=b%C3%A1nh+c%C3%A1y&tinh=ha-noi%7Ehung-yen&nganh=I&sao=5&sap-xep=moi&trang=3',
    );
    expect(searchToState(search)).toEqual(state);
  });

  it('drops facet values that are not slugs or codes, so crafted values never reach an engine', () => {
    const crafted = new URLSearchParams({
      tinh: 'ha-noi~Hà Nội" OR stars >= 0 OR province = "x~x\\~ OR ~hue',
      sao: '5~=~4',
    });
    const state = searchToState(`?${crafted.toString()}`);
    expect(state.refinements.province).toEqual(['ha-noi', 'hue']);
    expect(state.refinements.stars).toEqual(['5', '4']);
  });

  it('ignores unknown keys, bad pages and unknown sorts', () => {
    expect(searchToState('?foo=bar&trang=-4&sap-xep=evil')).toEqual(empty);
    expect(searchToState('?trang=abc').page).toBe(1);
    expect(searchToState('?trang=99999').page).toBe(1000);
  });

  it('maps sorts to Meilisearch-style index names and back', () => {
    for (const [sort, index] of Object.entries(SORT_INDEX)) {
      expect(sortFromIndex(index)).toBe(sort);
    }
    expect(sortFromIndex('products:evil:asc')).toBe('relevance');
  });
});
