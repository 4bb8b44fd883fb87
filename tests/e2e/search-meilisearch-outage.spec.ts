/**
 * Meilisearch stops mid-visit: its process is killed while the search page is open. The next
 * search must still give results, from the server-less index, with the notice saying so: not a
 * blank page. Runs in its own project, after every other test that needs Meilisearch
 * (`dependencies` in playwright.config.ts), because it leaves no Meilisearch behind.
 */
import { products, province } from './support/catalogue.ts';
import { expect, meilisearchAnswers, test } from './support/meilisearch-fixtures.ts';
import {
  isFallbackFile,
  productsNamed,
  refinementPair,
  SearchPage,
  searching,
  watchSearchTraffic,
} from './support/search-page.ts';

test('when Meilisearch is killed mid-visit, search goes on from the server-less index', async ({
  page,
  meilisearch,
}) => {
  const search = new SearchPage(page);
  const traffic = watchSearchTraffic(page);
  const banhCay = productsNamed('banh cay');
  const duong = products().find((p) => p.name === 'Đường hoa dừa');
  expect(duong, '"Đường hoa dừa" in the catalogue').toBeDefined();

  // Meilisearch answers first.
  await searching(page, 'meilisearch', () => search.open());
  await searching(page, 'meilisearch', () => search.box.fill('banh cay'));
  await expect
    .poll(async () => (await search.slugs()).slice(0, banhCay.length).sort())
    .toEqual(banhCay.map((p) => p.slug).sort());
  await expect(search.fallbackNotice).toHaveCount(0);
  expect(traffic.fallback, 'nothing from the server-less index yet').toEqual([]);

  // Kill it (no shutdown: a crash) and make sure it is gone.
  process.kill(meilisearch.pid, 'SIGKILL');
  await expect.poll(() => meilisearchAnswers(meilisearch.host)).toBe(false);

  const failed = page.waitForEvent('requestfailed', (r) => /multi-search/.test(r.url()));
  const fromFallback = page.waitForRequest(isFallbackFile);
  await search.box.fill('duong');
  await failed;
  await fromFallback;
  await expect(search.fallbackNotice).toBeVisible();
  await expect(search.fallbackNotice).toContainText('chỉ mục dự phòng');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(search.hits.first()).toHaveAttribute('data-hit', duong!.slug);
  await expect(search.stats).toHaveText(/^[1-9]\d* sản phẩm/);

  // The page keeps working on the server-less index: refine, and the URL still follows.
  const pair = refinementPair();
  await search.box.fill('');
  await expect(page).toHaveURL('/tim-kiem/');
  const box = await search.facetValue('Tỉnh, thành', province(pair.province).name);
  await box.check();
  await expect(page).toHaveURL(new RegExp(`[?&]tinh=${pair.province}(&|$)`));
  const inProvince = products().filter((p) => p.province === pair.province);
  await expect
    .poll(() => search.slugs())
    .toEqual(expect.arrayContaining(inProvince.map((p) => p.slug)));
  await expect(search.fallbackNotice).toBeVisible();
  expect(traffic.fallback.length).toBeGreaterThan(0);
});
