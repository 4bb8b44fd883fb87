/**
 * Search parameters the search page sends with every Meilisearch query (through
 * `instantMeiliSearch`'s `meiliSearchParams`).
 *
 * `matchingStrategy: 'all'`: a product must match every word of the query (each with the
 * typos, prefixes and synonyms Meilisearch allows). Meilisearch's default, `last`, drops words
 * from the end until something matches, so "tra shan tuyet" returned 76 of 127 products (a rice
 * wine fifth) and "nuoc mam" 39, coconut candy among them. Measured on the relevance query set
 * (`npm run bench:relevance`): precision@5 0.71 → 0.86, mean hits 18.9 → 6.8, must-not hits
 * 46 → 3, no query left without results (docs/search.md, "Relevance").
 */
export const MEILISEARCH_SEARCH_PARAMS = {
  matchingStrategy: 'all',
} as const satisfies { matchingStrategy: 'last' | 'all' | 'frequency' };
