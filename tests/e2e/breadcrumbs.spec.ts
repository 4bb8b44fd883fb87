/**
 * Breadcrumbs: a labelled trail from the home page to the current one, in both languages and
 * in the BreadcrumbList structured data.
 */
import { expect, test, type Page } from '@playwright/test';
import { categoryPath, isListed, pick, products } from './support/catalogue.ts';
import { jsonLdBlocks, type JsonObject } from './support/pages.ts';

const product = () => pick(products(), 'listed product', isListed);

async function trail(page: Page, label: string) {
  const nav = page.getByRole('navigation', { name: label });
  await expect(nav).toBeVisible();
  return nav.getByRole('listitem');
}

test('a product page has a trail Home › Categories › group › leaf › product', async ({ page }) => {
  const p = product();
  const path = categoryPath(p.category);
  const categories = [...new Set([path[0]!, path.at(-1)!])];
  await page.goto(`/san-pham/${p.slug}/`);
  const items = await trail(page, 'Đường dẫn');
  await expect(items).toHaveCount(categories.length + 3);
  await expect(items.first().getByRole('link')).toHaveAttribute('href', '/');
  await expect(items.nth(1).getByRole('link')).toHaveText('Danh mục');
  for (const [i, category] of categories.entries()) {
    const link = items.nth(i + 2).getByRole('link');
    await expect(link).toHaveText(category.name);
    await expect(link).toHaveAttribute('href', `/danh-muc/${category.slug}/`);
  }
  const current = items.last().locator('[aria-current="page"]');
  await expect(current).toHaveText(p.name);
});

test('the first crumb is labelled "Trang chủ" / "Home", on the page and in JSON-LD', async ({
  page,
}) => {
  // Guards a bug seen while this suite was written: `home` was defined twice in the strings (now
  // `i18n/ui/site.ts`) and the
  // crumb read "[object Object]", on the page and in the BreadcrumbList.
  const { slug } = product();
  for (const [path, label, home] of [
    [`/san-pham/${slug}/`, 'Đường dẫn', 'Trang chủ'],
    [`/en/san-pham/${slug}/`, 'Breadcrumbs', 'Home'],
  ] as const) {
    await page.goto(path);
    const items = await trail(page, label);
    await expect(items.first().getByRole('link')).toHaveText(home);
    const [crumbs] = (await jsonLdBlocks(page)).filter((b) => b['@type'] === 'BreadcrumbList');
    const first = (crumbs?.['itemListElement'] as JsonObject[] | undefined)?.[0];
    expect(first?.['name']).toBe(home);
  }

  await page.goto('/khong-co-trang-nay/');
  await expect(
    page.locator('main [lang="en"]').getByRole('link', { name: 'Home', exact: true }),
  ).toHaveAttribute('href', '/en/');
});
