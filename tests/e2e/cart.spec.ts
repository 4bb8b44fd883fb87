/**
 * The cart page (`/gio-hang/`) in Chromium: five items from three producers, put in the
 * browser's cart store (localStorage, as the add-to-cart buttons do), give three orders with
 * the totals worked out here from the content files (not through the site's code); the
 * buyer's details are asked for before sending; each channel's link is exact; the order link
 * opens the same order in a fresh browser; the cart survives a reload; tampered links name
 * what they dropped and inject nothing; the VietQR code decodes to the producer's account,
 * the amount and the reference; axe finds nothing serious; and inside a fair's offline pack the
 * cart works with no connection.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import jsQR from 'jsqr';
import sharp from 'sharp';
import { startStaticServer, type StaticServer } from '../../scripts/lib/static-server.ts';
import { parseVietQr } from '../../src/lib/order/vietqr.ts';
import { expectNoSeriousViolations } from './support/axe.ts';
import { DIST, producers, products } from './support/catalogue.ts';
import { biggestFair, fairProducts } from './support/fairs.ts';

interface Offer {
  sku: string;
  pack: string;
  price: number;
  wholesale?: { minQuantity: number; unitPrice: number }[];
}
interface ProductFile {
  slug: string;
  code: string;
  name: string;
  nameEn?: string;
  producer: string;
  offers?: Offer[];
}
interface ProducerFile {
  slug: string;
  code: string;
  name: string;
  phone?: string;
  zalo?: string;
  email?: string;
  orders?: {
    accepts: boolean;
    bankTransfer?: { bin: string; accountNumber: string; accountName: string };
  };
}
interface Item {
  code: string;
  sku: string;
  quantity: number;
}

const SITE = 'https://ocop.example.vn';
const CART_KEY = 'ocop:gio-hang';
const digits = (s: string) => s.replace(/\D/g, '');
const national = (phone: string) => digits(phone).replace(/^84/, '0');
const e164 = (phone: string) => `+84${national(phone).slice(1)}`;
const amountOf = (text: string | null) => Number(digits(text ?? ''));

const allProducts = products() as unknown as ProductFile[];
const producerBySlug = new Map(
  (producers() as unknown as ProducerFile[]).map((p) => [p.slug, p] as const),
);

/** The unit price for a quantity, from the content file: the largest tier reached, else retail. */
function unitPrice(offer: Offer, quantity: number): number {
  let best: { minQuantity: number; unitPrice: number } | undefined;
  for (const t of offer.wholesale ?? [])
    if (quantity >= t.minQuantity && (!best || t.minQuantity > best.minQuantity)) best = t;
  return best ? best.unitPrice : offer.price;
}

/** Producers that take orders, publish every channel and a bank account, with ≥ 2 products. */
function orderableProducers(): { producer: ProducerFile; products: ProductFile[] }[] {
  const byProducer = new Map<string, ProductFile[]>();
  for (const p of allProducts)
    if (p.offers?.length) byProducer.set(p.producer, [...(byProducer.get(p.producer) ?? []), p]);
  return [...byProducer]
    .map(([slug, list]) => ({ producer: producerBySlug.get(slug)!, products: list }))
    .filter(
      ({ producer, products: list }) =>
        producer.orders?.accepts &&
        producer.orders.bankTransfer &&
        producer.phone &&
        producer.zalo &&
        producer.email &&
        list.length >= 2,
    );
}

/** Five items from three producers: 2 + 2 + 1, one line at a wholesale quantity. */
function fiveItems() {
  const found = orderableProducers();
  if (found.length < 3) throw new Error('The build needs three producers that take orders');
  const chosen = found.slice(0, 3);
  const picks = [
    chosen[0]!.products.slice(0, 2),
    chosen[1]!.products.slice(0, 2),
    chosen[2]!.products.slice(0, 1),
  ];
  const items: Item[] = [];
  picks.forEach((list) => {
    list.forEach((product, j) => {
      const offer = product.offers![0]!;
      const tier = offer.wholesale?.[0];
      items.push({
        code: product.code,
        sku: offer.sku,
        quantity: j === 0 && tier ? tier.minQuantity : 2,
      });
    });
  });
  const subtotals = chosen.map((c) =>
    items
      .filter((i) => c.products.some((p) => p.code === i.code))
      .reduce((sum, i) => {
        const offer = allProducts
          .find((p) => p.code === i.code)!
          .offers!.find((o) => o.sku === i.sku)!;
        return sum + i.quantity * unitPrice(offer, i.quantity);
      }, 0),
  );
  return { producers: chosen.map((c) => c.producer), items, subtotals };
}

async function seedCart(page: Page, items: Item[], path = '/gio-hang/') {
  await page.goto(path);
  await page.evaluate(
    ([key, value]) => {
      localStorage.setItem(key!, value!);
    },
    [CART_KEY, JSON.stringify({ items, buyer: { name: '', phone: '', address: '', note: '' } })],
  );
  await page.reload();
  await expect(page.locator('[data-cart]')).toHaveAttribute('data-ready', 'true');
}

async function fillBuyer(page: Page) {
  await page.getByLabel('Họ và tên').fill('Nguyễn Thị Lan');
  await page.getByLabel('Số điện thoại').fill('0912 345 678');
  await page.getByLabel('Địa chỉ giao hàng').fill('12 Hàng Bạc, Hoàn Kiếm, Hà Nội');
}

const { producers: three, items, subtotals } = fiveItems();

test('five items from three producers: three orders with the right totals, exact links, a decodable VietQR', async ({
  page,
  context,
  browser,
  baseURL,
}) => {
  await seedCart(page, items);
  const groups = page.locator('[data-groups] [data-group]');
  await expect(groups).toHaveCount(3);
  expect(await groups.evaluateAll((els) => els.map((e) => e.getAttribute('data-group')))).toEqual(
    three.map((p) => p.code),
  );
  for (const [i, producer] of three.entries()) {
    const group = page.locator(`[data-group="${producer.code}"]`);
    await expect(group.locator('h2')).toHaveText(producer.name);
    expect(amountOf(await group.locator('[data-subtotal]').textContent())).toBe(subtotals[i]);
  }
  expect(amountOf(await page.locator('[data-total]').textContent())).toBe(
    subtotals.reduce((a, b) => a + b, 0),
  );
  await expect(page.locator('[data-line] [data-status]')).toHaveCount(5);

  // Nothing can be sent before the buyer's details are there: the page says what is missing.
  const first = three[0]!;
  const send = page.locator(`[data-send="${first.code}"]`);
  await expect(send.locator('[data-send-missing]')).toContainText(
    'họ và tên, số điện thoại, địa chỉ giao hàng',
  );
  await send.locator('a[data-channel="sms"]').click({ force: true }); // aria-disabled: still clickable, and says why it cannot send
  await expect(page.getByLabel('Họ và tên')).toBeFocused();
  await expect(page.locator('[data-buyer-status]')).toContainText('Để gửi đơn, hãy điền');
  await page.getByLabel('Số điện thoại').fill('12345');
  await page.getByLabel('Họ và tên').focus();
  await expect(page.locator('[data-phone-error]')).toContainText('chưa đúng dạng số Việt Nam');

  await fillBuyer(page);
  await expect(send.locator('[data-send-missing]')).toHaveCount(0);
  const reference = (await send.getAttribute('data-reference'))!;
  expect(reference).toMatch(/^DH[0-9A-Z]{6}$/);
  const message = (await send.locator('[data-order-text]').textContent())!;
  expect(message).toContain(reference);
  expect(message).toContain('Nguyễn Thị Lan');
  expect(message).toContain('0912 345 678');

  // Each channel's link, exactly.
  const subject = `Đơn đặt hàng ${reference} gửi ${first.name}`;
  await expect(send.locator('a[data-channel="sms"]')).toHaveAttribute(
    'href',
    `sms:${e164(first.phone!)}?body=${encodeURIComponent(message)}`,
  );
  await expect(send.locator('a[data-channel="email"]')).toHaveAttribute(
    'href',
    `mailto:${first.email!}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(message)}`,
  );
  await expect(send.locator('a[data-channel="call"]')).toHaveAttribute(
    'href',
    `tel:${e164(first.phone!)}`,
  );
  await expect(send.locator('a[data-channel="zalo"]')).toHaveAttribute(
    'href',
    `https://zalo.me/${national(first.zalo!)}`,
  );

  // Zalo: the chat opens and the order is on the clipboard, ready to paste.
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL! });
  await context.route('https://zalo.me/**', (route) => route.fulfill({ body: 'zalo' }));
  const [popup] = await Promise.all([
    context.waitForEvent('page'),
    send.locator('a[data-channel="zalo"]').click(),
  ]);
  expect(popup.url()).toBe(`https://zalo.me/${national(first.zalo!)}`);
  await popup.close();
  await expect(page.locator('[data-message]').first()).toContainText(
    `Đã sao chép nội dung đơn ${reference}`,
  );
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(message);

  // The VietQR code: the producer's account, the subtotal, the reference; sample data says so.
  const bank = first.orders!.bankTransfer!;
  const qr = send.locator('[data-vietqr]');
  // Drawn when asked for: the page itself does not load the encoder.
  await expect(qr.locator('svg')).toHaveCount(0);
  await send.locator('[data-vietqr-show]').first().click();
  await expect(qr.locator('svg text').first()).toHaveText('DỮ LIỆU MẪU – KHÔNG CHUYỂN TIỀN');
  const { data, info } = await sharp(await qr.screenshot())
    .ensureAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  const decoded = jsQR(new Uint8ClampedArray(data), info.width, info.height);
  expect(decoded, 'a QR code in the screenshot').not.toBeNull();
  expect(parseVietQr(decoded!.data)).toEqual({
    valid: true,
    bin: bank.bin,
    accountNumber: bank.accountNumber,
    amount: subtotals[0],
    note: reference,
  });

  // The cart and the details survive a reload, with the same reference.
  await page.reload();
  await expect(page.locator('[data-cart]')).toHaveAttribute('data-ready', 'true');
  await expect(page.locator('[data-groups] [data-group]')).toHaveCount(3);
  await expect(page.getByLabel('Họ và tên')).toHaveValue('Nguyễn Thị Lan');
  await expect(send).toHaveAttribute('data-reference', reference);

  // The order link opens the same order in a fresh browser (the producer's).
  const link = /https:\/\/\S+\?don=\S+/.exec(message)![0];
  expect(link.startsWith(`${SITE}/gio-hang/?don=`)).toBe(true);
  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(link.replace(SITE, baseURL!));
  await expect(other.locator('[data-cart]')).toHaveAttribute('data-ready', 'true');
  await expect(other.locator('h1')).toHaveText(`Đơn hàng ${reference}`);
  await expect(other.locator('[data-dropped]')).toBeHidden();
  const linked = other.locator(`[data-group="${first.code}"]`);
  const expectedLines = items.slice(0, 2).map((i) => `${i.code}.${i.sku}`);
  expect(
    await linked
      .locator('[data-line]')
      .evaluateAll((els) =>
        els.map((e) => `${e.getAttribute('data-code')}.${e.getAttribute('data-sku')}`),
      ),
  ).toEqual(expectedLines);
  expect(amountOf(await linked.locator('[data-subtotal]').textContent())).toBe(subtotals[0]);
  await expect(linked.locator('[data-price-now]')).toHaveCount(0);
  await linked.locator('[data-vietqr-show]').click();
  await expect(linked.locator('[data-vietqr] svg')).toHaveCount(1);
  await expect(linked.locator('[data-quantity]')).toHaveCount(0);
  // …and can be added to that browser's cart.
  await other.getByRole('button', { name: 'Thêm các sản phẩm này vào giỏ của tôi' }).click();
  await expect(other).toHaveURL(`${baseURL!}/gio-hang/`);
  await expect(other.locator(`[data-groups] [data-group="${first.code}"] [data-line]`)).toHaveCount(
    2,
  );
  await fresh.close();

  // Sent: the producer's items leave the cart, the others stay.
  await page.locator(`[data-send="${first.code}"] [data-sent]`).click();
  await expect(page.locator('[data-groups] [data-group]')).toHaveCount(2);
});

test('the stepper changes the quantity and the price tier; remove; items no longer in the catalogue', async ({
  page,
}) => {
  const hasTier = (o: Offer) => (o.wholesale ?? []).some((t) => t.minQuantity >= 3);
  const product = allProducts.find((p) => p.offers?.some(hasTier))!;
  const offer = product.offers!.find(hasTier)!;
  const tier = offer.wholesale!.find((t) => t.minQuantity >= 3)!;
  await seedCart(page, [
    { code: product.code, sku: offer.sku, quantity: tier.minQuantity - 1 },
    { code: 'zzzzzz', sku: 'goi', quantity: 1 },
  ]);
  const line = page.locator(`[data-line][data-code="${product.code}"]`);
  expect(amountOf(await line.locator('[data-line-total]').textContent())).toBe(
    (tier.minQuantity - 1) * unitPrice(offer, tier.minQuantity - 1),
  );
  await line.getByRole('button', { name: `Thêm một ${product.name}` }).click();
  await expect(line.locator('[data-quantity]')).toHaveValue(String(tier.minQuantity));
  await expect(line.locator('[data-unit-price]')).toContainText(`giá sỉ từ ${tier.minQuantity}`);
  expect(amountOf(await line.locator('[data-line-total]').textContent())).toBe(
    tier.minQuantity * unitPrice(offer, tier.minQuantity),
  );
  // Keyboard: the focus stays on the stepper after the page redraws.
  await expect(line.getByRole('button', { name: `Thêm một ${product.name}` })).toBeFocused();
  await line.locator('[data-quantity]').fill('3');
  await line.locator('[data-quantity]').press('Tab');
  await expect(line.locator('[data-quantity]')).toHaveValue('3');

  await expect(page.locator('[data-missing]')).toContainText('ZZZZZZ');
  await page.locator('[data-remove-missing]').click();
  await expect(page.locator('[data-missing]')).toBeHidden();
  await line.getByRole('button', { name: `Xoá ${product.name} khỏi giỏ` }).click();
  await expect(page.locator('[data-empty]')).toBeVisible();
  await expect(page.locator('[data-empty]')).toContainText('Giỏ hàng đang trống');
});

test('a quantity above what one order can carry is lowered, saved and named; a total above it blocks sending', async ({
  page,
}) => {
  const dear = (o: Offer) => o.price > 100_000 && (o.wholesale ?? []).length === 0;
  const product = allProducts.find((p) => p.offers?.some(dear))!;
  const offer = product.offers!.find(dear)!;
  const most = Math.floor(10_000_000_000 / offer.price);
  await seedCart(page, [{ code: product.code, sku: offer.sku, quantity: 100_000 }]);
  const line = page.locator(`[data-line][data-code="${product.code}"]`);
  await expect(line.locator('[data-quantity]')).toHaveValue(String(most));
  await expect(page.locator('[data-message]')).toContainText('đã giảm từ 100.000');
  const saved = await page.evaluate((key) => localStorage.getItem(key), CART_KEY);
  expect((JSON.parse(saved!) as { items: Item[] }).items[0]!.quantity).toBe(most);

  // Two lines that each fit, together above the ceiling.
  const other = allProducts.find((p) => p !== product && p.offers?.some(dear))!;
  const otherOffer = other.offers!.find(dear)!;
  await seedCart(page, [
    { code: product.code, sku: offer.sku, quantity: most },
    {
      code: other.code,
      sku: otherOffer.sku,
      quantity: Math.floor(10_000_000_000 / otherOffer.price),
    },
  ]);
  await expect(page.locator('[data-message]')).toContainText('vượt 10 tỷ đồng');
  await expect(page.locator('[data-checkout]')).toBeHidden();
});

test('tampered order links: the notice names what was dropped, as text, and nothing is injected', async ({
  page,
}) => {
  const first = three[0]!;
  const item = items[0]!;
  const good = `${item.code}.${item.sku}.2.1000`;
  const base = `1~DH7K2QAB~${first.code}~`;
  const cases: { param: string; says: string[] }[] = [
    {
      param: `${base}${good}_<img src=x onerror="window.pwned=1">`,
      says: ['dòng hàng không đọc được'],
    },
    { param: `${base}${good}_${item.code}.${item.sku}.-3.1000`, says: ['số lượng không hợp lệ'] },
    {
      param: `${base}${good}_${items[1]!.code}.${items[1]!.sku}.999999999.1000`,
      says: ['số lượng không hợp lệ'],
    },
    {
      param: `${base}${good}_${items[1]!.code}.${items[1]!.sku}.1.-5`,
      says: ['đơn giá không hợp lệ'],
    },
    { param: `${base}${good}_zzzzzz.goi.1.1000`, says: ['không có trong danh mục'] },
    {
      param: `${base}${good}_${items[2]!.code}.${items[2]!.sku}.1.1000`,
      says: ['sản phẩm của cơ sở khác'],
    },
    { param: `${base}${'a'.repeat(2000)}`, says: ['đường dẫn quá dài'] },
    { param: `9~<b>x</b>`, says: ['phiên bản đơn không hợp lệ'] },
  ];
  for (const { param, says } of cases) {
    await page.goto(`/gio-hang/?don=${encodeURIComponent(param)}`);
    await expect(page.locator('[data-cart]')).toHaveAttribute('data-ready', 'true');
    const notice = page.locator('[data-dropped]');
    await expect(notice).toBeVisible();
    for (const words of says) await expect(notice).toContainText(words);
    await expect(page.locator('[data-cart] img[src="x"], [data-cart] b')).toHaveCount(0);
    expect(await page.evaluate(() => (window as { pwned?: number }).pwned)).toBeUndefined();
  }
  // A tampered link still shows what could be read: the good line, at the link's price.
  await page.goto(`/gio-hang/?don=${encodeURIComponent(`${base}${good}_zzzzzz.goi.1.1000`)}`);
  await expect(page.locator(`[data-group="${first.code}"] [data-line]`)).toHaveCount(1);
  expect(amountOf(await page.locator('[data-subtotal]').textContent())).toBe(2000);
});

test('accessibility of the cart with items; English page and the /en/cart/ alias', async ({
  page,
}) => {
  await seedCart(page, items);
  await fillBuyer(page);
  await expectNoSeriousViolations(page, 'the cart with items');

  await page.goto('/en/cart/');
  await expect(page).toHaveURL(/\/en\/gio-hang\/$/);
  await expect(page.locator('[data-cart]')).toHaveAttribute('data-ready', 'true');
  await expect(page.locator('h1')).toHaveText('Cart');
  await expect(page.locator('[data-groups] [data-group]')).toHaveCount(3);
  await expect(page.locator('[data-zalo-why]')).toContainText('Zalo has no documented way');
  // English names where the catalogue has them.
  for (const item of items) {
    const product = allProducts.find((p) => p.code === item.code)!;
    await expect(page.locator(`[data-line][data-code="${item.code}"] [data-name]`)).toHaveText(
      product.nameEn ?? product.name,
    );
  }
  const robots = await page.locator('meta[name="robots"]').getAttribute('content');
  expect(robots).toContain('noindex');
});

test.describe('offline', () => {
  test.describe.configure({ timeout: 90_000 });
  let server: StaticServer;
  test.beforeEach(async () => {
    server = await startStaticServer({ root: DIST, encoding: 'gzip' });
  });
  test.afterEach(async () => {
    await server.stop();
  });

  test('inside a fair’s offline pack the cart works with no connection', async ({
    page,
    context,
  }) => {
    const fair = biggestFair();
    const manifest = JSON.parse(
      readFileSync(join(DIST, 'hoi-cho', fair.slug, 'offline.json'), 'utf8'),
    ) as { urls: string[] };
    expect(manifest.urls).toContain('/gio-hang/');
    const fairItems = (fairProducts(fair) as unknown as ProductFile[])
      .map((p) => allProducts.find((a) => a.code === p.code))
      .filter((p): p is ProductFile => Boolean(p?.offers?.length))
      .slice(0, 2);
    expect(fairItems.length).toBe(2);
    for (const p of fairItems)
      expect(manifest.urls).toContain(`/du-lieu/dat-hang/p-${p.code.slice(0, 2)}.json`);

    await page.goto(`${server.origin}/hoi-cho/${fair.slug}/`);
    await expect(page.locator('[data-offline-pack]')).toHaveAttribute('data-state', 'stored', {
      timeout: 60_000,
    });
    await page.evaluate(
      ([key, value]) => {
        localStorage.setItem(key!, value!);
      },
      [
        CART_KEY,
        JSON.stringify({
          items: fairItems.map((p) => ({ code: p.code, sku: p.offers![0]!.sku, quantity: 1 })),
          buyer: { name: '', phone: '', address: '', note: '' },
        }),
      ],
    );
    await context.setOffline(true);
    await server.stop();

    const response = await page.goto(`${server.origin}/gio-hang/`);
    expect(response?.fromServiceWorker()).toBe(true);
    await expect(page.locator('[data-cart]')).toHaveAttribute('data-ready', 'true');
    await expect(page.locator('[data-groups] [data-line]')).toHaveCount(2);
    const expected = fairItems.reduce((sum, p) => sum + unitPrice(p.offers![0]!, 1), 0);
    expect(amountOf(await page.locator('[data-total]').textContent())).toBe(expected);
  });
});
