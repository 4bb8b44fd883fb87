import { describe, expect, it } from 'vitest';
import type { Settings } from 'meilisearch';
import { settingsDifference } from '../../src/lib/search/meilisearch/settings-difference.ts';
import { indexSettings } from '../../src/lib/search/meilisearch/settings.ts';

const wanted: Settings = {
  searchableAttributes: ['code', 'name', 'descriptionLead'],
  filterableAttributes: ['province', 'stars', 'certificateStatus'],
  sortableAttributes: ['stars', 'nameOrder'],
  rankingRules: ['words', 'typo', 'stars:desc'],
  typoTolerance: { disableOnAttributes: ['categoryWords'] },
  synonyms: { cafe: ['cà phê', 'coffee'], 'cà phê': ['cafe'] },
  faceting: { maxValuesPerFacet: 100 },
  pagination: { maxTotalHits: 100_000 },
};

/** What `getSettings()` answers for `wanted`: defaults filled in, its own orders. */
const live: Settings = {
  displayedAttributes: ['*'],
  searchableAttributes: ['code', 'name', 'descriptionLead'],
  filterableAttributes: ['certificateStatus', 'province', 'stars'],
  sortableAttributes: ['nameOrder', 'stars'],
  rankingRules: ['words', 'typo', 'stars:desc'],
  stopWords: [],
  distinctAttribute: null,
  typoTolerance: {
    enabled: true,
    minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 },
    disableOnWords: [],
    disableOnAttributes: ['categoryWords'],
  },
  synonyms: { 'cà phê': ['cafe'], cafe: ['coffee', 'cà phê'] },
  faceting: { maxValuesPerFacet: 100, sortFacetValuesBy: { '*': 'alpha' } },
  pagination: { maxTotalHits: 100_000 },
  proximityPrecision: 'byWord',
};

describe('settingsDifference', () => {
  it('none when the live settings only add defaults and reorder sets and synonyms', () => {
    expect(settingsDifference(wanted, live)).toEqual([]);
  });

  it('the order of searchable attributes and ranking rules counts', () => {
    const swapped = { ...live, searchableAttributes: ['name', 'code', 'descriptionLead'] };
    expect(settingsDifference(wanted, swapped)).toEqual(['searchableAttributes']);
    const rules = { ...live, rankingRules: ['typo', 'words', 'stars:desc'] };
    expect(settingsDifference(wanted, rules)).toEqual(['rankingRules']);
  });

  it('a filterable or sortable attribute added or missing counts', () => {
    const more = { ...wanted, sortableAttributes: ['stars', 'nameOrder', 'validUntil'] };
    expect(settingsDifference(more, live)).toEqual(['sortableAttributes']);
    const fewer = { ...live, filterableAttributes: ['province', 'stars'] };
    expect(settingsDifference(wanted, fewer)).toEqual(['filterableAttributes']);
  });

  it('synonyms compare as a whole table: one left over on the server counts', () => {
    const extra = { ...live, synonyms: { ...live.synonyms, chè: ['trà'] } };
    expect(settingsDifference(wanted, extra)).toEqual(['synonyms']);
    const changed = { ...live, synonyms: { 'cà phê': ['cafe'], cafe: ['coffee'] } };
    expect(settingsDifference(wanted, changed)).toEqual(['synonyms']);
  });

  it('a nested field the wanted settings name counts; one they leave to the default does not', () => {
    const typos = {
      ...live,
      typoTolerance: { ...live.typoTolerance, disableOnAttributes: [] },
    };
    expect(settingsDifference(wanted, typos)).toEqual(['typoTolerance']);
    const facets = { ...live, faceting: { maxValuesPerFacet: 50 } };
    expect(settingsDifference(wanted, facets)).toEqual(['faceting']);
  });

  it('a setting missing on the server counts', () => {
    const { pagination: _p, ...without } = live;
    expect(settingsDifference(wanted, without)).toEqual(['pagination']);
  });

  it('the project’s own settings equal themselves', () => {
    for (const settings of Object.values(indexSettings())) {
      expect(settingsDifference(settings, structuredClone(settings))).toEqual([]);
    }
  });
});
