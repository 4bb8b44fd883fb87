/**
 * The English interface under /en/: language, navigation, the switch between the two
 * languages, and the hreflang/canonical links that tie each pair of pages together.
 */
import { expect, test, type Page } from '@playwright/test';
import { isListed, pick, products } from './support/catalogue.ts';
import { hreflangAlternates, jsonLdBlocks, pathOf } from './support/pages.ts';

const product = () => pick(products(), 'listed product', isListed);

test('/en/ is in English', async ({ page }) => {
  await page.goto('/en/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('OCOP products of Viet Nam');
  const nav = page.getByRole('navigation', { name: 'Main navigation' });
  for (const [name, href] of [
    ['Provinces', '/en/tinh/'],
    ['Categories', '/en/danh-muc/'],
    ['Star levels', '/en/sao/'],
    ['Where to buy', '/en/diem-ban/'],
    ['About OCOP', '/en/gioi-thieu/'],
  ] as const) {
    await expect(nav.getByRole('link', { name, exact: true })).toHaveAttribute('href', href);
  }
  await expect(page.getByRole('region', { name: 'By province' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'By star level' })).toBeVisible();
});

test('the language switch on a product page leads to its English page and back', async ({
  page,
}) => {
  const { slug, name, nameEn } = product();
  await page.goto(`/san-pham/${slug}/`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');

  await page.getByRole('banner').getByText('English', { exact: true }).click();
  await expect(page).toHaveURL(`/en/san-pham/${slug}/`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(nameEn ?? name);
  await expect(
    page.locator('[data-certificate-panel]').getByRole('heading', { name: 'OCOP certificate' }),
  ).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main navigation' })).toBeVisible();

  await page.getByRole('banner').getByText('Tiếng Việt', { exact: true }).click();
  await expect(page).toHaveURL(`/san-pham/${slug}/`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
});

test('an English product page shows its English text, the certified name marked Vietnamese', async ({
  page,
}) => {
  const entry = pick(
    products(),
    'listed product with English text',
    (p) => isListed(p) && !!p.nameEn && !!p.descriptionEn && !!p.packagingEn,
  );
  await page.goto(`/en/san-pham/${entry.slug}/`);
  const h1 = page.getByRole('heading', { level: 1 });
  await expect(h1).toHaveText(entry.nameEn!);
  await expect(h1).not.toHaveAttribute('lang', /./);
  await expect(page.locator('[data-certified-name]')).toHaveAttribute('lang', 'vi');
  await expect(page.locator('[data-certified-name]')).toHaveText(entry.name);
  const about = page.getByRole('region', { name: 'About this product' });
  await expect(about.getByText(entry.descriptionEn!, { exact: true })).toBeVisible();
  await expect(page.getByText(entry.packagingEn!, { exact: true })).toBeVisible();
  await expect(page.locator('[data-in-vietnamese]')).toHaveCount(0);
  const ld = (await jsonLdBlocks(page)).find((b) => b['@type'] === 'Product');
  expect(ld).toMatchObject({
    name: entry.nameEn,
    alternateName: entry.name,
    description: entry.descriptionEn,
  });
});

test('the language switch is named by what it shows (WCAG 2.5.3 label in name)', async ({
  page,
}) => {
  for (const [path, shown] of [
    ['/en/', 'Tiếng Việt'],
    ['/', 'English'],
  ] as const) {
    await page.goto(path);
    const link = page.getByRole('banner').getByText(shown, { exact: true });
    await expect(link).toHaveAccessibleName(new RegExp(shown, 'i'), { timeout: 1_000 });
  }
});

async function canonical(page: Page): Promise<string> {
  const links = page.locator('link[rel="canonical"]');
  await expect(links).toHaveCount(1);
  const href = await links.getAttribute('href');
  expect(href, 'canonical URL is absolute').toMatch(/^https?:\/\//);
  return href!;
}

for (const [what, vi] of [
  ['home', '/'],
  ['product', 'product'],
  ['province', '/tinh/hung-yen/'],
] as const) {
  test(`hreflang vi/en/x-default and canonical tie the two ${what} pages together`, async ({
    page,
  }) => {
    const viPath = vi === 'product' ? `/san-pham/${product().slug}/` : vi;
    const enPath = `/en${viPath}`;

    await page.goto(viPath);
    const fromVi = await hreflangAlternates(page);
    const viCanonical = await canonical(page);
    await page.goto(enPath);
    const fromEn = await hreflangAlternates(page);
    const enCanonical = await canonical(page);

    for (const alternates of [fromVi, fromEn]) {
      expect(Object.keys(alternates).sort()).toEqual(['en', 'vi', 'x-default']);
      expect(pathOf(alternates['vi']!)).toBe(viPath);
      expect(pathOf(alternates['en']!)).toBe(enPath);
      expect(pathOf(alternates['x-default']!)).toBe(viPath);
    }
    // Each page names the other, by the same absolute URLs, and itself as canonical.
    expect(fromEn).toEqual(fromVi);
    expect(viCanonical).toBe(fromVi['vi']);
    expect(enCanonical).toBe(fromVi['en']);
  });
}

test('sales points give their opening hours in English words on /en/', async ({ page }) => {
  await page.goto('/en/diem-ban/ha-noi/');
  const hours = page
    .locator('[data-sales-point]')
    .first()
    .getByText(/^(Daily|Open 24 hours|Mon)/);
  await expect(hours).toBeVisible();
  await expect(hours).not.toHaveAttribute('lang', 'vi');
  await expect(page.locator('[data-sales-point]').getByText(/hằng ngày/i)).toHaveCount(0);
});

test('a producer address names its province once, in both languages', async ({ page }) => {
  for (const [path, label] of [
    ['/chu-the/htx-son-tra/', 'Địa chỉ'],
    ['/en/chu-the/htx-son-tra/', 'Address'],
  ] as const) {
    await page.goto(path);
    const address = page.locator('dt', { hasText: label }).locator('+ dd');
    const text = (await address.textContent())!.trim();
    expect(text.split('Tuyên Quang').length - 1, text).toBe(1);
    expect(text).not.toContain('( ');
  }
});
