/**
 * One English visitor's way through the site on a phone (390×844), by what they see: `/en/` →
 * a province → a product → its producer → the product's check page (the code typed in the
 * header search, as read off a package) → back to the product → add to cart → the cart, with
 * the order as the producer will receive it (Vietnamese) and as the buyer reads it (English).
 * At each step the page is English (`html[lang=en]`, its heading from the catalogue's English
 * name, a few of the site's own words) and axe finds nothing serious (issue #17).
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readCatalogue } from '../../src/lib/content-files/read-content.ts';
import { allowedNames } from '../../src/lib/english-check/allowed-names.ts';
import { findVietnamese } from '../../src/lib/english-check/vietnamese-text.ts';
import { expectNoSeriousViolations } from './support/axe.ts';
import {
  CONTENT,
  isListed,
  producers,
  products,
  province,
  type ProductEntry,
} from './support/catalogue.ts';

interface Offer {
  sku: string;
  pack: string;
  packEn?: string;
  price: number;
}
type Orderable = ProductEntry & { code: string; offers?: Offer[]; minOrderQuantity?: number };
interface ProducerFile {
  name: string;
  phone?: string;
  orders?: { accepts: boolean };
}

const producerFile = (slug: string) =>
  JSON.parse(readFileSync(join(CONTENT, 'producers', `${slug}.json`), 'utf8')) as ProducerFile;

/** "₫45,000": đồng with the English grouping, as `/en/` writes every amount. */
const vnd = (amount: number) => `₫${amount.toLocaleString('en')}`;

/** Matches an accessible name that starts with `text` as a whole word ("Huế", not "Huế Xưa"). */
const startsWithWord = (text: string) =>
  new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(\\s|$)`);

async function expectEnglish(page: Page, what: string) {
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  // The header's own words, as a phone shows them (the navigation folds behind "Menu").
  const header = page.getByRole('banner');
  await expect(header.getByRole('link', { name: /^Cart\b/ })).toBeVisible();
  await expect(header.getByRole('link', { name: 'Tiếng Việt', exact: true })).toBeVisible();
  await expectNoSeriousViolations(page, what);
}

test.use({ viewport: { width: 390, height: 844 }, locale: 'en-GB' });
// Seven pages and eight axe passes: more than the default 30 s on a busy two-core machine.
test.describe.configure({ timeout: 90_000 });

test('an English journey on a phone: home → province → product → producer → check page → cart', async ({
  page,
}) => {
  // A product an English visitor can follow all the way: English name and packs, a current
  // certificate, a producer with a page who takes orders by phone.
  const built = new Set(producers().map((p) => p.slug));
  const candidates = (products() as Orderable[]).filter((p) => {
    const first = p.offers?.[0];
    if (!isListed(p) || !p.nameEn || !first?.packEn || !built.has(p.producer)) return false;
    const producer = producerFile(p.producer);
    return Boolean(producer.orders?.accepts && producer.phone);
  });
  expect(candidates.length, 'orderable products with English text').toBeGreaterThan(0);

  // 1. Home.
  await page.goto('/en/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('OCOP products of Viet Nam');
  const byProvince = page.getByRole('region', { name: 'By province' });
  await expect(byProvince).toBeVisible();
  await expectEnglish(page, 'the English home page');

  // 2. A province that lists one of the candidates on its first page.
  const start = candidates[0]!;
  const where = province(start.province);
  const provinceLink = byProvince.getByRole('link', { name: startsWithWord(where.name) });
  await expect(provinceLink).toHaveAttribute('href', `/en/tinh/${where.slug}/`);
  await expect(provinceLink).toContainText('products');
  await provinceLink.click();
  await expect(page).toHaveURL(`/en/tinh/${where.slug}/`);
  const kind = where.fullName.startsWith('Thành phố') ? 'City' : 'Province';
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${where.name} ${kind}`);
  await expectEnglish(page, `/en/tinh/${where.slug}/`);

  const slugs = await page
    .locator('main article[data-product]')
    .evaluateAll((els) => els.map((el) => el.getAttribute('data-product')));
  const product = candidates.find((p) => slugs.includes(p.slug));
  expect(
    product,
    `a card on /en/tinh/${where.slug}/ is an orderable English product`,
  ).toBeDefined();
  const { nameEn, name, code } = product!;
  const offer = product!.offers![0]!;

  // 3. The product, by its English name.
  await page
    .locator(`main article[data-product="${product!.slug}"]`)
    .getByRole('link', { name: nameEn!, exact: true })
    .click();
  await expect(page).toHaveURL(`/en/san-pham/${product!.slug}/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(nameEn!);
  await expect(page.locator('[data-certified-name]')).toHaveAttribute('lang', 'vi');
  const panel = page.locator('[data-certificate-panel]');
  await expect(panel.getByRole('heading', { name: 'OCOP certificate' })).toBeVisible();
  // The status stands beside the stars.
  await expect(panel.locator('[data-cert-status]')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Check the certificate' })).toHaveAttribute(
    'href',
    `/en/p/${code}/`,
  );
  await expectEnglish(page, `/en/san-pham/${product!.slug}/`);

  // 4. Its producer, who lists it under its English name.
  const producer = producers().find((p) => p.slug === product!.producer)!;
  await page.getByRole('main').getByRole('link', { name: producer.name, exact: true }).click();
  await expect(page).toHaveURL(`/en/chu-the/${producer.slug}/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(producer.name);
  await expect(page.getByRole('heading', { name: 'How to order' })).toBeVisible();
  await expect(
    page
      .locator(`article[data-product="${product!.slug}"]`)
      .getByRole('link', { name: nameEn!, exact: true }),
  ).toBeVisible();
  await expectEnglish(page, `/en/chu-the/${producer.slug}/`);

  // 5. The check page, as from a package: the code typed into the header search.
  const search = page.getByRole('banner').getByRole('searchbox');
  await search.fill(code.toUpperCase());
  await search.press('Enter');
  await expect(page).toHaveURL(`/en/p/${code}/`);
  // The certified name as printed on the package, marked Vietnamese; the words around it English.
  const h1 = page.getByRole('heading', { level: 1 });
  await expect(h1).toHaveText(name);
  await expect(h1).toHaveAttribute('lang', 'vi');
  if (product!.nameEn)
    await expect(page.locator('[data-english-name]')).toHaveText(product!.nameEn);
  await expect(page.getByText('OCOP certificate check')).toBeVisible();
  await expect(page.getByText('Valid until').first()).toBeVisible();
  await expectEnglish(page, `/en/p/${code}/`);

  // 6. Back to the product, and into the cart.
  await page.getByRole('link', { name: 'See the full product page →' }).click();
  await expect(page).toHaveURL(`/en/san-pham/${product!.slug}/`);
  const block = page.locator('[data-order-block]');
  await expect(block.getByRole('heading', { name: 'Order from the producer' })).toBeVisible();
  await expect(block).toContainText(vnd(offer.price));
  const radio = block.getByRole('radio', { name: new RegExp(offer.packEn!) });
  if (await radio.count()) await radio.check();
  const quantity = product!.minOrderQuantity ?? 1;
  await block.getByRole('button', { name: 'Add to cart' }).click();
  await expect(block.locator('[data-cart-status]')).not.toBeEmpty();
  await expectNoSeriousViolations(page, 'the product page after adding to the cart');
  await block.getByRole('link', { name: 'See the cart' }).click();

  // 7. The cart, in English, with the amount in đồng grouped the English way.
  await expect(page).toHaveURL('/en/gio-hang/');
  await expect(page.locator('[data-cart]')).toHaveAttribute('data-ready', 'true');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Cart');
  const line = page.locator(`[data-line][data-code="${code}"]`);
  await expect(line.locator('[data-name]')).toHaveText(nameEn!);
  await expect(line).toContainText(offer.packEn!);
  await expect(page.locator('[data-total]')).toHaveText(vnd(offer.price * quantity));
  await page.getByLabel('Full name').fill('Jane Smith');
  await page.getByLabel('Phone number').fill('0912 345 678');
  await page.getByLabel('Delivery address').fill('12 Hang Bac, Hoan Kiem, Ha Noi');
  await expectEnglish(page, 'the English cart with an item');

  // The order goes to the producer in Vietnamese, saying first that the buyer reads English;
  // the buyer sees it in English beside it.
  const send = page.locator('[data-send]').first();
  await send.getByText('See the message').click();
  const sent = send.locator('[data-order-text]');
  await expect(sent).toHaveAttribute('lang', 'vi');
  await expect(sent).toContainText('The buyer reads English');
  await expect(sent).toContainText(`Kính gửi ${producer.name}`);
  await expect(sent).toContainText(name);
  const english = send.locator('[data-order-text-en]');
  await expect(english).toContainText(`Dear ${producer.name}`);
  await expect(english).toContainText(`${nameEn!} (${code.toUpperCase()})`);
  await expect(english).toContainText(`Subtotal: ${vnd(offer.price * quantity)}`);
  await expect(send.locator('a[data-channel="sms"], a[data-channel="call"]').first()).toBeVisible();
  await expectNoSeriousViolations(page, 'the English cart with the message open');

  // What the script drew is English too: the built-page check (npm run check:english) over the
  // cart as the browser shows it now.
  const allowed = allowedNames(await readCatalogue(CONTENT));
  expect(findVietnamese(await page.content(), allowed)).toEqual([]);
});
