/**
 * The storefront's entry points in a real browser: add to cart from a product page (pack and
 * quantity chosen), a listing card, search results, the shortlist ("all to cart") and a fair
 * page; the cart store (`localStorage['ocop:gio-hang']`) holds exactly what was added and the
 * header's count follows. A producer's "How to order" links are exact, and a product page
 * without JavaScript still shows its packs and how to reach the producer.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readCatalogue } from '../../src/lib/content-files/read-content.ts';
import { allowedNames } from '../../src/lib/english-check/allowed-names.ts';
import { findVietnamese } from '../../src/lib/english-check/vietnamese-text.ts';
import { CONTENT, isListed, products, type ProductEntry } from './support/catalogue.ts';
import { biggestFair, fairProducts } from './support/fairs.ts';

interface Offer {
  sku: string;
  pack: string;
  price: number;
}
type Orderable = ProductEntry & { code: string; offers?: Offer[]; minOrderQuantity?: number };

interface ProducerFile {
  name: string;
  phone?: string;
  zalo?: string;
  email?: string;
  website?: string;
  facebook?: string;
  shops?: { platform: string; url: string }[];
  orders?: {
    accepts: boolean;
    bankTransfer?: { accountNumber: string; accountName: string };
  };
}

const all = () => products() as Orderable[];
const withOffers = () => all().filter((p) => isListed(p) && (p.offers?.length ?? 0) > 0);
const producerFile = (slug: string) =>
  JSON.parse(readFileSync(join(CONTENT, 'producers', `${slug}.json`), 'utf8')) as ProducerFile;

const cartItems = (page: Page) =>
  page.evaluate(
    () =>
      (JSON.parse(localStorage.getItem('ocop:gio-hang') ?? '{"items":[]}') as { items: unknown[] })
        .items,
  );
const headerCount = (page: Page) => page.locator('header [data-cart-count]');

test('product page: choose a pack and a quantity, add, and the cart and header follow', async ({
  page,
}) => {
  const product = withOffers().find((p) => (p.offers?.length ?? 0) > 1)!;
  const second = product.offers![1]!;
  const minimum = product.minOrderQuantity ?? 1;
  await page.goto(`/san-pham/${product.slug}/`);
  const block = page.locator('[data-order-block]');
  await expect(block.getByRole('heading', { name: 'Đặt hàng từ chủ thể' })).toBeVisible();
  await expect(headerCount(page)).toBeHidden();

  await block.getByRole('radio', { name: new RegExp(second.pack) }).check();
  await block.getByLabel('Số lượng').fill(String(minimum + 2));
  await block.getByRole('button', { name: 'Thêm vào giỏ' }).click();

  await expect(block.locator('[data-cart-status]')).toHaveText(
    `Đã thêm ${minimum + 2} × ${second.pack} vào giỏ. Giỏ có ${minimum + 2} sản phẩm.`,
  );
  await expect(headerCount(page)).toHaveText(String(minimum + 2));
  expect(await cartItems(page)).toEqual([
    { code: product.code, sku: second.sku, quantity: minimum + 2 },
  ]);

  // Adding the same pack again adds to its line; the count survives a reload.
  await block.getByLabel('Số lượng').fill(String(minimum));
  await block.getByRole('button', { name: 'Thêm vào giỏ' }).click();
  expect(await cartItems(page)).toEqual([
    { code: product.code, sku: second.sku, quantity: 2 * minimum + 2 },
  ]);
  await page.reload();
  await expect(headerCount(page)).toHaveText(String(2 * minimum + 2));
  await expect(page.locator('header [data-cart-link]')).toHaveAttribute('href', '/gio-hang/');
});

test('product page: a quantity under the minimum order is refused by the form', async ({
  page,
}) => {
  const product = withOffers().find((p) => (p.minOrderQuantity ?? 1) > 1);
  expect(product, 'the sample catalogue has a product with a minimum order').toBeDefined();
  await page.goto(`/san-pham/${product!.slug}/`);
  const block = page.locator('[data-order-block]');
  await expect(block.locator('[data-field="min-order"]')).toHaveText(
    `Đặt tối thiểu ${product!.minOrderQuantity} gói.`,
  );
  await block.getByLabel('Số lượng').fill('1');
  await block.getByRole('button', { name: 'Thêm vào giỏ' }).click();
  expect(await cartItems(page)).toEqual([]);
});

test('listing card: the quick add puts the first pack in the cart', async ({ page }) => {
  const product = withOffers()[0]!;
  await page.goto(`/tinh/${product.province}/`);
  const card = page.locator(`[data-product="${product.slug}"]`);
  // Listings page 24 products: follow "next" until the card is there.
  while ((await card.count()) === 0) await page.locator('a[rel="next"]').first().click();
  await card.getByRole('button', { name: /vào giỏ/ }).click();
  await expect(card.locator('[data-cart-status]')).toContainText('Đã thêm');
  const quantity = product.minOrderQuantity ?? 1;
  expect(await cartItems(page)).toEqual([
    { code: product.code, sku: product.offers![0]!.sku, quantity },
  ]);
  await expect(headerCount(page)).toHaveText(String(quantity));
  if (product.offers!.length > 1)
    await expect(card.getByRole('link', { name: /quy cách/ })).toHaveAttribute(
      'href',
      `/san-pham/${product.slug}/#dat-hang`,
    );
});

test('English search results: the quick add and what the island drew are English', async ({
  page,
}) => {
  // A product whose Vietnamese name the check would flag unmarked on an English page.
  const allowed = allowedNames(await readCatalogue(CONTENT));
  const product = withOffers().find((p) => p.nameEn && allowed.unlisted(p.name).length > 0)!;
  await page.goto(`/en/tim-kiem/?q=${encodeURIComponent(product.code)}`);
  const hit = page.locator(`[data-hit="${product.slug}"]`);
  await hit.getByRole('button', { name: /^\+?\s*Add/ }).click();
  await expect(hit.locator('[data-cart-status]')).toContainText('Added 1 to the cart');
  // The check of the built pages (npm run check:english), over the results as drawn.
  expect(findVietnamese(await page.content(), allowed)).toEqual([]);
});

test('search results: the quick add puts the first pack in the cart', async ({ page }) => {
  const product = withOffers()[1]!;
  await page.goto(`/tim-kiem/?q=${encodeURIComponent(product.code)}`);
  const hit = page.locator(`[data-hit="${product.slug}"]`);
  await hit.getByRole('button', { name: /vào giỏ/ }).click();
  await expect(hit.locator('[data-cart-status]')).toContainText('Đã thêm');
  const quantity = product.minOrderQuantity ?? 1;
  expect(await cartItems(page)).toEqual([
    { code: product.code, sku: product.offers![0]!.sku, quantity },
  ]);
  await expect(headerCount(page)).toHaveText(String(quantity));
});

test('shortlist: all to cart adds each first pack and names what has nothing to order', async ({
  page,
}) => {
  const [a, b] = withOffers();
  const none = all().find((p) => isListed(p) && (p.offers?.length ?? 0) === 0)!;
  await page.goto('/danh-sach/');
  await page.evaluate(
    (codes) => {
      localStorage.setItem('ocop:danh-sach', JSON.stringify(codes));
    },
    [a!.code, none.code, b!.code],
  );
  await page.reload();
  await expect(page.locator('[data-shortlist]')).toHaveAttribute('data-ready', 'true');
  const box = page.locator('[data-cart-all]');
  await box.getByRole('button', { name: 'Thêm tất cả vào giỏ' }).click();
  await expect(box.getByRole('status')).toHaveText(
    `Đã thêm 2 sản phẩm vào giỏ. Chưa có quy cách để đặt: ${none.name}.`,
  );
  expect(await cartItems(page)).toEqual([
    { code: a!.code, sku: a!.offers![0]!.sku, quantity: a!.minOrderQuantity ?? 1 },
    { code: b!.code, sku: b!.offers![0]!.sku, quantity: b!.minOrderQuantity ?? 1 },
  ]);
  await expect(headerCount(page)).toHaveText(
    String((a!.minOrderQuantity ?? 1) + (b!.minOrderQuantity ?? 1)),
  );
});

test('fair page: a booth product is added from its card', async ({ page }) => {
  const fair = biggestFair();
  const product = (fairProducts(fair) as Orderable[]).find((p) => (p.offers?.length ?? 0) > 0)!;
  await page.goto(`/hoi-cho/${fair.slug}/`);
  const card = page.locator(`[data-product="${product.slug}"]`).first();
  await card.getByRole('button', { name: /vào giỏ/ }).click();
  expect(await cartItems(page)).toEqual([
    {
      code: product.code,
      sku: product.offers![0]!.sku,
      quantity: product.minOrderQuantity ?? 1,
    },
  ]);
  await expect(headerCount(page)).toHaveText(String(product.minOrderQuantity ?? 1));
});

test('producer page opens with How to order, its links exact', async ({ page }) => {
  const product = withOffers().find((p) => {
    const f = producerFile(p.producer);
    return f.phone && f.zalo && f.orders?.bankTransfer;
  })!;
  const file = producerFile(product.producer);
  await page.goto(`/chu-the/${product.producer}/`);
  const how = page.locator('[data-how-to-order]');
  await expect(how.getByRole('heading', { name: 'Cách đặt hàng' })).toBeVisible();
  // It comes before the story and the products.
  const first = await page.locator('main h2').first().textContent();
  expect(first?.trim()).toBe('Cách đặt hàng');

  const digits = (s: string) => s.replace(/\D/g, '');
  const national = (s: string) => {
    const d = digits(s);
    return d.startsWith('84') ? `0${d.slice(2)}` : d;
  };
  await expect(how.locator('[data-channel="tel"]')).toHaveAttribute(
    'href',
    `tel:+84${national(file.phone!).slice(1)}`,
  );
  await expect(how.locator('[data-channel="zalo"]')).toHaveAttribute(
    'href',
    `https://zalo.me/${national(file.zalo!)}`,
  );
  if (file.email)
    await expect(how.locator('[data-channel="email"]')).toHaveAttribute(
      'href',
      `mailto:${file.email}`,
    );
  for (const shop of file.shops ?? [])
    await expect(how.locator(`[data-shop="${shop.platform}"]`)).toHaveAttribute('href', shop.url);
  await expect(how.locator('[data-field="accepts"]')).toHaveAttribute(
    'data-accepts',
    String(file.orders!.accepts),
  );
  await expect(how.locator('[data-field="account-number"]')).toHaveText(
    file.orders!.bankTransfer!.accountNumber,
  );
  await expect(how.locator('[data-field="bank-transfer"]')).toContainText(
    file.orders!.bankTransfer!.accountName,
  );
});

test('a producer with no published terms says so and shows what is known', async ({ page }) => {
  const product = all().find((p) => isListed(p) && !producerFile(p.producer).orders);
  expect(product, 'the sample catalogue has a producer without terms').toBeDefined();
  await page.goto(`/chu-the/${product!.producer}/`);
  await expect(page.locator('[data-how-to-order] [data-field="nothing-published"]')).toBeVisible();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a product page still shows its packs, prices and how to reach the producer', async ({
    page,
  }) => {
    const product = withOffers()[0]!;
    const file = producerFile(product.producer);
    await page.goto(`/san-pham/${product.slug}/`);
    const block = page.locator('[data-order-block]');
    for (const offer of product.offers!) await expect(block).toContainText(offer.pack);
    await expect(block.locator('[data-field="offer-price"]')).toHaveCount(product.offers!.length);
    await expect(block.getByRole('button', { name: 'Thêm vào giỏ' })).toBeHidden();
    await expect(block.getByRole('link', { name: 'Cách đặt hàng của chủ thể →' })).toHaveAttribute(
      'href',
      `/chu-the/${product.producer}/#cach-dat-hang`,
    );
    if (file.phone) await expect(block.locator('a[href^="tel:"]')).toBeVisible();
    await expect(page.locator('header [data-cart-link]')).toBeVisible();
  });
});
