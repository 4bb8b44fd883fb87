/**
 * The build as a static host serves it with its own `_headers` and `_redirects` (the test
 * server applies them as Netlify and Cloudflare Pages do): every template runs under the
 * Content-Security-Policy without a single violation — the search island included, whose
 * inline bootstrap is allowed only by hash —, carries the security headers, and the short
 * producer URLs and province aliases redirect.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startStaticServer, type StaticServer } from '../../scripts/lib/static-server.ts';
import { DIST, CONTENT, producers, products } from './support/catalogue.ts';

let server: StaticServer;

test.beforeAll(async () => {
  server = await startStaticServer({ root: DIST, hostRules: true });
});
test.afterAll(async () => {
  await server.stop();
});

/** Collects CSP violations the page reports, from its first script on. */
async function watchViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(
        `Content Security Policy violation: ${event.violatedDirective} ${event.blockedURI}`,
      );
    });
  });
  return violations;
}

const product = products()[0]!;
const producer = producers().find((p) => p.slug === product.producer)!;

const TEMPLATES = [
  '/',
  `/san-pham/${product.slug}/`,
  `/chu-the/${producer.slug}/`,
  '/tinh/',
  `/tinh/${product.province}/`,
  '/tinh/thai-binh/',
  '/danh-muc/',
  '/sao/4/',
  '/diem-ban/',
  '/tim-kiem/?q=banh+cay',
  '/gioi-thieu/',
  '/du-lieu/',
  '/en/',
  '/khong-co-trang-nay/',
];

for (const path of TEMPLATES) {
  test(`${path} runs under the site's CSP with no violation`, async ({ page }) => {
    const violations = await watchViolations(page);
    const response = await page.goto(`${server.origin}${path}`);
    expect(response).not.toBeNull();
    const headers = response!.headers();
    const csp = headers['content-security-policy'] ?? '';
    const scriptSrc = /script-src ([^;]+)/.exec(csp)?.[1] ?? '';
    expect(scriptSrc).toContain("'self'");
    expect(scriptSrc).not.toContain('unsafe-inline');
    expect(scriptSrc).not.toContain('unsafe-eval');
    expect(headers['strict-transport-security']).toMatch(/max-age=\d{8,}/);
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(headers['permissions-policy']).toContain('camera=()');
    await page.waitForLoadState('networkidle');
    expect(violations).toEqual([]);
  });
}

test('the search island works under the CSP (its inline bootstrap is allowed by hash)', async ({
  page,
}) => {
  const violations = await watchViolations(page);
  await page.goto(`${server.origin}/tim-kiem/?q=banh+cay`);
  await expect(page.getByRole('link', { name: /bánh cáy/i }).first()).toBeVisible({
    timeout: 15_000,
  });
  expect(violations).toEqual([]);
});

test('hashed assets are cached for a year, pages revalidate, with one Cache-Control each', async ({
  request,
}) => {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const asset = /(?:href|src)="(\/_astro\/[^"]+)"/.exec(html)?.[1];
  expect(asset).toBeDefined();
  const assetResponse = await request.get(`${server.origin}${asset!}`);
  expect(assetResponse.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  const page = await request.get(`${server.origin}/`);
  expect(page.headers()['cache-control']).not.toContain('immutable');
});

test("a producer's short URL redirects to its page (301), in both languages", async ({
  request,
}) => {
  const { code } = JSON.parse(
    readFileSync(join(CONTENT, 'producers', `${producer.slug}.json`), 'utf8'),
  ) as { code: string };
  for (const [from, to] of [
    [`/c/${code}/`, `/chu-the/${producer.slug}/`],
    [`/en/c/${code}/`, `/en/chu-the/${producer.slug}/`],
  ] as const) {
    const response = await request.get(`${server.origin}${from}`, { maxRedirects: 0 });
    expect(response.status()).toBe(301);
    expect(response.headers()['location']).toBe(to);
    const followed = await request.get(`${server.origin}${from}`);
    expect(followed.status()).toBe(200);
  }
});

test('province URLs in their full-name forms redirect to the province page', async ({
  request,
}) => {
  for (const [from, to] of [
    ['/tinh/tinh-thai-binh/', '/tinh/thai-binh/'],
    ['/tinh/thanh-pho-ha-noi/', '/tinh/ha-noi/'],
    ['/tinh/tp-ho-chi-minh/', '/tinh/ho-chi-minh/'],
    ['/en/tinh/tinh-bac-lieu/', '/en/tinh/bac-lieu/'],
  ] as const) {
    const response = await request.get(`${server.origin}${from}`, { maxRedirects: 0 });
    expect(response.status(), from).toBe(301);
    expect(response.headers()['location']).toBe(to);
    expect((await request.get(`${server.origin}${to}`)).status(), to).toBe(200);
  }
});
