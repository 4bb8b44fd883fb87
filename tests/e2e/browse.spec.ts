/**
 * Browse listings (issue 16): certificates in force first and the others after, marked; the
 * "in force" / "expired" switch; sorts and narrowings by clicking, with and without JavaScript;
 * an empty province leading on; the phone header. Expectations come from the content files and
 * the build day, not from `src/`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousViolations } from './support/axe.ts';
import {
  categoryPath,
  currentCertification,
  DIST,
  expectedState,
  isListed,
  products,
  province,
  type ProductEntry,
} from './support/catalogue.ts';
import { buildDay } from './support/standing.ts';

const day = buildDay();
const listed = products().filter(isListed);
const inForce = (p: ProductEntry) =>
  ['valid', 'expiring'].includes(expectedState(currentCertification(p), day));
const stars = (p: ProductEntry) => currentCertification(p).stars;
const bySlug = new Map(products().map((p) => [p.slug, p]));
const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

/** A province with products in force and others, and more than one star level. */
const subject = (() => {
  const slugs = [...new Set(listed.map((p) => p.province))];
  const found = slugs.find((slug) => {
    const here = listed.filter((p) => p.province === slug);
    return (
      here.some(inForce) &&
      here.some((p) => !inForce(p)) &&
      here.filter(inForce).length >= 2 &&
      new Set(here.map(stars)).size > 1 &&
      here.length <= 24
    );
  });
  if (!found) throw new Error('the sample needs a province with products in force and not');
  return { slug: found, products: listed.filter((p) => p.province === found) };
})();
/** A category group of the subject province that other provinces have products in too. */
const spreadGroup = (() => {
  for (const p of subject.products) {
    const group = categoryPath(p.category)[0]!;
    const inGroup = listed.filter((x) => categoryPath(x.category)[0]!.code === group.code);
    const here = inGroup.filter((x) => x.province === subject.slug);
    if (here.length < inGroup.length) return { group, here };
  }
  throw new Error(`no group of ${subject.slug} has products elsewhere too`);
})();
const emptyProvince = (() => {
  const found = ['cao-bang', 'dien-bien', 'lai-chau']
    .map(province)
    .find((p) => !listed.some((x) => x.province === p.slug));
  if (!found)
    throw new Error('the sample needs an empty province: Cao Bằng, Điện Biên or Lai Châu');
  return found;
})();

/** Pages of the part in force: one per star level (the subject's fit on one page each). */
const inForcePages = new Set(subject.products.filter(inForce).map(stars)).size;
const lapsedUrl = `/tinh/${subject.slug}/het-han/`;
const dates = (shown: ProductEntry[]) => shown.map((p) => currentCertification(p).decisionDate);

async function cards(page: Page): Promise<ProductEntry[]> {
  const slugs = await page
    .locator('[data-listing] [data-product]')
    .evaluateAll((els) => els.map((el) => el.getAttribute('data-product')!));
  return slugs.map((s) => bySlug.get(s)!);
}

test('a province lists its certificates in force first; the others follow, marked', async ({
  page,
}) => {
  await page.goto(`/tinh/${subject.slug}/`);
  // Default order: a star level per page, best first; newest certificate first within it, so
  // the next certificate to run out is the last of its level.
  const first: ProductEntry[] = [];
  const levels: number[] = [];
  for (let n = 1; ; n++) {
    const shown = await cards(page);
    expect(new Set(shown.map(stars)).size, `page ${String(n)} holds one star level`).toBe(1);
    levels.push(stars(shown[0]!));
    expect(dates(shown)).toEqual(dates(shown).toSorted().reverse());
    await expect(page.locator('[data-segment-heading]')).toHaveText(
      `Chứng nhận còn hiệu lực – ${String(levels.at(-1))} sao`,
    );
    await expect(page.locator('[data-listing] [data-lapsed]')).toHaveCount(0);
    first.push(...shown);
    if ((await page.locator('[data-lapsed-link]').count()) > 0) break;
    await page
      .getByRole('navigation', { name: 'Phân trang' })
      .getByRole('link', { name: /Trang sau/ })
      .click();
    await expect(page).toHaveURL(`/tinh/${subject.slug}/trang/${String(n + 1)}/`);
  }
  expect(levels).toEqual(levels.toSorted((a, b) => b - a));
  expect(levels).toHaveLength(inForcePages);
  expect(first.map((p) => p.slug).sort()).toEqual(
    subject.products
      .filter(inForce)
      .map((p) => p.slug)
      .sort(),
  );

  await page.locator('[data-lapsed-link]').click();
  await expect(page).toHaveURL(lapsedUrl);
  const rest = await cards(page);
  expect(rest.map((p) => p.slug).sort()).toEqual(
    subject.products
      .filter((p) => !inForce(p))
      .map((p) => p.slug)
      .sort(),
  );
  // In the order they lapsed: the one that lapsed last night comes last.
  expect(dates(rest)).toEqual(dates(rest).toSorted());
  await expect(
    page.getByRole('heading', { name: 'Chứng nhận đã hết hạn hoặc bị thu hồi' }),
  ).toBeVisible();
  const lapsedCards = page.locator('[data-listing] [data-product]');
  for (const card of await lapsedCards.all()) {
    await expect(card).toHaveAttribute('data-lapsed', '');
    // The status in words beside the stars, on every quieter card.
    const words = await card.innerText();
    expect(words).toMatch(/OCOP [345]★/);
    expect(words).toMatch(/Đã hết hạn|Đã bị thu hồi/);
  }
});

test('the switch shows only the products in force, and back', async ({ page }) => {
  const lapsedCount = subject.products.filter((p) => !inForce(p)).length;
  const inForceCount = subject.products.length - lapsedCount;
  await page.goto(`/tinh/${subject.slug}/`);
  const standing = page.locator('[data-choices="standing"]');
  // Page 1 counts both parts.
  await standing
    .getByRole('link', { name: `Hết hạn, bị thu hồi (${String(lapsedCount)})` })
    .click();
  await expect(page).toHaveURL(lapsedUrl);
  // Other pages name the parts without counting them: they stay as they are when a
  // certificate elsewhere in the listing runs out.
  await expect(standing.locator('[aria-current="true"]')).toHaveText('Hết hạn, bị thu hồi');
  await expect(standing.getByRole('link', { name: 'Còn hiệu lực', exact: true })).toHaveCount(1);
  await standing.getByRole('link', { name: 'Còn hiệu lực', exact: true }).click();
  await expect(page).toHaveURL(`/tinh/${subject.slug}/`);
  await expect(standing.locator('[aria-current="true"]')).toHaveText(
    `Còn hiệu lực (${String(inForceCount)})`,
  );
  expect((await cards(page)).every(inForce)).toBe(true);
  // The pager of the part in force numbers only its pages.
  await expect(
    page
      .getByRole('navigation', { name: 'Phân trang' })
      .getByRole('link', { name: `Đến trang ${String(inForcePages + 1)}` }),
  ).toHaveCount(0);
});

for (const javaScriptEnabled of [true, false]) {
  test.describe(javaScriptEnabled ? 'with JavaScript' : 'without JavaScript', () => {
    test.use({ javaScriptEnabled });

    test('narrowing a province by stars and by group, by clicking', async ({ page }) => {
      const star = Math.max(...subject.products.map(stars));
      await page.goto(`/tinh/${subject.slug}/`);
      const expected = subject.products.filter((p) => stars(p) === star);
      await page
        .locator('[data-choices="stars"]')
        .getByRole('link', { name: `${String(star)} sao (${String(expected.length)})` })
        .click();
      await expect(page).toHaveURL(`/tinh/${subject.slug}/sao-${String(star)}/`);
      await expect(page.getByRole('heading', { level: 1 })).toContainText(`${String(star)} sao`);
      const shown = await cards(page);
      expect(shown.length).toBeGreaterThan(0);
      expect(shown.every((p) => stars(p) === star)).toBe(true);
      // Page 1 of the sub-listing: its products in force (or, if none is, the others).
      const first = expected.some(inForce) ? expected.filter(inForce) : expected;
      expect(shown.map((p) => p.slug).sort()).toEqual(first.map((p) => p.slug).sort());
      await page
        .locator('[data-choices="stars"]')
        .getByRole('link', { name: /^Tất cả/ })
        .click();
      await expect(page).toHaveURL(`/tinh/${subject.slug}/`);
    });

    test('the phone menu opens and leads to the fairs', async ({ page }) => {
      await page.setViewportSize({ width: 390, height: 800 });
      await page.goto(`/tinh/${subject.slug}/`);
      const nav = page.getByRole('navigation', { name: 'Điều hướng chính' });
      await expect(nav).toBeHidden();
      await page.getByText('Menu', { exact: true }).click();
      await nav.getByRole('link', { name: 'Hội chợ' }).click();
      await expect(page).toHaveURL('/hoi-cho/');
    });

    test('narrowing a category by province, by clicking', async ({ page }) => {
      const { group, here } = spreadGroup;
      await page.goto(`/danh-muc/${group.slug}/`);
      const provinces = page.locator('[data-choices="province"]');
      // A long row folds into a disclosure: open it when it is folded.
      if ((await provinces.evaluate((el) => el.tagName)) === 'DETAILS')
        await provinces.locator('summary').click();
      await provinces
        .getByRole('link', {
          name: `${province(subject.slug).name} (${String(here.length)})`,
        })
        .click();
      await expect(page).toHaveURL(`/danh-muc/${group.slug}/tinh/${subject.slug}/`);
      const shown = await cards(page);
      expect(shown.every((p) => p.province === subject.slug)).toBe(true);
    });

    test('sorting by name and by newest certificate, by clicking', async ({ page }) => {
      await page.goto(`/tinh/${subject.slug}/`);
      await page.locator('[data-choices="sort"]').getByRole('link', { name: 'Tên A–Z' }).click();
      await expect(page).toHaveURL(`/tinh/${subject.slug}/xep-ten/`);
      await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
      // Every product in place, A–Z; the expired ones drawn quieter, their status in words.
      const shown = await cards(page);
      const names = shown.map((p) => p.name);
      expect(names).toEqual(names.toSorted(collator.compare));
      expect(shown.map((p) => p.slug).sort()).toEqual(subject.products.map((p) => p.slug).sort());
      await expect(page.locator('[data-listing] [data-lapsed]')).toHaveCount(
        shown.filter((p) => !inForce(p)).length,
      );

      await page
        .locator('[data-choices="sort"]')
        .getByRole('link', { name: 'Chứng nhận mới nhất' })
        .click();
      await expect(page).toHaveURL(`/tinh/${subject.slug}/xep-moi/`);
      const newest = dates(await cards(page));
      expect(newest).toEqual(newest.toSorted().reverse());
      // The expired part stays one link away, in the default order.
      await expect(page.locator('[data-lapsed-link]')).toHaveAttribute('href', lapsedUrl);
    });
  });
}

test('with JavaScript, the page behind a choice is fetched when the pointer rests on it', async ({
  page,
}) => {
  await page.goto(`/tinh/${subject.slug}/`);
  const name = page.locator('[data-choices="sort"]').getByRole('link', { name: 'Tên A–Z' });
  const fetched = page.waitForRequest((r) => r.url().endsWith(`/tinh/${subject.slug}/xep-ten/`));
  await name.hover();
  await fetched;
  await expect(
    page.locator(`link[rel="prefetch"][href="/tinh/${subject.slug}/xep-ten/"]`),
  ).toHaveCount(1);
  // Only the listing's own choices: a product's link is left alone.
  await page.locator('[data-listing] [data-product] a').first().hover();
  await expect(page.locator('link[rel="prefetch"]')).toHaveCount(1);
});

test('a province with no product says so and leads on', async ({ page }) => {
  await page.goto(`/tinh/${emptyProvince.slug}/`);
  await expect(
    page.getByRole('heading', { name: `Chưa có sản phẩm mẫu nào của ${emptyProvince.name}` }),
  ).toBeVisible();
  const neighbours = page.locator('[data-neighbours] a');
  await expect(neighbours).toHaveCount(4);
  for (const href of await neighbours.evaluateAll((els) =>
    els.map((e) => e.getAttribute('href')!),
  )) {
    const slug = /^\/tinh\/([^/]+)\/$/.exec(href)?.[1];
    expect(
      listed.some((p) => p.province === slug),
      `${href} has products`,
    ).toBe(true);
  }
  await expect(page.locator('[data-nearest-points] > li')).toHaveCount(3);
  await page.locator('[data-empty-province] input[type="search"]').fill('mật ong');
  await page.locator('[data-empty-province] button[type="submit"]').click();
  await expect(page).toHaveURL(/\/tim-kiem\/\?q=m/);
});

test('the sitemap lists narrowed listings and leaves other sorts out', () => {
  const xml = readdirSync(DIST)
    .filter((f) => /^sitemap-\d+\.xml$/.test(f))
    .map((f) => readFileSync(join(DIST, f), 'utf8'))
    .join('\n');
  const star = Math.max(...subject.products.map(stars));
  expect(xml).toContain(`/tinh/${subject.slug}/sao-${String(star)}/</loc>`);
  expect(xml).toContain(`/en/tinh/${subject.slug}/sao-${String(star)}/</loc>`);
  expect(xml).not.toMatch(/\/xep-(moi|ten)\//);
});

test('a browse listing has no serious accessibility problem', async ({ page }) => {
  await page.goto(`/tinh/${subject.slug}/`);
  await expectNoSeriousViolations(page, 'a province listing');
  await page.goto(lapsedUrl);
  await expectNoSeriousViolations(page, 'the expired part of a province listing');
});

/** A product with a pack on offer, to put in the cart so its count shows. */
const onOffer = (() => {
  const found = (
    products() as (ProductEntry & { code: string; offers?: { sku: string }[] })[]
  ).find((p) => isListed(p) && (p.offers?.length ?? 0) > 0);
  if (!found) throw new Error('the sample needs a product with a pack on offer');
  return found as ProductEntry & { code: string; offers: { sku: string }[] };
})();

const withCart = (code: string, sku: string) =>
  `localStorage.setItem('ocop:gio-hang', ${JSON.stringify(
    JSON.stringify({ items: [{ code, sku, quantity: 3 }] }),
  )})`;

for (const width of [320, 360, 375, 390, 640, 768, 1024, 1280]) {
  for (const lang of ['vi', 'en'] as const) {
    test(`the header at ${String(width)} px (${lang}) fits and labels its icons`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 800 });
      await page.addInitScript(withCart(onOffer.code, onOffer.offers[0]!.sku));
      await page.goto(lang === 'vi' ? `/tinh/${subject.slug}/` : `/en/tinh/${subject.slug}/`);
      const header = page.locator('header[data-site-header]');
      await expect(header.locator('[data-cart-count]')).toBeVisible();
      await expect(header.locator('[data-cart-count]')).toHaveText('3');
      const box = await header.evaluate((el) => el.getBoundingClientRect().toJSON() as DOMRect);
      if (width <= 390) expect(box.height, 'header height').toBeLessThanOrEqual(120);
      // Every control is on screen: nothing pushed off to the side.
      for (const el of await header
        .locator('a:visible, button:visible, summary:visible, input:visible')
        .all()) {
        const b = (await el.boundingBox())!;
        expect(b.x, await el.evaluate((e) => e.outerHTML.slice(0, 80))).toBeGreaterThanOrEqual(0);
        expect(b.x + b.width).toBeLessThanOrEqual(width);
      }
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(width);
      // The search box has room to type in (at 320 px the search button and the menu take
      // the rest of the row; wider, more).
      const search = header.getByRole('searchbox');
      expect((await search.boundingBox())!.width).toBeGreaterThanOrEqual(width < 360 ? 96 : 140);
      // The list and cart links are named by their words, which show on phones and from
      // 1024 px; between, the icons alone leave the search box its room.
      const words = lang === 'vi' ? ['Danh sách', 'Giỏ hàng'] : ['List', 'Cart'];
      await expect(header.locator('[data-shortlist-link]')).toHaveAccessibleName(
        new RegExp(`^${words[0]!}`),
      );
      await expect(header.locator('[data-cart-link]')).toHaveAccessibleName(
        new RegExp(`^${words[1]!}`),
      );
      const wordsShow = width < 640 || width >= 1024;
      for (const [link, word] of [
        ['[data-shortlist-link]', words[0]!],
        ['[data-cart-link]', words[1]!],
      ] as const) {
        const shown = (await header.locator(link).getByText(word).boundingBox())!.width;
        if (wordsShow) expect(shown, word).toBeGreaterThan(20);
        else expect(shown, word).toBeLessThanOrEqual(1);
      }
      // The logo names the site, aloud at least (the mark stands alone under 360 px and at
      // 640–767 px).
      await expect(header.locator('.site-logo')).toHaveAccessibleName(
        lang === 'vi' ? 'OCOP Việt Nam' : 'OCOP Viet Nam',
      );
      // Fairs are in the main menu (behind "Menu" on phones).
      if (width < 640) await header.locator('summary').click();
      const fairs = page
        .getByRole('navigation', { name: lang === 'vi' ? 'Điều hướng chính' : 'Main navigation' })
        .getByRole('link', { name: lang === 'vi' ? 'Hội chợ' : 'Fairs' });
      await expect(fairs).toBeVisible();
      await fairs.click();
      await expect(page).toHaveURL(lang === 'vi' ? '/hoi-cho/' : '/en/hoi-cho/');
    });
  }
}
