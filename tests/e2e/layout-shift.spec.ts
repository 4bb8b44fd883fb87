/**
 * Pages do not move when their scripts arrive late (Lighthouse's cumulative layout shift, at
 * the phone size Lighthouse uses): every script is held back 800 ms, as on a slow network, and
 * the layout shifts the browser reports are summed. The sales points page once revealed its
 * "near me" box from a script and pushed the province list down (CLS 0.106 in Lighthouse).
 */
import { expect, test, type Page } from '@playwright/test';
import { pick, products, salesPoints } from './support/catalogue.ts';
import { cumulativeLayoutShift } from './support/layout-shift.ts';

test.use({ viewport: { width: 412, height: 823 } });

async function loadWithLateScripts(page: Page, path: string): Promise<number> {
  let held = 0;
  await page.route(/\.m?js(\?|$)/, async (route) => {
    held += 1;
    await new Promise((r) => setTimeout(r, 800));
    await route.continue();
  });
  await page.goto(path, { waitUntil: 'load' });
  // Let the late scripts run and whatever they reveal settle.
  await page.waitForTimeout(400);
  expect(held, `${path} loads scripts`).toBeGreaterThan(0);
  return cumulativeLayoutShift(page);
}

test('sales points: the "near me" box is there from the first paint, nothing moves', async ({
  page,
}) => {
  const cls = await loadWithLateScripts(page, '/diem-ban/');
  await expect(page.locator('[data-nearby]')).toBeVisible();
  expect(cls).toBeLessThan(0.01);
});

test('sales points without JavaScript: no "near me" box that could not work', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/diem-ban/');
  await expect(page.locator('[data-nearby]')).toBeHidden();
  await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();
  await context.close();
});

test('product, province and sales points of a province do not move either', async ({ page }) => {
  const product = pick(products(), 'a product', () => true);
  const { province } = pick(salesPoints(), 'a sales point', () => true);
  for (const path of [
    `/san-pham/${product.slug}/`,
    `/tinh/${province}/`,
    `/diem-ban/${province}/`,
  ]) {
    await page.unrouteAll();
    expect(await loadWithLateScripts(page, path), path).toBeLessThan(0.01);
  }
});
