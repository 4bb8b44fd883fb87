import { describe, expect, it } from 'vitest';
import { historyWrite } from '../../src/islands/search/history-entries.ts';
import type { SearchUrlState } from '../../src/islands/search/search-state.ts';

const state = (over: Partial<SearchUrlState> = {}): SearchUrlState => ({
  query: '',
  refinements: {},
  sort: 'relevance',
  page: 1,
  ...over,
});

describe('history entries of the search page', () => {
  it('the same search replaces the entry (nothing new for Back to step through)', () => {
    expect(historyWrite(state({ query: 'che' }), state({ query: 'che ' }), false)).toEqual({
      method: 'replaceState',
      typing: false,
    });
    const filtered = state({ refinements: { province: ['hai-phong'] } });
    expect(historyWrite(filtered, filtered, true)).toEqual({
      method: 'replaceState',
      typing: true,
    });
  });

  it('typing pushes one entry, then replaces it while the words keep changing', () => {
    const first = historyWrite(state(), state({ query: 'banh' }), false);
    expect(first).toEqual({ method: 'pushState', typing: true });
    const more = historyWrite(state({ query: 'banh' }), state({ query: 'banh cay' }), first.typing);
    expect(more).toEqual({ method: 'replaceState', typing: true });
  });

  it('new words from a later page go back to page 1 as typing too', () => {
    expect(historyWrite(state({ query: 'a', page: 3 }), state({ query: 'ab' }), true)).toEqual({
      method: 'replaceState',
      typing: true,
    });
  });

  it('a filter, a sort or a page pushes, and ends the typing spell', () => {
    const typed = state({ query: 'banh cay' });
    for (const next of [
      state({ query: 'banh cay', refinements: { stars: ['5'] } }),
      state({ query: 'banh cay', sort: 'name' }),
      state({ query: 'banh cay', page: 2 }),
      state({ query: 'mat ong', refinements: { stars: ['4'] } }),
    ]) {
      expect(historyWrite(typed, next, true)).toEqual({ method: 'pushState', typing: false });
    }
  });

  it('words after a filter start a new typing spell with a new entry', () => {
    const filtered = state({ refinements: { stars: ['5'] } });
    expect(historyWrite(filtered, { ...filtered, query: 'tra' }, false)).toEqual({
      method: 'pushState',
      typing: true,
    });
  });
});
