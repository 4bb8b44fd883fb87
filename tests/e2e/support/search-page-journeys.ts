/**
 * Journeys through the search page that both builds must pass (`search-page.spec.ts` on the
 * server-less index, `search-page-meilisearch.spec.ts` on Meilisearch): Back and Forward, filters
 * read from the URL, no count before the first answer, and result cards. Expected results come
 * from `content/` (`catalogue.ts`), never from the site's own code.
 */
import { expect, type Page } from '@playwright/test';
import { cumulativeLayoutShift } from './layout-shift.ts';
import {
  currentCertification,
  expectedState,
  formerProvince,
  isRenamedFormerProvince,
  pick,
  products,
  province,
  vietnamTime,
  type CertificateState,
  type ProductEntry,
} from './catalogue.ts';
import {
  productsNamed,
  SEARCH_PATH,
  SearchPage,
  searching,
  starsOf,
  type Engine,
} from './search-page.ts';

const historyLength = (page: Page) => page.evaluate(() => window.history.length);

/** A page outside search, to come from and go Back to. */
const ABOUT = '/gioi-thieu/';

/**
 * Page 2, typed words (one entry however many pauses), a star level, a sort: four entries.
 * Back steps through them to the page it came from in five presses; Forward restores each.
 */
export async function checkBackAndForward(page: Page, engine: Engine): Promise<void> {
  const search = new SearchPage(page);
  const honey = productsNamed('mat ong hoa');
  expect(honey.length, '"Mật ong hoa…" products in the catalogue').toBeGreaterThan(0);
  const stars = starsOf(honey[0]!);

  await page.goto(ABOUT);
  await searching(page, engine, () => search.open());
  const start = await historyLength(page);

  await searching(page, engine, () => search.pageLink('Trang 2').click());
  await expect(page).toHaveURL(`${SEARCH_PATH}?trang=2`);

  // Typing with a pause in the middle: the URL follows, one entry for the whole spell.
  await search.box.click();
  await search.box.pressSequentially('mat ong');
  await expect(page).toHaveURL(`${SEARCH_PATH}?q=mat+ong`);
  await search.box.pressSequentially(' hoa');
  await expect(page).toHaveURL(`${SEARCH_PATH}?q=mat+ong+hoa`);
  await expect.poll(() => search.slugs()).toEqual(expect.arrayContaining(honey.map((p) => p.slug)));

  await (await search.facetValue('Hạng sao', `${stars} sao`)).check();
  await expect(page).toHaveURL(`${SEARCH_PATH}?q=mat+ong+hoa&sao=${stars}`);
  await search.sort.selectOption({ label: 'Tên A–Z' });
  const full = `${SEARCH_PATH}?q=mat+ong+hoa&sao=${stars}&sap-xep=ten`;
  await expect(page).toHaveURL(full);
  await search.settled();
  expect(await historyLength(page), 'page 2, the words, the stars, the sort').toBe(start + 4);

  const starsBox = search.facet('Hạng sao').getByRole('checkbox', { name: `${stars} sao` });
  const expectState = async (url: string, words: string, sort: string, checked: boolean) => {
    await expect(page).toHaveURL(url);
    await expect(search.box).toHaveValue(words);
    await expect(search.sort).toHaveValue(sort);
    await search.settled();
    if (checked) await expect(starsBox).toBeChecked();
    else
      await expect(search.facet('Hạng sao').getByRole('checkbox', { checked: true })).toHaveCount(
        0,
      );
  };
  const byName = 'products:nameOrder:asc';
  const steps = [
    [full, 'mat ong hoa', byName, true],
    [`${SEARCH_PATH}?q=mat+ong+hoa&sao=${stars}`, 'mat ong hoa', 'products', true],
    [`${SEARCH_PATH}?q=mat+ong+hoa`, 'mat ong hoa', 'products', false],
    [`${SEARCH_PATH}?trang=2`, '', 'products', false],
    [SEARCH_PATH, '', 'products', false],
  ] as const;
  for (const [url, words, sort, checked] of steps.slice(1)) {
    await page.goBack();
    await expectState(url, words, sort, checked);
  }
  await expect(search.pageLink('Trang 1')).toBeVisible();
  await page.goBack();
  await expect(page).toHaveURL(ABOUT);

  for (const [url, words, sort, checked] of [...steps].reverse()) {
    await page.goForward();
    await expectState(url, words, sort, checked);
  }
  expect(await historyLength(page)).toBe(start + 4);
}

/** Opened from another page, then one Back press leaves the search page. */
export async function checkOneBackLeaves(page: Page, engine: Engine, path: string): Promise<void> {
  const search = new SearchPage(page);
  await page.goto(ABOUT);
  const before = await historyLength(page);
  await searching(page, engine, () => search.open(path));
  await expect(search.hits.first()).toBeVisible();
  // The router writes 400 ms after a change: give a wrong write time to happen, then check.
  await page.waitForTimeout(1000);
  expect(await historyLength(page), 'one entry for the search page').toBe(before + 1);
  await page.goBack();
  await expect(page).toHaveURL(ABOUT);
}

const renamedFormer = (p: ProductEntry) =>
  p.certifications
    .map((c) => c.formerProvince)
    .find((slug) => slug !== undefined && isRenamedFormerProvince(slug));

/** A former province whose slug is no 2025 province's, and its successor (with products). */
export function formerProvinceWithProducts(): { former: string; successor: string } {
  const p = pick(products(), 'a product certified in a former province now merged', (x) =>
    Boolean(renamedFormer(x)),
  );
  const former = renamedFormer(p)!;
  return { former, successor: formerProvince(former).successor };
}

const hasPhoto = (p: ProductEntry) => Boolean((p as { images?: unknown[] }).images?.length);

/**
 * `?tinh=<former>&sao=9&tinh-trang=forever`: the former province is read as its 2025 province,
 * the two unknown values are dropped, each with a notice; the address is corrected in place.
 */
export async function checkUrlFilters(
  page: Page,
  engine: Engine,
  locale: 'vi' | 'en',
): Promise<void> {
  const search = new SearchPage(page);
  const { former, successor } = formerProvinceWithProducts();
  const from = formerProvince(former).name;
  const to = province(successor).name;
  const prefix = locale === 'en' ? '/en' : '';
  await page.goto(ABOUT);
  const before = await historyLength(page);
  await searching(page, engine, () =>
    search.open(`${prefix}${SEARCH_PATH}?tinh=${former}&sao=9&tinh-trang=forever`),
  );
  await expect(page).toHaveURL(`${prefix}${SEARCH_PATH}?tinh=${successor}`);

  const notices = page.getByTestId('search-url-notices').getByRole('listitem');
  await expect(notices).toHaveText(
    locale === 'vi'
      ? [
          `${from} nay thuộc ${to} (từ 2025): kết quả là sản phẩm của ${to}.`,
          'Bỏ qua bộ lọc không hợp lệ “sao=9”; các bộ lọc khác vẫn giữ.',
          'Bỏ qua bộ lọc không hợp lệ “tinh-trang=forever”; các bộ lọc khác vẫn giữ.',
        ]
      : [
          `${from} is now part of ${to} (since 2025): showing products of ${to}.`,
          'Ignored the unknown filter “sao=9”; the other filters are kept.',
          'Ignored the unknown filter “tinh-trang=forever”; the other filters are kept.',
        ],
  );
  const inSuccessor = products().filter((p) => p.province === successor);
  await expect
    .poll(() => search.slugs())
    .toEqual(expect.arrayContaining(inSuccessor.map((p) => p.slug).slice(0, 24)));
  expect(await search.total()).toBe(inSuccessor.length);
  const legend = locale === 'vi' ? 'Tỉnh, thành' : 'Province';
  await expect(search.facet(legend).getByRole('checkbox', { name: to })).toBeChecked();

  // Corrected in place: still one entry, and Back leaves.
  expect(await historyLength(page)).toBe(before + 1);
  await page.goBack();
  await expect(page).toHaveURL(ABOUT);
}

/**
 * The stats line, from the first paint: a MutationObserver (installed before any page script)
 * records every text it shows. A load with results never shows "0 sản phẩm" on the way.
 */
export async function checkNoZeroFlash(page: Page, engine: Engine, path: string): Promise<void> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __statsSeen: string[] }).__statsSeen = seen;
    new MutationObserver(() => {
      const text = document.querySelector('[data-testid="search-stats"]')?.textContent;
      if (text && seen.at(-1) !== text) seen.push(text);
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
  const search = new SearchPage(page);
  await searching(page, engine, () => search.open(path));
  expect(await search.total()).toBeGreaterThan(0);
  const seen = await page.evaluate(
    () => (window as unknown as { __statsSeen: string[] }).__statsSeen,
  );
  expect(seen.length, 'the observer saw the stats line').toBeGreaterThan(0);
  expect(seen.filter((text) => /^0 (sản phẩm|products?)\b/.test(text))).toEqual([]);
  expect(seen.at(-1)).toMatch(/^[1-9]\d* (sản phẩm|products?)\b/);
}

/**
 * "banh cay" on a fixed day: each card shows its stars with today's status in words, its
 * producer and province, and its picture — the photo where the product has one, else the
 * drawing of its category — in a box whose size is set before anything loads.
 */
export async function checkResultCards(page: Page, engine: Engine): Promise<void> {
  const day = '2026-12-06';
  await page.clock.setFixedTime(vietnamTime(day));
  const search = new SearchPage(page);
  const banhCay = productsNamed('banh cay');
  const withPhoto = pick(banhCay, 'a "Bánh cáy" product with a photo', hasPhoto);
  const withoutPhoto = pick(banhCay, 'a "Bánh cáy" product without a photo', (p) => !hasPhoto(p));
  await searching(page, engine, () => search.open(`${SEARCH_PATH}?q=banh+cay`));

  const words: Record<CertificateState, RegExp> = {
    valid: /Còn hiệu lực đến \d+\/\d+\/\d{4}/,
    expiring: /Sắp hết hạn: hiệu lực đến \d+\/\d+\/\d{4}/,
    expired: /Đã hết hạn ngày \d+\/\d+\/\d{4}/,
    revoked: /Chứng nhận đã bị thu hồi/,
  };
  for (const p of banhCay) {
    const card = page.locator(`[data-hit="${p.slug}"]`);
    const state = expectedState(currentCertification(p), day);
    await expect(card.locator('[data-state]')).toHaveAttribute('data-state', state);
    await expect(card.locator('[data-state]')).toHaveText(words[state]);
    await expect(card).toContainText(`OCOP ${starsOf(p)} sao`);
    await expect(card).toContainText(province(p.province).name);
  }

  const photo = page.locator(`[data-hit="${withPhoto.slug}"] [data-picture]`);
  await expect(photo).toHaveAttribute('data-picture', 'photo');
  const img = photo.locator('img');
  await expect(img).toHaveAttribute('loading', 'lazy');
  await expect(img).toHaveAttribute('width', '480');
  await expect(img).toHaveAttribute('src', /^\/_astro\/.+\.webp$/);
  await expect
    .poll(() => img.evaluate((el: HTMLImageElement) => el.naturalWidth))
    .toBeGreaterThan(0);

  const drawing = page.locator(`[data-hit="${withoutPhoto.slug}"] [data-picture]`);
  await expect(drawing).toHaveAttribute('data-picture', 'drawing');
  await expect(drawing.locator('svg path')).toHaveAttribute('d', /^M/);
  await expect(drawing.locator('img')).toHaveCount(0);
  const [a, b] = await Promise.all([photo.boundingBox(), drawing.boundingBox()]);
  expect(a?.width).toBeGreaterThan(0);
  expect(b?.height, 'pictures share one fixed shape').toBeCloseTo(a?.height ?? 0, 0);
}

/**
 * Nothing on screen moves while the page's scripts arrive late (held 800 ms, as on a slow
 * network) and the first answer fills the results in: the layout shifts the browser reports,
 * summed as Lighthouse does, stay under 0.01 on a phone.
 */
export async function checkNoLayoutShift(page: Page, engine: Engine, path: string): Promise<void> {
  await page.setViewportSize({ width: 412, height: 823 });
  await page.route(/\.m?js(\?|$)/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 800));
    await route.continue();
  });
  const search = new SearchPage(page);
  await searching(page, engine, () => search.open(path));
  await expect(search.hits.first().or(search.empty)).toBeVisible();
  const shift = await cumulativeLayoutShift(page);
  expect(shift, `cumulative layout shift of ${path}`).toBeLessThan(0.01);
}
