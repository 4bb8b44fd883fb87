/**
 * The shortlist: built from product pages, kept in the browser, shared as a URL and a QR code,
 * opened in a fresh browser context (another device) with the same products in the same order;
 * a shared list never replaces the visitor's own unless they say so; codes the catalogue does
 * not have are reported. Cards come from the built shards (`/du-lieu/the/<xx>.json`).
 */
import { expect, test, type Page } from '@playwright/test';
import jsQR from 'jsqr';
import sharp from 'sharp';
import { expectNoSeriousViolations } from './support/axe.ts';
import {
  formatViDate,
  isListed,
  products,
  vietnamTime,
  type ProductEntry,
} from './support/catalogue.ts';
import { buildDay, standingSubjects, statusWords } from './support/standing.ts';

type Coded = ProductEntry & { code: string };

/** Three listed products, not in code order, so the test sees that order is kept. */
function threeProducts(): Coded[] {
  const all = (products() as Coded[]).filter(isListed);
  if (all.length < 4) throw new Error('The build under test needs at least four products');
  return [all[2]!, all[0]!, all[3]!];
}

const itemCodes = (page: Page) =>
  page
    .locator('[data-items] [data-item]')
    .evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset['code']));

async function addFromProductPages(page: Page, list: Coded[]) {
  for (const [i, p] of list.entries()) {
    await page.goto(`/san-pham/${p.slug}/`);
    // Related products below have their own buttons: this product's is the one with its code.
    const toggle = page.locator(`[data-shortlist-toggle][data-code="${p.code}"]`);
    await expect(toggle).toHaveAccessibleName('Thêm vào danh sách');
    await toggle.click();
    await expect(toggle).toHaveAccessibleName('Trong danh sách ✓');
    await expect(page.locator('[data-shortlist-status]').first()).toHaveText(
      'Đã thêm vào danh sách.',
    );
    await expect(page.locator('header [data-shortlist-count]')).toHaveText(String(i + 1));
  }
}

async function openList(page: Page, url = '/danh-sach/') {
  await page.goto(url);
  await expect(page.locator('[data-shortlist]')).toHaveAttribute('data-ready', 'true');
}

test('build a list on product pages, share its URL, open it in a fresh context: same list', async ({
  page,
  context,
  browser,
  baseURL,
}) => {
  const picked = threeProducts();
  const codes = picked.map((p) => p.code);
  await addFromProductPages(page, picked);

  await openList(page);
  await expect(page.locator('[data-count]')).toHaveText('3 sản phẩm');
  expect(await itemCodes(page)).toEqual(codes);
  await expect(page.locator('[data-items] [data-slot="name"]')).toHaveText(
    picked.map((p) => p.name),
  );
  await expect(page.locator('[data-items] [data-slot="code"]')).toHaveText(
    codes.map((c) => c.toUpperCase()),
  );

  const shareUrl = `${baseURL}/danh-sach/?sp=${codes.join(',')}`;
  await expect(page.locator('[data-share-url]')).toHaveValue(shareUrl);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.getByRole('button', { name: 'Sao chép' }).click();
  await expect(page.locator('[data-message]')).toHaveText('Đã sao chép đường dẫn.');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(shareUrl);
  for (const link of await page.locator('[data-print-link]').all())
    expect(await link.getAttribute('href')).toMatch(new RegExp(`\\?sp=${codes.join(',')}$`));

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await openList(other, copied);
  expect(await itemCodes(other)).toEqual(codes);
  await expect(other.locator('[data-items] [data-slot="name"]')).toHaveText(
    picked.map((p) => p.name),
  );
  await expect(other.getByRole('heading', { level: 1 })).toHaveAccessibleName(
    'Danh sách được chia sẻ',
  );
  // Nothing was kept on the other device until the visitor asks.
  expect(await other.evaluate(() => localStorage.getItem('ocop:danh-sach'))).toBeNull();
  await other.getByRole('button', { name: 'Lưu danh sách này' }).click();
  await expect(other.locator('[data-message]')).toHaveText(
    'Đã lưu. Đây là danh sách của bạn trên máy này.',
  );
  expect(new URL(other.url()).search).toBe('');
  expect(JSON.parse((await other.evaluate(() => localStorage.getItem('ocop:danh-sach')))!)).toEqual(
    codes,
  );
  await expect(other.locator('header [data-shortlist-count]')).toHaveText('3');
  await fresh.close();
});

test('product cards in listings add to the list too, named after their product', async ({
  page,
}) => {
  await page.goto('/sao/3/');
  const card = page.locator('[data-product]').first();
  const name = (await card.getByRole('heading').textContent())!.trim();
  const button = card.locator('[data-shortlist-toggle]');
  await expect(button).toHaveAccessibleName(`Thêm vào danh sách – ${name}`);
  await button.click();
  await expect(button).toHaveAccessibleName(`Trong danh sách ✓ – ${name}`);
  await expect(page.locator('header [data-shortlist-count]')).toHaveText('1');
  const code = await button.getAttribute('data-code');
  // The same product's button elsewhere (another tab, a later page) knows it is in the list.
  await page.goto('/sao/3/');
  await expect(page.locator(`[data-shortlist-toggle][data-code="${code}"]`)).toHaveAttribute(
    'data-in-list',
    'true',
  );
  await openList(page);
  expect(await itemCodes(page)).toEqual([code]);
});

test('a card’s button, written by its script, is named in the card heading’s language', async ({
  page,
}) => {
  await page.goto('/en/sao/3/');
  const cards = page.locator('[data-product]');
  await expect(cards.first().locator('[data-shortlist-toggle]')).toBeVisible();
  for (const card of (await cards.all()).slice(0, 6)) {
    const heading = card.locator('.card-link > span');
    const name = (await heading.textContent())!.trim();
    const lang = (await heading.getAttribute('lang')) ?? 'en';
    const button = card.locator('[data-shortlist-toggle]');
    await expect(button).toHaveAccessibleName(`Add to list – ${name}`);
    await expect(button.locator('[data-when="out"] .sr-only')).toHaveAttribute('lang', lang);
  }
  // Without scripts, a card keeps only the button's room: nothing to press that would not work.
  const context = await page.context().browser()!.newContext({ javaScriptEnabled: false });
  const bare = await context.newPage();
  await bare.goto(page.url());
  await expect(bare.locator('[data-shortlist-slot]').first()).toBeAttached();
  await expect(bare.locator('[data-shortlist-toggle]')).toHaveCount(0);
  await context.close();
});

test('the QR code on the page decodes to the share URL', async ({ page, baseURL }) => {
  const picked = threeProducts();
  const codes = picked.map((p) => p.code);
  await openList(page, `/danh-sach/?sp=${codes.join(',')}`);
  const png = await page.locator('[data-qr] svg').screenshot();
  const { data, info } = await sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  const decoded = jsQR(new Uint8ClampedArray(data), info.width, info.height);
  expect(decoded?.data).toBe(`${baseURL}/danh-sach/?sp=${codes.join(',')}`);
  await expect(page.locator('[data-qr] svg')).toHaveAttribute(
    'aria-label',
    'Mã QR của đường dẫn danh sách',
  );
});

test('reorder, remove, clear and undo change the list and its share URL', async ({
  page,
  baseURL,
}) => {
  const picked = threeProducts();
  const [a, b, c] = picked.map((p) => p.code) as [string, string, string];
  await page.goto('/danh-sach/');
  await page.evaluate(
    (codes) => {
      localStorage.setItem('ocop:danh-sach', JSON.stringify(codes));
    },
    [a, b, c],
  );
  await openList(page);

  await page.getByRole('button', { name: `Đưa ${picked[0]!.name} xuống dưới` }).click();
  await expect.poll(() => itemCodes(page)).toEqual([b, a, c]);
  await expect(page.locator('[data-share-url]')).toHaveValue(
    `${baseURL}/danh-sach/?sp=${[b, a, c].join(',')}`,
  );
  // The focus stays on the product that moved.
  await expect(page.locator(':focus')).toHaveAttribute('data-code', a);

  await page.getByRole('button', { name: `Bỏ ${picked[2]!.name} khỏi danh sách` }).click();
  await expect.poll(() => itemCodes(page)).toEqual([b, a]);
  await expect(page.locator('header [data-shortlist-count]')).toHaveText('2');

  await page.getByRole('button', { name: 'Xoá cả danh sách' }).click();
  await expect(page.locator('[data-empty]')).toBeVisible();
  await expect(page.locator('[data-items] [data-item]')).toHaveCount(0);
  await expect(page.locator('header [data-shortlist-count]')).toBeHidden();
  await page.getByRole('button', { name: 'Hoàn tác' }).click();
  await expect.poll(() => itemCodes(page)).toEqual([b, a]);
});

test('a shared list does not replace the visitor’s own unless asked; adding merges', async ({
  page,
}) => {
  const picked = threeProducts();
  const [mine, x, y] = picked.map((p) => p.code) as [string, string, string];
  await page.goto('/danh-sach/');
  await page.evaluate((code) => {
    localStorage.setItem('ocop:danh-sach', JSON.stringify([code]));
  }, mine);

  await openList(page, `/danh-sach/?sp=${x},${y}`);
  expect(await itemCodes(page)).toEqual([x, y]);
  await expect(page.getByRole('button', { name: 'Lưu danh sách này' })).toBeHidden();
  await expect(
    page.getByRole('button', { name: 'Thay danh sách của tôi (1) bằng danh sách này' }),
  ).toBeVisible();
  await expect(page.getByRole('link', { name: 'Xem danh sách của tôi (1)' })).toBeVisible();
  // No reorder or remove on someone else's list.
  await expect(page.locator('[data-items] [data-action="remove"]').first()).toBeHidden();
  expect(await page.evaluate(() => localStorage.getItem('ocop:danh-sach'))).toBe(
    JSON.stringify([mine]),
  );

  await page.getByRole('button', { name: 'Thêm vào danh sách của tôi' }).click();
  await expect.poll(() => itemCodes(page)).toEqual([mine, x, y]);
  expect(JSON.parse((await page.evaluate(() => localStorage.getItem('ocop:danh-sach')))!)).toEqual([
    mine,
    x,
    y,
  ]);
});

test('codes not in the catalogue and pieces that are not codes are reported', async ({ page }) => {
  const [first] = threeProducts();
  const all = new Set((products() as Coded[]).map((p) => p.code));
  const missing = ['zzzzzz', 'zzzzzy'].filter((c) => !all.has(c));
  expect(missing).toHaveLength(2);
  // Typed as on a label: capitals, a dash, a letter O for a zero.
  const typed = first!.code.toUpperCase().replace(/0/g, 'O');
  await openList(page, `/danh-sach/?sp=${typed},${missing.join(',')},abc,${first!.code}`);
  expect(await itemCodes(page)).toEqual([first!.code]);
  await expect(page.locator('[data-problems] [data-slot="text"]')).toHaveText([
    `2 mã không còn trong danh mục: ${missing.map((c) => c.toUpperCase()).join(', ')}`,
    '1 mã không hợp lệ: abc',
  ]);
});

test('the visitor’s own list reports codes no longer in the catalogue and can drop them', async ({
  page,
}) => {
  const [first] = threeProducts();
  await page.goto('/danh-sach/');
  await page.evaluate((code) => {
    localStorage.setItem('ocop:danh-sach', JSON.stringify([code, 'zzzzzz']));
  }, first!.code);
  await openList(page);
  await expect(page.locator('[data-problems] [data-slot="text"]')).toHaveText([
    '1 mã không còn trong danh mục: ZZZZZZ',
  ]);
  await page.getByRole('button', { name: 'Bỏ các mã này khỏi danh sách' }).click();
  await expect(page.locator('[data-problems] li')).toHaveCount(0);
  expect(await page.evaluate(() => localStorage.getItem('ocop:danh-sach'))).toBe(
    JSON.stringify([first!.code]),
  );
});

test('only the shards the list needs are fetched', async ({ page }) => {
  const picked = threeProducts();
  const shards: string[] = [];
  page.on('request', (r) => {
    const m = /\/du-lieu\/the\/([^/]+)\.json$/.exec(new URL(r.url()).pathname);
    if (m) shards.push(m[1]!);
  });
  await openList(page, `/danh-sach/?sp=${picked.map((p) => p.code).join(',')}`);
  expect(shards.toSorted()).toEqual([...new Set(picked.map((p) => p.code.slice(0, 2)))].sort());
});

test('cards say each product’s status in words; the print links leave out expired and revoked ones on request, the list stays', async ({
  page,
}) => {
  const day = buildDay();
  const { revoked, expired, valid } = standingSubjects(day);
  const own = [valid, revoked, expired];
  const codes = own.map((p) => p.code);
  await page.clock.setFixedTime(vietnamTime(day));
  await page.goto('/danh-sach/');
  await page.evaluate((list) => {
    localStorage.setItem('ocop:danh-sach', JSON.stringify(list));
  }, codes);
  await openList(page);
  for (const p of own) {
    const card = page.locator(`[data-item][data-code="${p.code}"]`);
    await expect(card.locator(`[data-when]:visible [data-slot="status"]`)).toHaveText(
      statusWords(p, day),
    );
  }
  const notice = page.locator('[data-standing-notice]');
  await expect(notice.getByRole('heading', { level: 3 })).toHaveText(
    `⚠ Trước khi in: 2 sản phẩm không còn chứng nhận OCOP hiệu lực ngày ${formatViDate(day)}`,
  );
  await expect(notice.locator('li')).toHaveText([
    `${revoked.name} (${revoked.code.toUpperCase()}): ${statusWords(revoked, day)}`,
    `${expired.name} (${expired.code.toUpperCase()}): ${statusWords(expired, day)}`,
  ]);
  const links = page.locator('[data-print-link]');
  for (const link of await links.all())
    expect(await link.getAttribute('href')).toMatch(new RegExp(`\\?sp=${codes.join(',')}$`));

  await page.getByRole('button', { name: 'Bỏ các sản phẩm này khỏi bản in' }).click();
  await expect(notice).toBeHidden();
  await expect(page.locator('[data-left-out-text]')).toHaveText(
    `Đã bỏ khỏi bản in: ${revoked.name}, ${expired.name}.`,
  );
  for (const link of await links.all())
    expect(await link.getAttribute('href')).toMatch(new RegExp(`\\?sp=${valid.code}$`));
  // The list itself is as it was.
  expect(await itemCodes(page)).toEqual(codes);
  expect(await page.evaluate(() => localStorage.getItem('ocop:danh-sach'))).toBe(
    JSON.stringify(codes),
  );
  await page.getByRole('link', { name: 'In nhãn dán' }).click();
  await expect(page.locator('[data-print-ready="true"]')).toBeAttached();
  await expect(page.locator('[data-label]')).toHaveCount(1);
  await expect(page.locator('[data-standing-notice]')).toBeHidden();
});

const axePages: [string, string, string][] = [
  ['/danh-sach/', 'shared list', 'Danh sách được chia sẻ'],
  ['/en/danh-sach/', 'shared list, English', 'A shared list'],
  ['/in/ap-phich/', 'posters', 'In áp phích sản phẩm'],
  ['/in/nhan/', 'labels', 'In nhãn dán'],
  ['/en/in/nhan/', 'labels, English', 'Print labels'],
];
for (const [path, what, heading] of axePages) {
  test(`axe: ${path} (${what})`, async ({ page }) => {
    const codes = threeProducts()
      .map((p) => p.code)
      .join(',');
    await page.goto(`${path}?sp=${codes}`);
    await expect(page.locator('[data-ready="true"], [data-print-ready="true"]')).toBeAttached();
    await expect(page.getByRole('heading', { level: 1 })).toHaveAccessibleName(heading);
    await expectNoSeriousViolations(page, path);
  });
}

test('axe: /danh-sach/ with an empty list', async ({ page }) => {
  await page.goto('/danh-sach/');
  await expect(page.locator('[data-empty]')).toBeVisible();
  await expectNoSeriousViolations(page, '/danh-sach/ (empty)');
});
