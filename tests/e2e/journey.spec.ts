/**
 * A visitor's way through the catalogue, by the links they would see: home → a province →
 * a product → its producer, who lists the product.
 */
import { expect, test } from '@playwright/test';
import {
  currentCertification,
  isListed,
  pick,
  producers,
  products,
  province,
} from './support/catalogue.ts';

/** Products per listing page (src/lib/i18n/routes.ts). */
const PAGE_SIZE = 24;

/** Matches an accessible name that starts with `text` as a whole word ("Huế", not "Huế Xưa"). */
const startsWithWord = (text: string) =>
  new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(\\s|$)`);

test('home → province → product → producer, by visible links', async ({ page }) => {
  const all = products();
  const builtProducers = new Set(producers().map((p) => p.slug));
  const start = pick(all, 'listed product with a built producer page', (p) => {
    return isListed(p) && builtProducers.has(p.producer);
  });
  const where = province(start.province);

  await page.goto('/');
  const byProvince = page.getByRole('region', { name: 'Theo tỉnh, thành' });
  await expect(byProvince).toBeVisible();
  const provinceLink = byProvince.getByRole('link', { name: startsWithWord(where.name) });
  await expect(provinceLink).toHaveAttribute('data-province', where.slug);
  await provinceLink.click();

  await expect(page).toHaveURL(`/tinh/${where.slug}/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(where.fullName);
  const cards = page.locator('main article[data-product]');
  await expect(cards.first()).toBeVisible();

  // The first card of a product this build knows (content can change after a build).
  const slugs = await cards.evaluateAll((els) => els.map((el) => el.getAttribute('data-product')));
  const product = slugs.map((s) => all.find((p) => p.slug === s)).find((p) => p !== undefined);
  expect(
    product,
    `a card on /tinh/${where.slug}/ is a product of the built catalogue`,
  ).toBeDefined();
  expect(product!.province).toBe(where.slug);
  const card = page.locator(`main article[data-product="${product!.slug}"]`);
  await card.getByRole('link', { name: product!.name, exact: true }).click();

  await expect(page).toHaveURL(`/san-pham/${product!.slug}/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(product!.name);
  const panel = page.locator('[data-certificate-panel]');
  await expect(panel).toBeVisible();
  await expect(panel.getByRole('heading', { name: 'Chứng nhận OCOP' })).toBeVisible();
  await expect(panel.locator('[data-cert-status]')).toBeVisible();

  const producer = producers().find((p) => p.slug === product!.producer);
  expect(producer, `producer "${product!.producer}" is in the build`).toBeDefined();
  const producerLink = page
    .getByRole('main')
    .getByRole('link', { name: producer!.name, exact: true });
  await expect(producerLink).toHaveAttribute('href', `/chu-the/${producer!.slug}/`);
  await producerLink.click();

  await expect(page).toHaveURL(`/chu-the/${producer!.slug}/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(producer!.name);
  const listed = page.locator(`article[data-product="${product!.slug}"]`);
  await expect(listed).toBeVisible();
  await expect(listed.getByRole('link', { name: product!.name, exact: true })).toHaveAttribute(
    'href',
    `/san-pham/${product!.slug}/`,
  );
});

test('a star-level listing pages through every listed product of that level, once', async ({
  page,
}) => {
  const byStars = new Map<number, string[]>();
  for (const p of products().filter(isListed)) {
    const stars = currentCertification(p).stars;
    byStars.set(stars, [...(byStars.get(stars) ?? []), p.slug]);
  }
  const [stars, expected] = [...byStars].sort((a, b) => b[1].length - a[1].length)[0] ?? [0, []];
  test.skip(expected.length <= PAGE_SIZE, 'no star level has more than one page of products');

  await page.goto('/');
  await page
    .getByRole('region', { name: 'Theo hạng sao' })
    .getByRole('link', { name: new RegExp(`Sản phẩm OCOP ${String(stars)} sao`) })
    .click();
  await expect(page).toHaveURL(`/sao/${String(stars)}/`);

  const seen: string[] = [];
  // The part in force, then the expired and revoked part at its own address (`het-han/`), each
  // numbered from its page 1.
  let part = '';
  let inPart = 1;
  for (let n = 1; ; n++) {
    const cards = page.locator('main article[data-product]');
    const slugs = await cards.evaluateAll((els) =>
      els.map((el) => el.getAttribute('data-product')),
    );
    expect(slugs.length, `page ${String(n)} has products`).toBeGreaterThan(0);
    expect(slugs.length, `page ${String(n)} has at most ${String(PAGE_SIZE)}`).toBeLessThanOrEqual(
      PAGE_SIZE,
    );
    seen.push(...slugs.map(String));
    const next = page.getByRole('navigation', { name: 'Phân trang' }).getByRole('link', {
      name: /Trang sau/,
    });
    if ((await next.count()) === 0) break;
    const toLapsed = (await page.locator('[data-lapsed-link]').count()) > 0;
    await next.click();
    [part, inPart] = toLapsed ? ['het-han/', 1] : [part, inPart + 1];
    await expect(page).toHaveURL(
      `/sao/${String(stars)}/${part}${inPart > 1 ? `trang/${String(inPart)}/` : ''}`,
    );
  }
  expect(seen.length, 'no product is listed twice').toBe(new Set(seen).size);
  expect(seen.sort()).toEqual([...expected].sort());
});
