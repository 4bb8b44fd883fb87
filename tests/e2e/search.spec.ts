/**
 * The search page on the plain build (`dist/`, no Meilisearch configured): every search is
 * answered by the server-less index in `dist/search/fallback/`. The same scenarios run against
 * Meilisearch in `search-meilisearch.spec.ts`.
 */
import { expect, test } from '@playwright/test';
import {
  checkPaging,
  checkRefineShareAndBack,
  checkSortByName,
  checkTypedQueries,
  expectEngine,
  expectPlainBuild,
  productsNamed,
  SearchPage,
  watchSearchTraffic,
} from './support/search-page.ts';

test.beforeEach(async ({ request }) => {
  await expectPlainBuild(request);
});

test('typing "banh cay" and "duong" finds them; a word that matches nothing shows the empty state', async ({
  page,
}) => {
  const traffic = watchSearchTraffic(page);
  await checkTypedQueries(page, 'fallback');
  expectEngine(traffic, 'fallback');
});

test('province and stars checkboxes go into the URL, which shares and goes Back', async ({
  page,
  browser,
}) => {
  const traffic = watchSearchTraffic(page);
  await checkRefineShareAndBack(page, browser, 'fallback');
  expectEngine(traffic, 'fallback');
  await expect(new SearchPage(page).fallbackNotice).toHaveCount(0);
});

test('sorting by name puts names in Vietnamese alphabetical order', async ({ page }) => {
  const traffic = watchSearchTraffic(page);
  await checkSortByName(page, 'fallback');
  expectEngine(traffic, 'fallback');
});

test('an empty query lists every product over pages of 24', async ({ page }) => {
  const traffic = watchSearchTraffic(page);
  await checkPaging(page, 'fallback');
  expectEngine(traffic, 'fallback');
});

test('the English search page finds products, names them in English and links to their English pages', async ({
  page,
}) => {
  const [first] = productsNamed('banh cay');
  expect(first, 'a "Bánh cáy" product in the catalogue').toBeDefined();
  const search = new SearchPage(page);
  await search.open('/en/tim-kiem/?q=banh+cay');
  await expect(search.stats).toHaveText(/^\d+ products?\b/);
  await expect(search.hits.first()).toBeVisible();
  // English pages show the English name where the product has one.
  const link = search.hits.getByRole('link', { name: first!.nameEn ?? first!.name });
  await expect(link).toHaveAttribute('href', `/en/san-pham/${first!.slug}/`);
  await link.click();
  await expect(page).toHaveURL(`/en/san-pham/${first!.slug}/`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});
