/**
 * Share images as a link preview sees them: the product, producer and check (`/p/<code>/`)
 * pages name their own card in the page's language in `og:image` (absolute, versioned), and
 * the card is served as a 1200 × 630 JPEG; the product photo named in JSON-LD is whole.
 */
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import sharp from 'sharp';
import { pick, producers, products } from './support/catalogue.ts';
import { jsonLdBlocks, type JsonObject } from './support/pages.ts';

type WithCode<T> = T & { code: string; images?: { src: string }[] };

async function meta(page: Page, attr: 'property' | 'name', key: string): Promise<string> {
  const tag = page.locator(`meta[${attr}="${key}"]`);
  await expect(tag, `<meta ${attr}="${key}">`).toHaveCount(1);
  return (await tag.getAttribute('content')) ?? '';
}

/** Checks the page's share-image meta and the image itself; returns the og:image URL. */
async function expectShareImage(
  page: Page,
  request: APIRequestContext,
  file: string,
  name: string,
): Promise<string> {
  return (await shareImage(page, request, file, name)).url;
}

/** The same checks; returns the og:image URL and the card's bytes. */
async function shareImage(
  page: Page,
  request: APIRequestContext,
  file: string,
  name: string,
): Promise<{ url: string; bytes: Buffer }> {
  const url = await meta(page, 'property', 'og:image');
  expect(url, 'og:image is absolute').toMatch(/^https?:\/\//);
  const parsed = new URL(url);
  expect(parsed.pathname).toBe(file);
  expect(parsed.search, 'versioned for social caches').toMatch(/^\?v=[0-9a-f]{8}$/);
  expect(await meta(page, 'property', 'og:image:width')).toBe('1200');
  expect(await meta(page, 'property', 'og:image:height')).toBe('630');
  expect(await meta(page, 'property', 'og:image:alt')).toContain(name);
  expect(await meta(page, 'name', 'twitter:card')).toBe('summary_large_image');
  expect(await meta(page, 'name', 'twitter:image')).toBe(url);

  const response = await request.get(parsed.pathname + parsed.search);
  expect(response.status(), `GET ${parsed.pathname}`).toBe(200);
  expect(response.headers()['content-type']).toMatch(/^image\/jpeg/);
  const bytes = await response.body();
  const image = await sharp(bytes).metadata();
  expect(image).toMatchObject({ format: 'jpeg', width: 1200, height: 630 });
  return { url, bytes };
}

test('a product page shares its own 1200 × 630 card, in both languages', async ({
  page,
  request,
}) => {
  const product = pick(
    products() as WithCode<ReturnType<typeof products>[number]>[],
    'product without a photo',
    (p) => !p.images?.length,
  );
  await page.goto(`/san-pham/${product.slug}/`);
  const vi = await shareImage(page, request, `/og/p/${product.code}.jpg`, product.name);
  await page.goto(`/en/san-pham/${product.slug}/`);
  // Its own English card, described in English.
  const en = await shareImage(
    page,
    request,
    `/og/en/p/${product.code}.jpg`,
    product.nameEn ?? product.name,
  );
  expect(await meta(page, 'property', 'og:image:alt')).toMatch(/OCOP \d stars · /);
  expect(en.bytes.equals(vi.bytes), 'the English card is another drawing').toBe(false);
});

test("a product's check page /p/<code>/ previews with the product's card, in both languages", async ({
  page,
  request,
}) => {
  const product = pick(
    products() as WithCode<ReturnType<typeof products>[number]>[],
    'product',
    () => true,
  );
  await page.goto(`/san-pham/${product.slug}/`);
  const productCard = await meta(page, 'property', 'og:image');
  await page.goto(`/p/${product.code}/`);
  const vi = await expectShareImage(page, request, `/og/p/${product.code}.jpg`, product.name);
  expect(vi, "the product page's own card and version").toBe(productCard);
  await page.goto(`/en/p/${product.code}/`);
  await expectShareImage(
    page,
    request,
    `/og/en/p/${product.code}.jpg`,
    product.nameEn ?? product.name,
  );
});

test('a product with a photo shares its card; its JSON-LD keeps the photo', async ({
  page,
  request,
}) => {
  const product = pick(
    products() as WithCode<ReturnType<typeof products>[number]>[],
    'product with a photo',
    (p) => Boolean(p.images?.length),
  );
  await page.goto(`/san-pham/${product.slug}/`);
  await expectShareImage(page, request, `/og/p/${product.code}.jpg`, product.name);
  const ld = (await jsonLdBlocks(page)).find((b) => b['@type'] === 'Product') as JsonObject;
  const images = ld['image'] as string[];
  expect(images.length).toBeGreaterThan(0);
  for (const src of images) {
    expect(src, 'a photo of the product, not the share card').not.toContain('/og/');
    const response = await request.get(new URL(src).pathname);
    expect(response.status()).toBe(200);
    // Whole, at the photo's own proportions: a 1200 × 630 crop cut off the foot of the
    // sample illustrations, their caption ("Ảnh minh họa · dữ liệu mẫu") and the name.
    const photo = await sharp(await response.body()).metadata();
    expect(photo.width).toBe(1200);
    expect(photo.height).toBe(900);
  }
});

test('a producer page shares its own 1200 × 630 card', async ({ page, request }) => {
  const producer = pick(
    producers() as WithCode<ReturnType<typeof producers>[number]>[],
    'producer',
    () => true,
  );
  await page.goto(`/chu-the/${producer.slug}/`);
  const vi = await shareImage(page, request, `/og/c/${producer.code}.jpg`, producer.name);
  await page.goto(`/en/chu-the/${producer.slug}/`);
  const en = await shareImage(page, request, `/og/en/c/${producer.code}.jpg`, producer.name);
  expect(en.bytes.equals(vi.bytes), 'the English card is another drawing').toBe(false);
});

test("a page without a card of its own shares the site's card, in its language", async ({
  page,
  request,
}) => {
  for (const [home, file] of [
    ['/', '/og-default.png'],
    ['/en/', '/en/og-default.png'],
  ] as const) {
    await page.goto(home);
    const url = new URL(await meta(page, 'property', 'og:image'));
    expect(url.pathname).toBe(file);
    expect(await meta(page, 'property', 'og:image:width')).toBe('1200');
    const response = await request.get(url.pathname);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toMatch(/^image\/png/);
    const image = await sharp(await response.body()).metadata();
    // The drawn card (the site's name, motto and counts), not a bare placeholder.
    expect(image).toMatchObject({ format: 'png', width: 1200, height: 630 });
  }
});
