/**
 * Meilisearch setups tried against the site's (`npm run bench:relevance -- --variants`):
 * matching strategies, searchable attribute orders, ranking rule orders, typo settings. The
 * figures each gave, and the one chosen, are in `docs/search.md` ("Relevance").
 */
import type { Settings } from 'meilisearch';
import type { MeilisearchVariant } from './relevance.ts';

const withoutDescription = (s: Settings): Settings => ({
  ...s,
  searchableAttributes: (s.searchableAttributes ?? []).filter((a) => a !== 'description'),
});

const rules =
  (order: string[]) =>
  (s: Settings): Settings => ({
    ...s,
    rankingRules: [...order, ...(s.rankingRules ?? []).filter((r) => !order.includes(r))],
  });

export const RELEVANCE_VARIANTS: readonly MeilisearchVariant[] = [
  { name: 'last', searchParams: { matchingStrategy: 'last' } },
  { name: 'frequency', searchParams: { matchingStrategy: 'frequency' } },
  { name: 'all', searchParams: { matchingStrategy: 'all' } },
  {
    name: 'all, no description',
    searchParams: { matchingStrategy: 'all' },
    productSettings: withoutDescription,
  },
  {
    name: 'last, no description',
    searchParams: { matchingStrategy: 'last' },
    productSettings: withoutDescription,
  },
  {
    name: 'all, attribute before proximity',
    searchParams: { matchingStrategy: 'all' },
    productSettings: rules(['words', 'typo', 'attribute', 'proximity']),
  },
  {
    name: 'all, exactness before attribute',
    searchParams: { matchingStrategy: 'all' },
    productSettings: rules(['words', 'typo', 'proximity', 'exactness', 'attribute']),
  },
  {
    name: 'all, typos from 4/8 letters',
    searchParams: { matchingStrategy: 'all' },
    productSettings: (s) => ({
      ...s,
      typoTolerance: { minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 } },
    }),
  },
  {
    name: 'last, score threshold 0.5',
    searchParams: { matchingStrategy: 'last', rankingScoreThreshold: 0.5 },
  },
];
