/**
 * Where the browser searches, decided at build time from the environment:
 * `PUBLIC_MEILISEARCH_HOST` and `PUBLIC_MEILISEARCH_SEARCH_KEY` (a search-only key; the build
 * refuses one that can write, see `lib/search/meilisearch/keys.ts`). Without them the site uses
 * its server-less index only.
 */
export interface PublicSearchConfig {
  meilisearch: { host: string; searchKey: string } | null;
  fallbackUrl: string;
}

export function publicSearchConfig(env: Record<string, string | undefined>): PublicSearchConfig {
  const host = env['PUBLIC_MEILISEARCH_HOST']?.trim();
  const searchKey = env['PUBLIC_MEILISEARCH_SEARCH_KEY']?.trim();
  return {
    meilisearch: host && searchKey ? { host: host.replace(/\/+$/, ''), searchKey } : null,
    fallbackUrl: '/search/fallback/',
  };
}
