/**
 * The search page of the build wired to Meilisearch (`dist-meili/`, set up by
 * `support/meilisearch-setup.ts`): the same scenarios as `search.spec.ts`, with every search
 * request seen going to Meilisearch and none to the server-less index; a Meilisearch that stops
 * answering for 4 s hands over to the server-less index; and the build refuses a key that can
 * write. Stopping Meilisearch altogether is `search-meilisearch-outage.spec.ts`, run last.
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './support/catalogue.ts';
import { expect, test } from './support/meilisearch-fixtures.ts';
import { astroBuild } from './support/meilisearch-setup.ts';
import {
  checkPaging,
  checkRefineShareAndBack,
  checkSortByName,
  checkTypedQueries,
  expectEngine,
  isMeilisearchSearch,
  productsNamed,
  SearchPage,
  watchSearchTraffic,
} from './support/search-page.ts';

test.describe('search with Meilisearch', () => {
  test.afterEach(async ({ page }) => {
    // Still on the search page (the typing scenario ends on a product page).
    if (new URL(page.url()).pathname.endsWith('/tim-kiem/')) {
      await expect(new SearchPage(page).fallbackNotice).toHaveCount(0);
    }
  });

  test('typing "banh cay" and "duong" asks Meilisearch; nothing found shows the empty state', async ({
    page,
  }) => {
    const traffic = watchSearchTraffic(page);
    await checkTypedQueries(page, 'meilisearch');
    expectEngine(traffic, 'meilisearch');
  });

  test('province and stars refine in Meilisearch; the URL shares and goes Back', async ({
    page,
    browser,
  }) => {
    const traffic = watchSearchTraffic(page);
    await checkRefineShareAndBack(page, browser, 'meilisearch');
    expectEngine(traffic, 'meilisearch');
  });

  test('sorting by name asks Meilisearch for Vietnamese alphabetical order', async ({ page }) => {
    const traffic = watchSearchTraffic(page);
    await checkSortByName(page, 'meilisearch');
    expectEngine(traffic, 'meilisearch');
  });

  test('an empty query pages through every product in Meilisearch', async ({ page }) => {
    const traffic = watchSearchTraffic(page);
    await checkPaging(page, 'meilisearch');
    expectEngine(traffic, 'meilisearch');
  });
});

test('a Meilisearch that does not answer within 4 s hands over to the server-less index', async ({
  page,
  meilisearch,
}) => {
  const search = new SearchPage(page);
  const traffic = watchSearchTraffic(page);
  await search.open();
  await expect(search.fallbackNotice).toHaveCount(0);

  // From now on Meilisearch's answers never arrive (the server itself keeps running).
  await page.route(`${meilisearch.host}/**`, () => {});
  const [banhCay] = productsNamed('banh cay');
  const started = Date.now();
  await search.box.fill('banh cay');
  await expect(search.fallbackNotice).toBeVisible({ timeout: 10_000 });
  const waited = Date.now() - started;
  expect(waited, 'handed over after the 4 s timeout, not before').toBeGreaterThanOrEqual(3_500);
  await expect(search.hits.first()).toBeVisible();
  await expect(search.hits.filter({ hasText: banhCay!.name })).toHaveCount(1);
  expect(traffic.fallback.length, 'files of the server-less index fetched').toBeGreaterThan(0);
});

test('the shipped pages hold the search-only key, never the master key', async ({
  meilisearch,
}) => {
  const html = await readFile(join(ROOT, meilisearch.outDir, 'tim-kiem', 'index.html'), 'utf8');
  expect(html).toContain(meilisearch.host);
  expect(html).toContain(meilisearch.searchKey);
  const leaks: string[] = [];
  for (const entry of await readdir(join(ROOT, meilisearch.outDir), {
    recursive: true,
    withFileTypes: true,
  })) {
    if (!entry.isFile() || !/\.(html|js|json|xml|txt)$/.test(entry.name)) continue;
    const file = join(entry.parentPath, entry.name);
    if ((await readFile(file, 'utf8')).includes(meilisearch.masterKey)) leaks.push(file);
  }
  expect(leaks, 'files with the master key').toEqual([]);
});

test('the build refuses the master key as PUBLIC_MEILISEARCH_SEARCH_KEY', async ({
  meilisearch,
}) => {
  test.setTimeout(120_000);
  const outDir = await mkdtemp(join(tmpdir(), 'ocop-unsafe-key-'));
  try {
    const { code, output } = await astroBuild({
      OCOP_OUT_DIR: outDir,
      PUBLIC_MEILISEARCH_HOST: meilisearch.host,
      PUBLIC_MEILISEARCH_SEARCH_KEY: meilisearch.masterKey,
    });
    expect(code, `astro build exit code; output:\n${output}`).not.toBe(0);
    expect(output).toContain('This key must not be shipped to browsers');
    expect(output).toMatch(/allowed to .*add documents to products/);
    expect(await readdir(outDir), 'nothing built').not.toContain('index.html');
  } finally {
    await rm(outDir, { recursive: true, force: true });
  }
});

test('requests to Meilisearch carry the search-only key', async ({ page, meilisearch }) => {
  const search = new SearchPage(page);
  const [request] = await Promise.all([page.waitForRequest(isMeilisearchSearch), search.open()]);
  expect(await request.headerValue('authorization')).toBe(`Bearer ${meilisearch.searchKey}`);
});
