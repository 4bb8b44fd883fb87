/**
 * The relevance bench as a library (the CLI `scripts/bench/relevance.ts` and the integration
 * test call it): index the documents into a Meilisearch with the site's indexer and settings
 * (or a variant of them), ask every query of the set as the page does, and score the answers;
 * the same for the server-less index built in memory. Queries are asked as submitted (the
 * last word whole, as when a query arrives in the address) or, to compare, while typing.
 */
import type { Meilisearch, Settings } from 'meilisearch';
import type { SearchDocuments } from '../../../src/lib/search/documents.ts';
import { indexSearchDocuments } from '../../../src/lib/search/meilisearch/indexer.ts';
import { ensurePublicSearchKey } from '../../../src/lib/search/meilisearch/keys.ts';
import { indexSettings } from '../../../src/lib/search/meilisearch/settings.ts';
import {
  fallbackEngine,
  meilisearchEngine,
  type QueryMode,
  type SearchEngine,
} from './relevance-engines.ts';
import { scoreQuery, summarise, type EngineSummary, type QueryScore } from './relevance-metrics.ts';
import type { RelevanceQuery } from './relevance-queries.ts';

/** A change to the site's Meilisearch setup, to compare with it. */
export interface MeilisearchVariant {
  name: string;
  /** The products index's settings, from the site's. */
  productSettings?: (site: Settings) => Settings;
  /** Search parameters set on every query the page sends (`undefined` removes one). */
  searchParams?: Record<string, unknown>;
}

export const SITE_VARIANT: MeilisearchVariant = { name: 'site' };

export interface EngineRun {
  engine: string;
  scores: QueryScore[];
  summary: EngineSummary;
}

export async function runQueries(
  engine: string,
  search: SearchEngine,
  queries: readonly RelevanceQuery[],
): Promise<EngineRun> {
  const scores: QueryScore[] = [];
  // One at a time: the answers do not depend on order, and the figures stay comparable.
  for (const query of queries) scores.push(scoreQuery(query, await search(query.query)));
  return { engine, scores, summary: summarise(scores) };
}

/**
 * Indexes `documents` into the server `client` talks to (master key) with the site's settings
 * changed by `variant`, then runs the queries through the public search key.
 */
export async function measureMeilisearch(
  client: Meilisearch,
  documents: SearchDocuments,
  queries: readonly RelevanceQuery[],
  variant: MeilisearchVariant = SITE_VARIANT,
  mode: QueryMode = 'submitted',
): Promise<EngineRun> {
  const site = indexSettings();
  const settings = {
    ...site,
    products: variant.productSettings ? variant.productSettings(site.products) : site.products,
  };
  await indexSearchDocuments(client, documents, { settings });
  const key = await ensurePublicSearchKey(client);
  const search = meilisearchEngine(client.config.host, key.key, variant.searchParams, mode);
  const name = variant === SITE_VARIANT ? 'Meilisearch' : `Meilisearch (${variant.name})`;
  return runQueries(mode === 'typing' ? `${name}, typing` : name, search, queries);
}

/** The server-less index of `documents`, as built for the site on `today`. */
export function measureFallback(
  documents: SearchDocuments,
  today: string,
  queries: readonly RelevanceQuery[],
  mode: QueryMode = 'submitted',
): Promise<EngineRun> {
  const name = mode === 'typing' ? 'Server-less, typing' : 'Server-less';
  return runQueries(name, fallbackEngine(documents, today, mode), queries);
}
