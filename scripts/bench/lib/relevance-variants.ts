/**
 * Meilisearch setups tried against the site's (`npm run bench:relevance -- --variants`), each a
 * change to the site's products settings or search parameters: matching strategies, how much
 * of the description is searched, ranking rule orders, typo and prefix settings, score
 * thresholds. The figures each gave, and the one chosen, are in `docs/search.md`
 * ("Relevance").
 */
import type { Settings } from 'meilisearch';
import type { MeilisearchVariant } from './relevance.ts';

const DESCRIPTION_FIELDS = ['description', 'descriptionLead'];

/** Searches `field` (or no description at all) where the site searches the description lead. */
const describedBy =
  (field?: 'description' | 'descriptionLead') =>
  (s: Settings): Settings => {
    const attributes = (s.searchableAttributes ?? []).filter(
      (a) => !DESCRIPTION_FIELDS.includes(a),
    );
    return { ...s, searchableAttributes: field ? [...attributes, field] : attributes };
  };

/** Puts `order` first among the ranking rules, the others after in the site's order. */
const rulesFirst =
  (order: string[]) =>
  (s: Settings): Settings => ({
    ...s,
    rankingRules: [...order, ...(s.rankingRules ?? []).filter((r) => !order.includes(r))],
  });

/** The site's typo settings with typos off in `attributes` (the site's: category words). */
const typosOff =
  (attributes: string[]) =>
  (s: Settings): Settings => ({
    ...s,
    typoTolerance: { ...s.typoTolerance, disableOnAttributes: attributes },
  });

const strategy = (matchingStrategy: 'last' | 'all' | 'frequency') => ({ matchingStrategy });

export const RELEVANCE_VARIANTS: readonly MeilisearchVariant[] = [
  {
    name: 'last, whole description',
    searchParams: strategy('last'),
    productSettings: describedBy('description'),
  },
  {
    name: 'frequency, whole description',
    searchParams: strategy('frequency'),
    productSettings: describedBy('description'),
  },
  {
    name: 'all, whole description',
    searchParams: strategy('all'),
    productSettings: describedBy('description'),
  },
  {
    name: 'all, whole description without typos',
    searchParams: strategy('all'),
    productSettings: (s) => ({
      ...describedBy('description')(s),
      typoTolerance: { disableOnAttributes: ['description'] },
    }),
  },
  { name: 'all, no description', searchParams: strategy('all'), productSettings: describedBy() },
  { name: 'last, description lead', searchParams: strategy('last') },
  { name: 'frequency, description lead', searchParams: strategy('frequency') },
  {
    name: 'all, attribute before proximity',
    searchParams: strategy('all'),
    productSettings: rulesFirst(['words', 'typo', 'attribute', 'proximity']),
  },
  {
    name: 'all, exactness before attribute',
    searchParams: strategy('all'),
    productSettings: rulesFirst(['words', 'typo', 'proximity', 'exactness', 'attribute']),
  },
  {
    name: 'all, typos from 4 / 8 letters',
    searchParams: strategy('all'),
    productSettings: (s) => ({
      ...s,
      typoTolerance: { minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 } },
    }),
  },
  {
    name: 'all, no prefix search',
    searchParams: strategy('all'),
    productSettings: (s) => ({ ...s, prefixSearch: 'disabled' }),
  },
  {
    name: 'all, no typos in the description lead either',
    searchParams: strategy('all'),
    productSettings: typosOff(['descriptionLead', 'categoryWords']),
  },
  {
    name: 'all, typos in the category words too',
    searchParams: strategy('all'),
    productSettings: typosOff([]),
  },
  {
    name: 'all, province aliases not searched',
    searchParams: strategy('all'),
    productSettings: (s) => ({
      ...s,
      searchableAttributes: (s.searchableAttributes ?? []).filter((a) => a !== 'provinceAliases'),
    }),
  },
  {
    name: 'all, proximity precision by attribute',
    searchParams: strategy('all'),
    productSettings: (s) => ({ ...s, proximityPrecision: 'byAttribute' }),
  },
  {
    name: 'all, no typos on numbers',
    searchParams: strategy('all'),
    productSettings: (s) => ({
      ...s,
      typoTolerance: { ...s.typoTolerance, disableOnNumbers: true },
    }),
  },
  ...[0.2, 0.5].map((threshold) => ({
    name: `all, score threshold ${threshold}`,
    searchParams: { ...strategy('all'), rankingScoreThreshold: threshold },
  })),
];
