/**
 * A fair's offline pack in Chromium: one visit stores the pack (the page says so), then with
 * no connection at all — the browser offline and the server stopped — the fair page, its
 * search and its product pages (photos included) still work, from the service worker's
 * cache; a link out of the pack opens the offline page (the header's home too) and the header's
 * search opens the fair's own; Cache Storage holds the pack's files and nothing else.
 *
 * Each test serves the build with its own static server (scripts/lib/static-server.ts) so it
 * can stop it: that proves the answers come from the cache, whatever the browser's offline
 * emulation covers.
 */
import { readFileSync } from 'node:fs';
import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { startStaticServer, type StaticServer } from '../../scripts/lib/static-server.ts';
import { DIST } from './support/catalogue.ts';
import { biggestFair, fairProducts, fold } from './support/fairs.ts';

const fair = biggestFair();
const fairPath = `/hoi-cho/${fair.slug}/`;
const manifestPath = `${fairPath}offline.json`;
const manifest = JSON.parse(readFileSync(join(DIST, manifestPath), 'utf8')) as {
  version: string;
  bytes: number;
  urls: string[];
};
/** A product of the fair with a photo, to see a photo load offline. */
const withPhoto = fairProducts(fair).find((p) => (p.images ?? []).length > 0);

// Storing a pack of ~200 files takes a few seconds; more on a busy machine.
test.describe.configure({ timeout: 90_000 });

let server: StaticServer;
test.beforeEach(async () => {
  server = await startStaticServer({ root: DIST, encoding: 'gzip' });
});
test.afterEach(async () => {
  await server.stop();
});

const cachedUrls = (page: Page) =>
  page.evaluate(async () => {
    const urls: string[] = [];
    for (const name of await caches.keys()) {
      for (const request of await (await caches.open(name)).keys()) urls.push(request.url);
    }
    return urls.sort();
  });

async function storePack(page: Page) {
  await page.goto(server.origin + fairPath);
  const status = page.locator('[data-offline-pack]');
  await expect(status).not.toHaveAttribute('data-state', 'storing', { timeout: 60_000 });
  expect(await status.getAttribute('data-error')).toBeNull();
  await expect(status).toHaveAttribute('data-state', 'stored');
  await expect(status).toHaveAttribute('data-version', manifest.version);
  await expect(status).toContainText('Đã lưu để xem khi mất mạng');
  return status;
}

test('after one visit the fair, its search and its products work with no connection', async ({
  page,
  context,
}) => {
  expect(withPhoto, 'a product of the fair with a photo').toBeDefined();
  expect(manifest.urls).toContain(`/san-pham/${withPhoto!.slug}/`);
  await storePack(page);

  // Cache Storage holds exactly the pack: its files and its manifest.
  const pack = [...manifest.urls, manifestPath].map((u) => server.origin + u).sort();
  expect(await cachedUrls(page)).toEqual(pack);

  // No connection at all.
  await context.setOffline(true);
  await server.stop();

  const reload = await page.reload();
  expect(reload?.fromServiceWorker()).toBe(true);
  await expect(page.locator('h1')).toHaveText(fair.name);
  await expect(page.locator('[data-fair-item]')).toHaveCount(fairProducts(fair).length);
  // The page knows its pack is there, offline too.
  await expect(page.locator('[data-offline-pack]')).toHaveAttribute('data-state', 'stored');

  // Search, in the page.
  const expected = fairProducts(fair)
    .filter((p) => /\bbanh cay\b/.test(fold(p.name)))
    .map((p) => p.slug);
  await page.getByRole('searchbox', { name: 'Tìm sản phẩm trong hội chợ' }).fill('banh cay');
  await expect
    .poll(() =>
      page
        .locator('[data-fair-item]:visible [data-product]')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-product'))),
    )
    .toEqual(expected);

  // A product page, by its link on the fair page, with its photo.
  await page.getByRole('searchbox', { name: 'Tìm sản phẩm trong hội chợ' }).fill('');
  await page
    .locator(`[data-product="${withPhoto!.slug}"] a[href$="/san-pham/${withPhoto!.slug}/"]`)
    .click();
  await expect(page).toHaveURL(`${server.origin}/san-pham/${withPhoto!.slug}/`);
  await expect(page.locator('h1')).toHaveText(withPhoto!.name);
  const photo = page.locator('main picture img').first();
  await expect(photo).toBeVisible();
  await expect
    .poll(() => photo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
    .toBeGreaterThan(0);

  // A page outside the pack opened directly: the offline page, not the browser's error page.
  const other = await context.newPage();
  await other.goto(`${server.origin}/tinh/`);
  await expect(other.locator('h1')).toHaveText('⚡ Đang không có mạng');
  await other.close();

  // Browsing offline stored nothing more.
  await page.goto(server.origin + fairPath);
  expect(await cachedUrls(page)).toEqual(pack);
});

test('pages outside a pack are never stored; a new version replaces the old, reusing unchanged files', async ({
  page,
}) => {
  // Browsing before any fair page: the worker is not even registered.
  await page.goto(`${server.origin}/tinh/`);
  expect(await page.evaluate(() => navigator.serviceWorker.getRegistrations())).toHaveLength(0);

  // A pack left by an earlier build: another version, the same bytes for /favicon.svg (its
  // copy is marked, to see that it is reused rather than downloaded), and a file no longer in
  // the pack.
  const oldName = `ocop-fair-pack|${manifestPath}|0000000000000000`;
  await page.evaluate(
    async ({ name, path, old }) => {
      const cache = await caches.open(name);
      await cache.put('/favicon.svg', new Response('<svg id="kept-from-old"/>'));
      await cache.put('/gone/', new Response('old page'));
      await cache.put(path, new Response(JSON.stringify(old)));
    },
    { name: oldName, path: manifestPath, old: { ...manifest, version: '0000000000000000' } },
  );

  await storePack(page);
  expect(await page.evaluate(() => caches.keys())).toEqual([
    `ocop-fair-pack|${manifestPath}|${manifest.version}`,
  ]);
  const favicon = await page.evaluate(async () => (await caches.match('/favicon.svg'))?.text());
  expect(favicon).toBe('<svg id="kept-from-old"/>');

  // Browsing other pages while the worker runs adds nothing to Cache Storage.
  await page.goto(`${server.origin}/tinh/`);
  await page.goto(`${server.origin}/diem-ban/`);
  const after = await cachedUrls(page);
  expect(after).toEqual([...manifest.urls, manifestPath].map((u) => server.origin + u).sort());
});

/** A proxy in front of the static server whose answers can be held back, like a slow network. */
test('offline, links out of the pack open the offline page; the header’s home and search lead back to the fair', async ({
  page,
  context,
}) => {
  await storePack(page);
  await context.setOffline(true);
  await server.stop();
  const offlineTitle = '⚡ Đang không có mạng';
  const backToFair = page.locator(`[data-offline-fair="${fairPath}"] a`).first();

  // From a product page of the pack, a link to its province (not in the pack).
  await page.goto(`${server.origin}/san-pham/${withPhoto!.slug}/`);
  const out = page.locator('main a[href^="/tinh/"]').last();
  const href = (await out.getAttribute('href'))!;
  expect(manifest.urls).not.toContain(href);
  await out.click();
  await expect(page).toHaveURL(server.origin + href);
  await expect(page.locator('h1')).toHaveText(offlineTitle);
  await expect(page.locator('[data-offline-page]')).toContainText('chưa được lưu');
  await expect(backToFair).toHaveText(fair.name);
  await backToFair.click();
  await expect(page).toHaveURL(server.origin + fairPath);
  await expect(page.locator('h1')).toHaveText(fair.name);

  // The header's home link: the offline home, which leads back to the fair.
  await page.locator('body > header a[href="/"]').first().click();
  await expect(page).toHaveURL(`${server.origin}/`);
  await expect(page.locator('h1')).toHaveText(offlineTitle);
  await expect(backToFair).toBeVisible();

  // The header's search box: the fair's own search, with the query.
  const expected = fairProducts(fair)
    .filter((p) => /\bbanh cay\b/.test(fold(p.name)))
    .map((p) => p.slug);
  expect(expected.length).toBeGreaterThan(0);
  const siteSearch = page.locator('body > header input[name="q"]').first();
  await siteSearch.fill('banh cay');
  await siteSearch.press('Enter');
  await expect(page).toHaveURL(`${server.origin}${fairPath}?q=banh%20cay`);
  await expect(page.getByRole('searchbox', { name: 'Tìm sản phẩm trong hội chợ' })).toHaveValue(
    'banh cay',
  );
  await expect
    .poll(() =>
      page
        .locator('[data-fair-item]:visible [data-product]')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-product'))),
    )
    .toEqual(expected);

  // The header's search link, and an English page out of the pack.
  await page.locator('body > header a[href="/tim-kiem/"]:visible').first().click();
  await expect(page).toHaveURL(server.origin + fairPath);
  await expect(page.locator('h1')).toHaveText(fair.name);
  await page.goto(`${server.origin}/en/danh-muc/`);
  await expect(page.locator('h1')).toHaveText('⚡ You are offline');
  await expect(page.locator(`[data-offline-fair="${fairPath}"]`)).toBeVisible();
});

async function slowProxy(target: string) {
  const state = { delayMs: 0 };
  const proxy = createServer((incoming, outgoing) => {
    setTimeout(() => {
      const upstream = request(
        target + (incoming.url ?? '/'),
        { method: incoming.method, headers: incoming.headers },
        (answer) => {
          outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(outgoing);
        },
      );
      upstream.on('error', () => outgoing.destroy());
      incoming.pipe(upstream);
    }, state.delayMs);
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  const { port } = proxy.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    state,
    close: () =>
      new Promise<void>((resolve) => {
        proxy.closeAllConnections();
        proxy.close(() => {
          resolve();
        });
      }),
  };
}

test('on a network that does not answer within 3 s, pack pages come from the cache', async ({
  page,
}) => {
  const proxy = await slowProxy(server.origin);
  try {
    await page.goto(proxy.origin + fairPath);
    await expect(page.locator('[data-offline-pack]')).toHaveAttribute('data-state', 'stored', {
      timeout: 60_000,
    });
    proxy.state.delayMs = 20_000;
    const started = Date.now();
    const response = await page.reload();
    expect(response?.fromServiceWorker()).toBe(true);
    await expect(page.locator('h1')).toHaveText(fair.name);
    // About 3 s of waiting for the network, then the stored page: far less than the 20 s delay.
    expect(Date.now() - started).toBeLessThan(12_000);
  } finally {
    await proxy.close();
  }
});
