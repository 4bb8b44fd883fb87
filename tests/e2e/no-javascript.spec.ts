/**
 * Without JavaScript the site still works: the certificate panel shows its status as of the
 * build day (and says which day), and links take people where they go.
 */
import { expect, test } from '@playwright/test';
import {
  currentCertification,
  expectedState,
  formatViDate,
  hasUnambiguousCurrent,
  pick,
  producers,
  products,
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
