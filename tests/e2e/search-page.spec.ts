/**
 * The search page as a new visitor meets it, on the plain build (server-less index): Back and
 * Forward, filters read from the address, no count before the first answer, result cards. The
 * same journeys run against Meilisearch in `search-page-meilisearch.spec.ts`.
 */
import { test } from '@playwright/test';
import { expectEngine, expectPlainBuild, watchSearchTraffic } from './support/search-page.ts';
import {
  checkBackAndForward,
  checkNoLayoutShift,
  checkNoZeroFlash,
  checkOneBackLeaves,
  checkResultCards,
  checkUrlFilters,
} from './support/search-page-journeys.ts';

test.beforeEach(async ({ request }) => {
  await expectPlainBuild(request);
});

for (const path of ['/tim-kiem/?q=banh+cay', '/tim-kiem/']) {
  test(`one Back press leaves the search page: ${path}`, async ({ page }) => {
    const traffic = watchSearchTraffic(page);
    await checkOneBackLeaves(page, 'fallback', path);
    expectEngine(traffic, 'fallback');
  });
}

test('Back and Forward restore the page, the words, the stars and the sort', async ({ page }) => {
  const traffic = watchSearchTraffic(page);
  await checkBackAndForward(page, 'fallback');
  expectEngine(traffic, 'fallback');
});

for (const locale of ['vi', 'en'] as const) {
  test(`a former province in the address becomes its 2025 province, unknown values go (${locale})`, async ({
    page,
  }) => {
    const traffic = watchSearchTraffic(page);
    await checkUrlFilters(page, 'fallback', locale);
    expectEngine(traffic, 'fallback');
  });
}

for (const path of ['/tim-kiem/', '/tim-kiem/?q=banh+cay', '/en/tim-kiem/?sao=5']) {
  test(`no "0 products" before the first answer (${path})`, async ({ page }) => {
    await checkNoZeroFlash(page, 'fallback', path);
  });
}

for (const path of ['/tim-kiem/', '/tim-kiem/?tinh=hai-duong&sao=9', '/tim-kiem/?q=xyzzyqvw']) {
  test(`nothing moves while the scripts and the first answer arrive (${path})`, async ({
    page,
  }) => {
    await checkNoLayoutShift(page, 'fallback', path);
  });
}

test('result cards: picture, stars with today’s status, producer and province', async ({
  page,
}) => {
  const traffic = watchSearchTraffic(page);
  await checkResultCards(page, 'fallback');
  expectEngine(traffic, 'fallback');
});
