/**
 * Pre-2025 province names still live on certificates and in people's heads: their URLs say
 * which province they became and lead there.
 */
import { expect, test } from '@playwright/test';
import {
  formerProvince,
  isListed,
  isRenamedFormerProvince,
  products,
  province,
} from './support/catalogue.ts';
import { findProductCard } from './support/pages.ts';

for (const [old, successor] of [
  ['thai-binh', 'hung-yen'],
  ['bac-lieu', 'ca-mau'],
  ['tra-vinh', 'vinh-long'],
] as const) {
  test(`/tinh/${old}/ names ${successor} and leads there`, async ({ page }) => {
    const former = formerProvince(old);
    const current = province(successor);
    expect(former.successor, 'content/provinces.json agrees with this test').toBe(successor);

    const response = await page.goto(`/tinh/${old}/`);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(former.name);

    const notice = page.locator('[data-former-notice]');
    await expect(notice).toBeVisible();
    await expect(notice).toHaveAttribute('data-successor', successor);
    await expect(notice).toContainText(former.name);
    await expect(notice).toContainText(current.name);

    const link = notice.getByRole('link', { name: new RegExp(current.name) });
    await expect(link).toHaveAttribute('href', `/tinh/${successor}/`);
    await link.click();

    await expect(page).toHaveURL(`/tinh/${successor}/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(current.fullName);
    await expect(page.locator('[data-former-notice]')).toHaveCount(0);
    // The new province says what it was formed from, naming the old one.
    await expect(page.locator('[data-formed-from]')).toContainText(former.name);
  });
}

test('the English page of a former province names its successor too', async ({ page }) => {
  const response = await page.goto('/en/tinh/thai-binh/');
  expect(response?.status()).toBe(200);
  const notice = page.locator('[data-former-notice]');
  await expect(notice).toContainText('Since 1 July 2025, Thái Bình is part of Hưng Yên');
  await notice.getByRole('link').click();
  await expect(page).toHaveURL('/en/tinh/hung-yen/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('a product certified under a former name is listed on that province’s page', async ({
  page,
}) => {
  const product = products().find(
    (p) =>
      isListed(p) &&
      p.certifications.some((c) => c.formerProvince && isRenamedFormerProvince(c.formerProvince)),
  );
  test.skip(!product, 'no listed product certified under a renamed former province');
  const old = product!.certifications.find(
    (c) => c.formerProvince && isRenamedFormerProvince(c.formerProvince),
  )!.formerProvince!;

  await page.goto(`/tinh/${old}/`);
  const card = await findProductCard(page, product!.slug);
  await expect(card).toBeVisible();

  // And the product page says so, linking to the old name's page.
  await page.goto(`/san-pham/${product!.slug}/`);
  const note = page.locator(`[data-former-province="${old}"]`);
  await expect(note).toContainText(formerProvince(old).name);
  await expect(note.getByRole('link')).toHaveAttribute('href', `/tinh/${old}/`);
});

test('the provinces page counts the former provinces it lists, in both languages', async ({
  page,
}) => {
  for (const path of ['/tinh/', '/en/tinh/']) {
    await page.goto(path);
    const section = page.locator('section[aria-labelledby="former-title"]');
    const listed = await section.getByRole('listitem').count();
    expect(listed).toBeGreaterThan(20);
    await expect(section.locator('h2')).toContainText(`(${listed})`);
    await expect(section.locator('p').first()).toContainText('63');
  }
});
