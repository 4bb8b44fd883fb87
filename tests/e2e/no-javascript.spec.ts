/**
 * Without JavaScript the site still works: the certificate panel shows its status as of the
 * build day (and says which day), links take people where they go, and the search page (which
 * cannot read the words without a script) leads on to the browse pages.
 */
import { expect, test } from '@playwright/test';
import {
  currentCertification,
  expectedState,
  formatViDate,
  formerProvince,
  hasUnambiguousCurrent,
  pick,
  producers,
  products,
  province,
  STATUS_LABEL_VI,
} from './support/catalogue.ts';

test.use({ javaScriptEnabled: false });

const product = () => {
  const built = new Set(producers().map((p) => p.slug));
  return pick(products(), 'product with a built producer page', (p) => {
    return hasUnambiguousCurrent(p) && built.has(p.producer);
  });
};

test('the product page shows the certificate panel with the build-day status', async ({ page }) => {
  const p = product();
  await page.goto(`/san-pham/${p.slug}/`);

  const panel = page.locator('[data-certificate-panel]');
  await expect(panel).toBeVisible();
  await expect(panel.locator('[data-field="decision"]')).toHaveText(
    currentCertification(p).decision,
  );

  // The status is the one for the day of the build, which the footer states.
  const built = await page.locator('footer time[datetime]').getAttribute('datetime');
  expect(built).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  const state = expectedState(currentCertification(p), built!);
  const badge = panel.locator('[data-cert-status]');
  await expect(badge).toHaveAttribute('data-state', state);
  await expect(badge.locator('[data-label]:visible')).toHaveCount(1);
  await expect(badge.locator('[data-label]:visible')).toHaveText(STATUS_LABEL_VI[state]);
  await expect(panel.locator('[data-status-date]')).toContainText(formatViDate(built!));

  // The certification history opens without script too.
  const history = panel.locator('details');
  if ((await history.count()) > 0) {
    await history.locator('summary').click();
    await expect(history.locator('ol')).toBeVisible();
  }
});

test('links work without JavaScript', async ({ page }) => {
  const p = product();
  const producer = producers().find((x) => x.slug === p.producer)!;
  await page.goto(`/san-pham/${p.slug}/`);

  await page.getByRole('main').getByRole('link', { name: producer.name, exact: true }).click();
  await expect(page).toHaveURL(`/chu-the/${producer.slug}/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(producer.name);

  await page
    .getByRole('navigation', { name: 'Điều hướng chính' })
    .getByRole('link', { name: 'Tỉnh, thành' })
    .click();
  await expect(page).toHaveURL('/tinh/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  await page.getByRole('banner').getByText('English', { exact: true }).click();
  await expect(page).toHaveURL('/en/tinh/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('the home search form lands on a search page that leads on, without JavaScript', async ({
  page,
  request,
}) => {
  // Words that name a former province: the page cannot read them, but its lookup finds them.
  const merged = formerProvince('hai-duong');
  expect(merged.successor, 'Hải Dương was merged into another province').not.toBe(merged.slug);
  await page.goto('/');
  const form = page.getByRole('main').getByRole('search');
  await form.getByRole('searchbox').fill(merged.name);
  const [response] = await Promise.all([
    page.waitForResponse((r) => new URL(r.url()).pathname === '/tim-kiem/'),
    form.getByRole('button', { name: 'Tìm' }).click(),
  ]);
  expect(response.status()).toBe(200);
  await expect(page).toHaveURL(/\/tim-kiem\/\?q=/);

  const lookup = page.locator('[data-search-no-script]');
  await expect(lookup).toBeVisible();
  await expect(lookup.getByRole('heading', { level: 2 })).toHaveText(
    'Trang tìm kiếm cần JavaScript',
  );

  // Every link of the lookup answers 200.
  const hrefs = await lookup
    .getByRole('link')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  expect(hrefs.length).toBeGreaterThan(34 + 6 + 3);
  for (const href of new Set(hrefs)) {
    expect((await request.get(href)).status(), href).toBe(200);
  }

  // The former province's name is on the page, beside the 2025 province it belongs to.
  const successor = province(merged.successor);
  const item = lookup.getByRole('listitem').filter({ hasText: merged.name });
  await expect(item.first()).toContainText(successor.name);
  await item.first().getByRole('link', { name: successor.name, exact: true }).click();
  await expect(page).toHaveURL(`/tinh/${merged.successor}/`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(successor.name);
});

test('the English search page without JavaScript offers the same lookup in English', async ({
  page,
}) => {
  const response = await page.goto('/en/tim-kiem/?q=fish+sauce');
  expect(response?.status()).toBe(200);
  const lookup = page.locator('[data-search-no-script]');
  await expect(lookup.getByRole('heading', { level: 2 })).toHaveText('Search needs JavaScript');
  await lookup
    .getByRole('link', { name: 'Soy/bean sauces, fish sauce, other liquid condiments' })
    .click();
  await expect(page).toHaveURL('/en/danh-muc/tuong-nuoc-mam-gia-vi-long/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});
