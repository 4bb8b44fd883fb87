/**
 * "Near me" on `/diem-ban/` of the plain build: the static list of sales points from the
 * server-less index, sorted in the browser. With Meilisearch: `nearby-meilisearch.spec.ts`.
 */
import { expect, test } from '@playwright/test';
import { pick, province } from './support/catalogue.ts';
import { checkNearMe, HANOI, NearbyWidget, points } from './support/nearby.ts';
import { expectPlainBuild } from './support/search-page.ts';

test.beforeEach(async ({ request }) => {
  await expectPlainBuild(request);
});

test.describe('with the location shared', () => {
  test.use({ geolocation: HANOI, permissions: ['geolocation'] });

  test('"Dùng vị trí của tôi" lists the nearest sales points first; a province narrows them', async ({
    page,
  }) => {
    const meilisearch: string[] = [];
    page.on('request', (r) => {
      if (/\/indexes\/[^/]+\/search$/.test(r.url())) meilisearch.push(r.url());
    });
    await checkNearMe(page, 'fallback');
    expect(meilisearch).toEqual([]);
  });
});

test('a province alone lists its sales points; one without any says so', async ({ page }) => {
  const all = points();
  const counts = new Map<string, number>();
  for (const p of all) counts.set(p.province, (counts.get(p.province) ?? 0) + 1);
  const [slug] = pick(
    [...counts.entries()].sort((a, b) => b[1] - a[1]),
    'province with sales points',
    () => true,
  );
  await page.goto('/diem-ban/');
  const widget = new NearbyWidget(page);
  await widget.province.selectOption({ label: province(slug).name });
  const expected = all.filter((p) => p.province === slug).map((p) => p.slug);
  await expect.poll(async () => (await widget.ids()).sort()).toEqual(expected.sort());
  await expect(widget.status).toHaveText(`${expected.length} điểm bán`);
  // No location given: no distances.
  await expect(widget.items.locator('[data-field=distance]').first()).toHaveText('');

  const options = await widget.province
    .locator('option')
    .evaluateAll((els) =>
      els.map((el) => [(el as HTMLOptionElement).value, el.textContent] as const),
    );
  const [, emptyName] = pick(options, 'province without sales points', ([value]) =>
    Boolean(value && !counts.has(value)),
  );
  await widget.province.selectOption({ label: emptyName });
  await expect(widget.items).toHaveCount(0);
  await expect(widget.status).toHaveText('Chưa có điểm bán nào ở đây.');
});

test('a refused location says so and leaves the province list', async ({ page }) => {
  // The default context grants no permission: the browser refuses the position.
  await page.goto('/diem-ban/');
  const widget = new NearbyWidget(page);
  await widget.locate.click();
  await expect(widget.status).toHaveText('Không lấy được vị trí. Hãy chọn tỉnh, thành.');
  await expect(widget.items).toHaveCount(0);
  await expect(widget.province).toBeEnabled();
});

test('on /en/ the listed sales points give their hours in English, marked as English', async ({
  page,
}) => {
  const [first] = points();
  await page.goto('/en/diem-ban/');
  const widget = new NearbyWidget(page);
  await page.locator('[data-nearby]').getByRole('combobox').selectOption(first!.province);
  const hours = widget.items.locator('[data-field=hours]').first();
  await expect(hours).toHaveText(/^(Daily|Open 24 hours|Mon|Tue|Wed|Thu|Fri|Sat|Sun)/);
  await expect(hours).toHaveAttribute('lang', 'en');
});
