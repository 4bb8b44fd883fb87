/**
 * What search engines and link previews read: Open Graph and Twitter meta, JSON-LD
 * (a Product certified, never "rated" by customers; breadcrumbs; the producer as an
 * Organization) and the sitemap with its language alternates.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import {
  currentCertification,
  DIST,
  expectedState,
  hasUnambiguousCurrent,
  isListed,
  pick,
  producers,
  products,
  validUntil,
} from './support/catalogue.ts';
import { allKeys, jsonLdBlocks, pathOf, type JsonObject } from './support/pages.ts';

const product = () =>
  pick(products(), 'listed product', (p) => isListed(p) && hasUnambiguousCurrent(p));

const ofType = (blocks: JsonObject[], type: string) => blocks.filter((b) => b['@type'] === type);

test('a product page has Open Graph and Twitter meta', async ({ page, request }) => {
  const { slug, name } = product();
  await page.goto(`/san-pham/${slug}/`);
  const meta = async (attr: 'property' | 'name', key: string) => {
    const tag = page.locator(`meta[${attr}="${key}"]`);
    await expect(tag, `<meta ${attr}="${key}">`).toHaveCount(1);
    const content = await tag.getAttribute('content');
    expect(content?.trim(), `<meta ${attr}="${key}"> has content`).toBeTruthy();
    return content!;
  };
  expect(await meta('property', 'og:type')).toBe('product');
  expect(await meta('property', 'og:title')).toContain(name);
  await meta('property', 'og:description');
  await meta('property', 'og:site_name');
  expect(await meta('property', 'og:locale')).toBe('vi_VN');
  const ogUrl = await meta('property', 'og:url');
  expect(ogUrl).toBe(await page.locator('link[rel="canonical"]').getAttribute('href'));
  expect(pathOf(ogUrl)).toBe(`/san-pham/${slug}/`);
  const ogImage = await meta('property', 'og:image');
  expect(ogImage).toMatch(/^https?:\/\//);
  await meta('property', 'og:image:alt');
  expect(await meta('name', 'twitter:card')).toBe('summary_large_image');
  expect(await meta('name', 'twitter:title')).toContain(name);
  await meta('name', 'twitter:description');
  expect(await meta('name', 'twitter:image')).toBe(ogImage);

  // The preview image is really there (served from this build, whatever the public origin).
  const image = await request.get(pathOf(ogImage));
  expect(image.status(), `og:image ${ogImage}`).toBe(200);
  expect(image.headers()['content-type']).toMatch(/^image\//);
});

test('a product page has JSON-LD: a certified Product and a BreadcrumbList', async ({ page }) => {
  const p = product();
  const cert = currentCertification(p);
  await page.goto(`/san-pham/${p.slug}/`);
  const blocks = await jsonLdBlocks(page);

  const [ld, ...more] = ofType(blocks, 'Product');
  expect(ld, 'one Product block').toBeDefined();
  expect(more).toHaveLength(0);
  expect(ld!['@context']).toBe('https://schema.org');
  expect(ld!['name']).toBe(p.name);
  expect(pathOf(String(ld!['url']))).toBe(`/san-pham/${p.slug}/`);
  const certification = ld!['hasCertification'] as JsonObject | undefined;
  expect(certification, 'Product.hasCertification').toBeDefined();
  expect(certification!['@type']).toBe('Certification');
  expect(certification!['certificationIdentification']).toBe(cert.decision);
  expect(certification!['validFrom']).toBe(cert.decisionDate);
  expect(certification!['expires']).toBe(validUntil(cert.decisionDate));
  expect(certification!['certificationRating']).toMatchObject({ ratingValue: cert.stars });
  // OCOP stars are an official grade, not reviews: no rating may pass for one.
  for (const block of blocks) {
    expect(allKeys(block).has('aggregateRating'), 'no aggregateRating anywhere').toBe(false);
    expect(allKeys(block).has('review'), 'no review anywhere').toBe(false);
  }

  const [crumbs] = ofType(blocks, 'BreadcrumbList');
  expect(crumbs, 'a BreadcrumbList block').toBeDefined();
  const items = crumbs!['itemListElement'] as JsonObject[];
  expect(items.length).toBeGreaterThanOrEqual(2);
  expect(items.map((i) => i['position'])).toEqual(items.map((_, i) => i + 1));
  expect(pathOf(String(items[0]!['item']))).toBe('/');
  expect(pathOf(String(items.at(-1)!['item']))).toBe(`/san-pham/${p.slug}/`);
  expect(items.at(-1)!['name']).toBe(p.name);
});

test('a producer page has an Organization in JSON-LD', async ({ page }) => {
  const producer = pick(producers(), 'producer', () => true);
  await page.goto(`/chu-the/${producer.slug}/`);
  const [org] = ofType(await jsonLdBlocks(page), 'Organization');
  expect(org, 'an Organization block').toBeDefined();
  expect(org!['name']).toBe(producer.name);
  expect(pathOf(String(org!['url']))).toBe(`/chu-the/${producer.slug}/`);
  expect(org!['address']).toMatchObject({ '@type': 'PostalAddress', addressCountry: 'VN' });
});

test('the sitemap lists pages with their hreflang alternates', async ({ request }) => {
  expect(existsSync(join(DIST, 'sitemap-index.xml')), 'dist/sitemap-index.xml').toBe(true);
  const index = await request.get('/sitemap-index.xml');
  expect(index.status()).toBe(200);
  const sitemaps = [...(await index.text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
  expect(sitemaps.length, 'sitemaps in the index').toBeGreaterThan(0);

  const xml = (
    await Promise.all(
      sitemaps.map(async (loc) => {
        const local = pathOf(loc);
        expect(existsSync(join(DIST, local)), `dist${local}`).toBe(true);
        const sitemap = await request.get(local);
        expect(sitemap.status(), local).toBe(200);
        return sitemap.text();
      }),
    )
  ).join('\n');
  expect(xml).toContain('xmlns:xhtml="http://www.w3.org/1999/xhtml"');

  const urls = new Map<string, string[]>();
  for (const [, body] of xml.matchAll(/<url>([\s\S]*?)<\/url>/g)) {
    const loc = /<loc>([^<]+)<\/loc>/.exec(body!)?.[1];
    if (!loc) continue;
    const alternates = [
      ...body!.matchAll(/<xhtml:link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g),
    ].map(([, lang, href]) => `${lang!} ${pathOf(href!)}`);
    urls.set(pathOf(loc), alternates);
  }
  const { slug } = product();
  for (const path of ['/', `/san-pham/${slug}/`, `/en/san-pham/${slug}/`]) {
    const alternates = urls.get(path);
    expect(alternates, `${path} is in the sitemap`).toBeDefined();
    const bare = path.replace(/^\/en\//, '/');
    expect(alternates!.some((a) => /^vi\S* /.test(a) && a.endsWith(` ${bare}`))).toBe(true);
    expect(alternates!.some((a) => a === `en /en${bare}`)).toBe(true);
  }
  expect(urls.has('/404/'), '404 is not in the sitemap').toBe(false);
});

test('an expired certificate is not "active" in JSON-LD', async ({ page }) => {
  await page.goto('/');
  const built = await page.locator('footer time[datetime]').getAttribute('datetime');
  const expired = products().find(
    (p) => hasUnambiguousCurrent(p) && expectedState(currentCertification(p), built!) === 'expired',
  );
  test.skip(!expired, `no product's certificate had expired on the build day (${built!})`);

  await page.goto(`/san-pham/${expired!.slug}/`);
  await expect(page.locator('[data-certificate-panel] [data-cert-status]')).toHaveAttribute(
    'data-state',
    'expired',
  );
  const [ld] = ofType(await jsonLdBlocks(page), 'Product');
  const certification = ld?.['hasCertification'] as JsonObject | undefined;
  expect(certification?.['certificationStatus']).toBe('https://schema.org/CertificationInactive');
});
