/**
 * axe-core (WCAG 2.0/2.1/2.2 A and AA rules) on the search page with results on screen, on a
 * desktop and on a 375×667 phone with the filter drawer open: no serious or critical violation.
 */
import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousViolations } from './support/axe.ts';
import { productsNamed, SearchPage } from './support/search-page.ts';

/** Results on screen: a query with hits, and a refinement so the chips show too. */
async function openWithResults(page: Page, path: string) {
  const search = new SearchPage(page);
  await search.open(path);
  await expect(search.hits.first()).toBeVisible();
  expect(await search.total()).toBeGreaterThanOrEqual(productsNamed('banh cay').length);
  return search;
}

for (const path of ['/tim-kiem/?q=banh+cay', '/en/tim-kiem/?q=banh+cay']) {
  test(`axe: the search page with results (${path}) has no serious or critical violation`, async ({
    page,
  }) => {
    await openWithResults(page, path);
    await expectNoSeriousViolations(page, path);
  });
}

test.describe('on a 375×667 phone', () => {
  test.use({ viewport: { width: 375, height: 667 } });

  test('axe: the open filter drawer has no serious or critical violation', async ({ page }) => {
    const search = await openWithResults(page, '/tim-kiem/?q=banh+cay');
    const drawer = page.getByRole('complementary', { name: 'Bộ lọc' });
    const open = page.getByRole('button', { name: 'Bộ lọc' });
    await expect(drawer).toBeHidden();
    await expect(open).toHaveAttribute('aria-expanded', 'false');
    await open.click();
    await expect(drawer).toBeVisible();
    await expect(open).toHaveAttribute('aria-expanded', 'true');
    await expect(drawer.getByRole('group', { name: 'Tỉnh, thành' })).toBeVisible();
    await expectNoSeriousViolations(page, 'the search page with the filter drawer open');

    // The drawer covers the screen and closes again on its own button.
    const box = await drawer.boundingBox();
    expect(box?.width).toBeGreaterThanOrEqual(375 - 1);
    await drawer.getByRole('button', { name: 'Xem kết quả' }).click();
    await expect(drawer).toBeHidden();
    await expect(search.hits.first()).toBeVisible();
  });

  test('the search page does not scroll sideways', async ({ page }) => {
    await openWithResults(page, '/tim-kiem/?q=banh+cay');
    const { scrollWidth, clientWidth } = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      clientWidth: document.documentElement.clientWidth,
    }));
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
  });
});
