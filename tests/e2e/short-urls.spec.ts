/**
 * Short URLs and QR codes on the built site: every QR file decodes to its short URL, the
 * certificate check page (`/p/<code>/`, what a package's QR code opens) shows the facts and a
 * status recomputed for the day it is read (the browser clock is pinned), `/c/<code>/` reaches
 * the producer's page, and the product page offers the code, the check link and the QR files.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import jsQR from 'jsqr';
import sharp from 'sharp';
import { expectNoSeriousViolations } from './support/axe.ts';
import {
  addDays,
  statusBoundaryDays,
  currentCertification,
  daysBetween,
  DIST,
  formatViDate,
  formerProvince,
  hasUnambiguousCurrent,
  isRevoked,
  pick,
  producers,
  products,
  STATUS_LABEL_VI,
  validUntil,
  vietnamTime,
  type CertificateState,
  type ProducerEntry,
  type ProductEntry,
} from './support/catalogue.ts';

/** The origin the build encodes in its QR codes (astro.config.mjs: `SITE_URL`). */
const SITE = process.env['SITE_URL'] ?? 'https://ocop.example.vn';

type WithCode<T> = T & { code: string };
const withCode = <T>(entry: T) => entry as WithCode<T>;

/** Not revoked, one latest decision, preferably certified under a former province name. */
function subject(): WithCode<ProductEntry> {
  const candidates = products().filter((p) => !isRevoked(p) && hasUnambiguousCurrent(p));
  return withCode(
    candidates.find((p) => currentCertification(p).formerProvince) ??
      pick(candidates, 'product that is not revoked', () => true),
  );
}

async function decode(image: Buffer, width?: number): Promise<string | undefined> {
  let pipeline = sharp(image, { density: 300 });
  if (width) pipeline = pipeline.resize(width);
  const { data, info } = await pipeline
    .flatten({ background: '#ffffff' })
    .ensureAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  return jsQR(new Uint8ClampedArray(data), info.width, info.height)?.data;
}

async function download(request: APIRequestContext, path: string, type: string) {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  expect(response.headers()['content-type']).toContain(type);
  return response.body();
}

test.describe('QR code files', () => {
  test("a product's qr.png and qr.svg decode to its short URL", async ({ request }) => {
    const { code } = subject();
    const shortUrl = `${SITE}/p/${code}/`;
    const png = await download(request, `/p/${code}/qr.png`, 'image/png');
    expect(await decode(png)).toBe(shortUrl);
    const svg = await download(request, `/p/${code}/qr.svg`, 'image/svg+xml');
    expect(svg.toString('utf8')).toContain('shape-rendering="crispEdges"');
    for (const width of [160, 400]) expect(await decode(svg, width)).toBe(shortUrl);
  });

  test("a producer's qr.png and qr.svg decode to its short URL", async ({ request }) => {
    const { code } = withCode(pick(producers(), 'producer', () => true));
    const shortUrl = `${SITE}/c/${code}/`;
    expect(await decode(await download(request, `/c/${code}/qr.png`, 'image/png'))).toBe(shortUrl);
    expect(await decode(await download(request, `/c/${code}/qr.svg`, 'image/svg+xml'), 300)).toBe(
      shortUrl,
    );
  });
});

test.describe('the product page', () => {
  test('shows the code, links to the check page and offers the QR files', async ({ page }) => {
    const product = subject();
    await page.goto(`/san-pham/${product.slug}/`);
    const block = page.locator('[data-qr-block="product"]');
    await expect(block.locator('[data-code]')).toHaveText(product.code.toUpperCase());
    await expect(block.locator('[data-short-link]')).toHaveAttribute('href', `/p/${product.code}/`);
    for (const format of ['svg', 'png']) {
      const link = block.locator(`[data-qr-download="${format}"]`);
      await expect(link).toHaveAttribute('href', `/p/${product.code}/qr.${format}`);
      await expect(link).toHaveAttribute('download', /\.(svg|png)$/);
    }
    // The QR image as Chromium draws it, on screen, decodes to the short URL.
    const image = block.locator('[data-qr-image]');
    await image.scrollIntoViewIfNeeded();
    await expect(image).toHaveJSProperty('complete', true);
    expect(await image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
    await expect(image).toHaveAttribute('alt', /.+/);
    expect(await decode(await image.screenshot(), 400)).toBe(`${SITE}/p/${product.code}/`);
  });

  test("the producer page shows the producer's code and QR code", async ({ page, request }) => {
    const producer = withCode<ProducerEntry>(pick(producers(), 'producer', () => true));
    await page.goto(`/chu-the/${producer.slug}/`);
    const block = page.locator('[data-qr-block="producer"]');
    await expect(block.locator('[data-code]')).toHaveText(producer.code.toUpperCase());
    const src = await block.locator('[data-qr-image]').getAttribute('src');
    expect(src).toBe(`/c/${producer.code}/qr.svg`);
    expect(await decode(await download(request, src!, 'image/svg+xml'), 300)).toBe(
      `${SITE}/c/${producer.code}/`,
    );
  });
});

async function expectCheckState(page: Page, state: CertificateState) {
  const status = page.locator('[data-check-status]');
  await expect(status).toHaveAttribute('data-state', state);
  const visible = status.locator('[data-label]:visible');
  await expect(visible).toHaveCount(2); // the verdict and what it means
  await expect(visible.first()).toHaveText(STATUS_LABEL_VI[state]);
}

test.describe('the certificate check page', () => {
  test('shows product, producer, stars, decision, issuer, valid-until, code and the product link', async ({
    page,
  }) => {
    const product = subject();
    const cert = currentCertification(product);
    const producer = pick(
      producers(),
      `producer ${product.producer}`,
      (p) => p.slug === product.producer,
    );
    await page.goto(`/p/${product.code}/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(product.name);
    await expect(page.locator('[data-field="producer"]')).toHaveText(producer.name);
    await expect(page.locator('[data-check-page] [data-stars]')).toHaveAttribute(
      'data-stars',
      String(cert.stars),
    );
    await expect(page.locator('[data-field="decision"]')).toHaveText(cert.decision);
    await expect(page.locator('[data-field="decision-date"]')).toHaveText(
      formatViDate(cert.decisionDate),
    );
    await expect(page.locator('[data-field="issuer"]')).toHaveText(cert.issuer);
    await expect(page.locator('[data-field="valid-until"]')).toHaveText(
      formatViDate(validUntil(cert.decisionDate)),
    );
    if (cert.formerProvince)
      await expect(page.locator('[data-field="former-province"]')).toHaveText(
        formerProvince(cert.formerProvince).name,
      );
    await expect(page.locator('[data-field="code"]')).toHaveText(product.code.toUpperCase());
    await expect(page.locator('[data-product-link]')).toHaveAttribute(
      'href',
      `/san-pham/${product.slug}/`,
    );
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
      'href',
      `${SITE}/p/${product.code}/`,
    );
  });

  test.describe('status on fixed dates (browser clock)', () => {
    const product = subject();
    const until = validUntil(currentCertification(product).decisionDate);
    const cases = statusBoundaryDays(until);
    for (const [when, day, state] of cases) {
      test(`${when} (${day}) it reads "${state}"`, async ({ page }) => {
        await page.clock.setFixedTime(vietnamTime(day));
        await page.goto(`/p/${product.code}/`);
        await expectCheckState(page, state);
        await expect(page.locator('[data-status-date]')).toContainText(formatViDate(day));
        const daysLeft = page.locator('[data-check-status] [data-days-left]');
        if (state === 'expiring')
          await expect(daysLeft).toHaveText(`(còn ${daysBetween(day, until)} ngày)`);
        else await expect(daysLeft).toBeHidden();
      });
    }
  });

  test('a revoked certificate reads "revoked" whatever the date, with no valid-until', async ({
    page,
  }) => {
    const revoked = products().find((p) => isRevoked(p) && hasUnambiguousCurrent(p));
    test.skip(!revoked, 'the built catalogue has no product whose latest decision is a revocation');
    const { code } = withCode(revoked!);
    const cert = currentCertification(revoked!);
    for (const day of [cert.decisionDate, addDays(validUntil(cert.decisionDate), 1)]) {
      await page.clock.setFixedTime(vietnamTime(day));
      await page.goto(`/p/${code}/`);
      await expectCheckState(page, 'revoked');
    }
    await expect(page.locator('[data-field="decision"]')).toHaveText(cert.decision);
    await expect(page.locator('[data-field="valid-until"]')).toHaveCount(0);
  });

  test('without JavaScript it still states the status, as of the build day', async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`/p/${subject().code}/`);
    await expect(page.locator('[data-check-status] [data-label]:visible').first()).toBeVisible();
    await expect(page.locator('[data-status-date]')).toBeVisible();
    await context.close();
  });

  test('in English, with English words and the English product page', async ({ page }) => {
    const product = subject();
    await page.goto(`/en/p/${product.code}/`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.locator('[data-check-status] [data-label]:visible').first()).toHaveText(
      /^\s*(Valid|Expiring soon|Expired|Revoked)\s*$/,
    );
    await expect(page.locator('[data-product-link]')).toHaveAttribute(
      'href',
      `/en/san-pham/${product.slug}/`,
    );
  });

  test('fits a 360 px phone: the verdict is in the first screen, nothing scrolls sideways', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 360, height: 640 });
    await page.goto(`/p/${subject().code}/`);
    const box = await page.locator('[data-check-status]').boundingBox();
    expect(box!.y + box!.height).toBeLessThanOrEqual(640);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      360,
    );
  });

  for (const prefix of ['', '/en']) {
    test(`has no serious accessibility violations (${prefix || '/'})`, async ({ page }) => {
      await page.goto(`${prefix}/p/${subject().code}/`);
      await expectNoSeriousViolations(page, `${prefix}/p/<code>/`);
    });
  }
});

test.describe("a producer's short URL", () => {
  test('reaches the producer page; its canonical is the producer page', async ({ page }) => {
    const producer = withCode<ProducerEntry>(pick(producers(), 'producer', () => true));
    await page.goto(`/c/${producer.code}/`);
    await expect(page).toHaveURL(new RegExp(`/chu-the/${producer.slug}/$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(producer.name);

    // The built page itself (a host with redirect rules answers before it is read).
    const html = readFileSync(join(DIST, 'c', producer.code, 'index.html'), 'utf8');
    expect(html).toContain(`<link rel="canonical" href="${SITE}/chu-the/${producer.slug}/">`);
    expect(html).toContain(
      `<meta http-equiv="refresh" content="0; url=/chu-the/${producer.slug}/">`,
    );
    expect(html).toContain(`<a href="/chu-the/${producer.slug}/"`);
  });
});
