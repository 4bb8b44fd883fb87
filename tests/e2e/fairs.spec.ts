/**
 * Fairs: the list, a fair's page (booths, products, search over them, Event data) and its
 * print kit (one A4 page whose QR code opens the fair's page), in a real browser, with an
 * accessibility pass on each.
 */
import { expect, test } from '@playwright/test';
import jsQR from 'jsqr';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import sharp from 'sharp';
import { expectNoSeriousViolations } from './support/axe.ts';
import { biggestFair, fairProducts, fairs, fold } from './support/fairs.ts';

const fair = biggestFair();
// The offline pack has its own spec (offline.spec.ts); here it would only store 2 MB in the
// background of every visit.
test.use({ serviceWorkers: 'block' });

test('the list shows every fair under its status, with dates and venue', async ({ page }) => {
  await page.goto('/hoi-cho/');
  await expect(page.locator('h1')).toHaveText('Hội chợ và sự kiện OCOP');
  for (const f of fairs()) {
    const card = page.locator(`[data-fair="${f.slug}"]`);
    await expect(card.getByRole('link', { name: f.name })).toHaveAttribute(
      'href',
      `/hoi-cho/${f.slug}/`,
    );
    await expect(card.locator(`time[datetime="${f.startDate}"]`)).toBeVisible();
    await expect(card).toContainText(f.venue.name);
    const state = await card.locator('[data-fair-status]').getAttribute('data-state');
    expect(['ongoing', 'upcoming', 'past']).toContain(state);
  }
  // Sections in order: on now, upcoming, past (those that have fairs).
  const sections = await page
    .locator('[data-fair-section]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-fair-section')));
  const order = ['ongoing', 'upcoming', 'past'];
  expect(sections).toEqual([...sections].sort((a, b) => order.indexOf(a!) - order.indexOf(b!)));
  await expect(page.locator('footer').getByRole('link', { name: 'Hội chợ' })).toHaveAttribute(
    'href',
    '/hoi-cho/',
  );
  await expectNoSeriousViolations(page, 'the fairs list');
});

test('a fair page lists its booths and their products, with Event data', async ({ page }) => {
  await page.goto(`/hoi-cho/${fair.slug}/`);
  await expect(page.locator('h1')).toHaveText(fair.name);
  await expect(page.locator('[data-field="dates"] time').first()).toHaveAttribute(
    'datetime',
    fair.startDate,
  );
  await expect(page.locator('[data-field="venue"]')).toContainText(fair.venue.address);
  await expect(page.locator('[data-field="organiser"]')).toHaveText(fair.organiser);
  await expect(page.getByRole('link', { name: /Chỉ đường/ })).toHaveAttribute(
    'href',
    /^https:\/\/www\.google\.com\/maps\/dir\/\?api=1&destination=/,
  );

  const booths = await page.locator('[data-fair-booth]').evaluateAll((els) =>
    els.map((e) => ({
      number: e.getAttribute('data-fair-booth'),
      products: [...e.querySelectorAll('[data-product]')].map((p) =>
        p.getAttribute('data-product'),
      ),
      producer: e.querySelector('h2 a')?.getAttribute('href') ?? null,
    })),
  );
  expect(booths).toEqual(
    fair.booths.map((b) => ({
      number: b.number,
      products: b.products,
      producer: b.producer ? `/chu-the/${b.producer}/` : null,
    })),
  );
  // Every card has its stars and certificate status.
  const cards = page.locator('[data-fair-item]');
  await expect(cards).toHaveCount(fairProducts(fair).length);
  await expect(cards.first().locator('[data-stars]')).toBeVisible();
  await expect(cards.first().locator('[data-cert-status]')).toBeVisible();

  const events = await page
    .locator('script[type="application/ld+json"]')
    .evaluateAll((els) => els.map((e) => JSON.parse(e.textContent) as Record<string, unknown>));
  const event = events.find((e) => e['@type'] === 'Event');
  expect(event).toMatchObject({
    name: fair.name,
    startDate: fair.startDate,
    endDate: fair.endDate,
    location: { '@type': 'Place', name: fair.venue.name },
    organizer: { name: fair.organiser },
  });
  await expectNoSeriousViolations(page, 'a fair page');
});

test('the search box filters the fair’s products, typed without diacritics', async ({ page }) => {
  await page.goto(`/hoi-cho/${fair.slug}/`);
  const input = page.getByRole('searchbox', { name: 'Tìm sản phẩm trong hội chợ' });
  await expect(input).toBeVisible();
  const all = fairProducts(fair);
  const expected = all.filter((p) => /\bbanh cay\b/.test(fold(p.name))).map((p) => p.slug);
  expect(expected.length).toBeGreaterThan(0);

  await input.fill('banh cay');
  const visible = () =>
    page
      .locator('[data-fair-item]:visible [data-product]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-product')));
  await expect.poll(visible).toEqual(expected);
  await expect(page.locator('[data-fair-search] [data-status]')).toHaveText(
    `${expected.length} sản phẩm`,
  );
  // Booths with nothing left are hidden.
  const boothsLeft = fair.booths.filter((b) => b.products.some((p) => expected.includes(p)));
  await expect(page.locator('[data-fair-booth]:visible')).toHaveCount(boothsLeft.length);

  await input.fill('xyz khong co');
  await expect.poll(visible).toEqual([]);
  await expect(page.locator('[data-fair-search] [data-none]')).toBeVisible();

  await page.getByRole('button', { name: 'Xoá' }).click();
  await expect.poll(visible).toEqual(all.map((p) => p.slug));
});

test('the print kit is one A4 page whose QR code opens the fair page', async ({ page }) => {
  await page.goto(`/hoi-cho/${fair.slug}/bo-in/`);
  await expect(page.locator('h1')).toContainText(fair.name);
  const fairUrl = await page.evaluate(
    (slug) =>
      new URL(
        `/hoi-cho/${slug}/`,
        document.querySelector<HTMLLinkElement>('link[rel=canonical]')!.href,
      ).href,
    fair.slug,
  );

  const png = await page.locator('[data-fair-kit] [data-fair-qr] svg').screenshot();
  const { data, info } = await sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  expect(jsQR(new Uint8ClampedArray(data), info.width, info.height)?.data).toBe(fairUrl);

  const codes = fairProducts(fair).map((p) => p.code);
  await expect(page.locator('[data-kit-link="posters"]')).toHaveAttribute(
    'href',
    `/in/ap-phich/?sp=${codes.join(',')}`,
  );
  await expect(page.locator('[data-kit-link="labels"]')).toHaveAttribute(
    'href',
    `/in/nhan/?sp=${codes.join(',')}`,
  );
  await expectNoSeriousViolations(page, 'a fair print kit');

  // Printed: the sheet alone, 210 × 297 mm, on one A4 page.
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('body > header')).toBeHidden();
  await expect(page.locator('[data-kit-link="posters"]')).toBeHidden();
  const box = (await page.locator('[data-fair-kit]').boundingBox())!;
  const mm = 96 / 25.4;
  expect(Math.abs(box.width - 210 * mm)).toBeLessThan(2);
  expect(Math.abs(box.height - 297 * mm)).toBeLessThan(2);
  const qr = (await page.locator('[data-fair-kit] [data-fair-qr]').boundingBox())!;
  expect(qr.width / mm).toBeGreaterThan(100); // a code scanned from a few metres away

  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  const task = getDocument({ data: new Uint8Array(pdf) });
  const doc = await task.promise;
  expect(doc.numPages).toBe(1);
  const { width, height } = (await doc.getPage(1)).getViewport({ scale: 1 });
  expect(Math.abs(width - 595)).toBeLessThanOrEqual(1);
  expect(Math.abs(height - 842)).toBeLessThanOrEqual(1);
  await task.destroy();
});

test('English fair page and kit', async ({ page }) => {
  await page.goto(`/en/hoi-cho/${fair.slug}/`);
  await expect(
    page.getByRole('searchbox', { name: 'Search the products of this fair' }),
  ).toBeVisible();
  await expect(page.locator('[data-fair-booth]')).toHaveCount(fair.booths.length);
  await page.getByRole('link', { name: /print kit/ }).click();
  await expect(page).toHaveURL(new RegExp(`/en/hoi-cho/${fair.slug}/bo-in/$`));
  await expect(page.locator('[data-kit-link="labels"]')).toHaveAttribute(
    'href',
    /^\/en\/in\/nhan\/\?sp=/,
  );
  // The sheet hangs at a fair in Vietnam: Vietnamese, with each line in English under it.
  const sheet = page.locator('[data-fair-kit]');
  await expect(sheet).toHaveAttribute('lang', 'vi');
  await expect(sheet.locator('[lang="en"]', { hasText: 'Scan to see the booths' })).toHaveCount(1);
  await expect(
    sheet.locator('[lang="en"]', { hasText: /\b\d{1,2} [A-Z][a-z]{2} \d{4}\b/ }),
  ).toHaveCount(1);
  // Printed, every line still on the one A4 page, the code still over 10 cm wide.
  await page.emulateMedia({ media: 'print' });
  const mm = 96 / 25.4;
  const box = (await sheet.boundingBox())!;
  const last = (await sheet.locator('.kit-offline').boundingBox())!;
  expect(last.y + last.height).toBeLessThanOrEqual(box.y + box.height - 10 * mm);
  const qr = (await sheet.locator('[data-fair-qr]').boundingBox())!;
  expect(qr.width / mm).toBeGreaterThan(100);
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  const task = getDocument({ data: new Uint8Array(pdf) });
  expect((await task.promise).numPages).toBe(1);
  await task.destroy();
});
