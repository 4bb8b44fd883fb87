/**
 * axe-core over one page of every template, WCAG 2.2 AA rules; a "serious" or "critical"
 * violation fails. Plus: the home page fits a 375 px wide phone without scrolling sideways.
 */
import { expect, test } from '@playwright/test';
import { expectNoSeriousViolations } from './support/axe.ts';
import {
  categoryPath,
  currentCertification,
  isListed,
  pick,
  producers,
  products,
  salesPoints,
} from './support/catalogue.ts';

/** Template → a path of that template, chosen from the built catalogue. */
function pagesToCheck(): [string, string, number][] {
  const product = pick(products(), 'listed product', isListed);
  const producer = pick(producers(), 'producer', () => true);
  const point = pick(salesPoints(), 'sales point', () => true);
  const path = categoryPath(product.category);
  const group = path[0]!;
  const leaf = path.at(-1)!;
  return [
    ['home', '/', 200],
    ['product', `/san-pham/${product.slug}/`, 200],
    ['producer', `/chu-the/${producer.slug}/`, 200],
    ['province', `/tinh/${product.province}/`, 200],
    ['former province', '/tinh/thai-binh/', 200],
    ['category group', `/danh-muc/${group.slug}/`, 200],
    ['category leaf', `/danh-muc/${leaf.slug}/`, 200],
    ['star level', `/sao/${String(currentCertification(product).stars)}/`, 200],
    ['sales points', '/diem-ban/', 200],
    ['sales points of a province', `/diem-ban/${point.province}/`, 200],
    ['about', '/gioi-thieu/', 200],
    ['404', '/khong-co-trang-nay/', 404],
    ['English home', '/en/', 200],
  ];
}

for (const [template, path, status] of pagesToCheck()) {
  test(`axe: ${template} (${path}) has no serious or critical violation`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(status);
    await expectNoSeriousViolations(page, path);
  });
}

test.describe('on a 375×667 phone', () => {
  test.use({ viewport: { width: 375, height: 667 } });

  for (const [what, path] of [
    ['home page', '/'],
    ['product page', 'product'],
  ] as const) {
    test(`the ${what} does not scroll sideways`, async ({ page }) => {
      await page.goto(
        path === 'product' ? `/san-pham/${pick(products(), 'product', isListed).slug}/` : path,
      );
      const { scrollWidth, clientWidth } = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        clientWidth: document.documentElement.clientWidth,
      }));
      expect(scrollWidth, 'page width at a 375 px viewport').toBeLessThanOrEqual(clientWidth);
    });
  }
});
