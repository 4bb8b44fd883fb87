/**
 * The journeys of `search-page.spec.ts` on the build wired to Meilisearch (`dist-meili/`, set
 * up by `support/meilisearch-setup.ts`): every search goes to Meilisearch, none to the
 * server-less index.
 */
import { test } from './support/meilisearch-fixtures.ts';
import { expectEngine, watchSearchTraffic } from './support/search-page.ts';
import {
  checkBackAndForward,
  checkNoLayoutShift,
  checkNoZeroFlash,
  checkOneBackLeaves,
  checkResultCards,
  checkUrlFilters,
} from './support/search-page-journeys.ts';

for (const path of ['/tim-kiem/?q=banh+cay', '/tim-kiem/']) {
  test(`one Back press leaves the search page (Meilisearch): ${path}`, async ({ page }) => {
    const traffic = watchSearchTraffic(page);
    await checkOneBackLeaves(page, 'meilisearch', path);
    expectEngine(traffic, 'meilisearch');
  });
}

test('Back and Forward restore the page, the words, the stars and the sort (Meilisearch)', async ({
  page,
}) => {
  const traffic = watchSearchTraffic(page);
  await checkBackAndForward(page, 'meilisearch');
  expectEngine(traffic, 'meilisearch');
});

for (const locale of ['vi', 'en'] as const) {
  test(`a former province in the address becomes its 2025 province (Meilisearch, ${locale})`, async ({
    page,
  }) => {
    const traffic = watchSearchTraffic(page);
    await checkUrlFilters(page, 'meilisearch', locale);
    expectEngine(traffic, 'meilisearch');
  });
}

for (const path of ['/tim-kiem/', '/tim-kiem/?q=banh+cay', '/en/tim-kiem/?sao=5']) {
  test(`no "0 products" before the first answer (Meilisearch, ${path})`, async ({ page }) => {
    await checkNoZeroFlash(page, 'meilisearch', path);
  });
}

for (const path of ['/tim-kiem/', '/tim-kiem/?tinh=hai-duong&sao=9', '/tim-kiem/?q=xyzzyqvw']) {
  test(`nothing moves while the scripts and the first answer arrive (Meilisearch, ${path})`, async ({
    page,
  }) => {
    await checkNoLayoutShift(page, 'meilisearch', path);
  });
}

test('result cards: picture, stars with today’s status (Meilisearch)', async ({ page }) => {
  const traffic = watchSearchTraffic(page);
  await checkResultCards(page, 'meilisearch');
  expectEngine(traffic, 'meilisearch');
});
