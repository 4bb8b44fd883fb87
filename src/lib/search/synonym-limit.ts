/**
 * Meilisearch matches synonyms on query n-grams of at most three words; the server-less engine
 * expands the same n-grams. Its own module, free of imports, so the browser's engine can read it
 * without the province data `synonyms.ts` builds the table from.
 */
export const MAX_SYNONYM_WORDS = 3;
