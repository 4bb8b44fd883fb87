/**
 * Share images as a link preview sees them: the product and producer pages name their own
 * card in `og:image` (absolute, versioned), and the card is served as a 1200 × 630 JPEG.
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
  const image = await sharp(await response.body()).metadata();
  expect(image).toMatchObject({ format: 'jpeg', width: 1200, height: 630 });
  return url;
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
  const file = `/og/p/${product.code}.jpg`;
  await page.goto(`/san-pham/${product.slug}/`);
  const vi = await expectShareImage(page, request, file, product.name);
  await page.goto(`/en/san-pham/${product.slug}/`);
  // One (Vietnamese) card; its description names the product in the page's language.
  const en = await expectShareImage(page, request, file, product.nameEn ?? product.name);
  expect(en, 'one card serves both languages').toBe(vi);
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
    expect((await request.get(new URL(src).pathname)).status()).toBe(200);
  }
});

test('a producer page shares its own 1200 × 630 card', async ({ page, request }) => {
  const producer = pick(
    producers() as WithCode<ReturnType<typeof producers>[number]>[],
    'producer',
    () => true,
  );
  await page.goto(`/chu-the/${producer.slug}/`);
  await expectShareImage(page, request, `/og/c/${producer.code}.jpg`, producer.name);
});

test("a page without a card of its own shares the site's card", async ({ page, request }) => {
  await page.goto('/');
  const url = new URL(await meta(page, 'property', 'og:image'));
  expect(url.pathname).toBe('/og-default.png');
  expect(await meta(page, 'property', 'og:image:width')).toBe('1200');
  const response = await request.get(url.pathname);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toMatch(/^image\/png/);
  const image = await sharp(await response.body()).metadata();
  expect(image).toMatchObject({ format: 'png', width: 1200, height: 630 });
});
