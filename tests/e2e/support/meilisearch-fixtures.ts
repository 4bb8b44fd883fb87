/**
 * `test` for the specs that run against `dist-meili/`: `baseURL` is where the global setup
 * serves that build, and the `meilisearch` fixture says where the server is and how to stop it.
 */
import { test as base } from '@playwright/test';
import { meilisearchSite, type MeilisearchSite } from './meilisearch-env.ts';

export { expect } from '@playwright/test';

export const test = base.extend<object, { meilisearch: MeilisearchSite }>({
  meilisearch: [
    // eslint-disable-next-line no-empty-pattern -- Playwright requires a destructured argument.
    async ({}, use) => {
      await use(meilisearchSite());
    },
    { scope: 'worker' },
  ],
  baseURL: async ({ meilisearch }, use) => {
    await use(meilisearch.baseURL);
  },
});

/** True while Meilisearch answers `/health`. */
export async function meilisearchAnswers(host: string): Promise<boolean> {
  try {
    return (await fetch(`${host}/health`, { signal: AbortSignal.timeout(1000) })).ok;
  } catch {
    return false;
  }
}
