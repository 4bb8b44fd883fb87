/**
 * The search page (`/tim-kiem/`) as a visitor uses it, and the checks that both builds must
 * pass: the plain `dist/` (server-less index) and `dist-meili/` (Meilisearch). The specs call
 * the scenarios below with the engine they expect; expected results come from `content/`
 * (`catalogue.ts`), never from the site's own search code.
 */
import {
  expect,
  type APIRequestContext,
  type Browser,
  type Locator,
  type Page,
  type Request,
} from '@playwright/test';
import {
  currentCertification,
  isListed,
  pick,
  products,
  province,
  type ProductEntry,
} from './catalogue.ts';

export const SEARCH_PATH = '/tim-kiem/';
/** Hits per page (`<Configure hitsPerPage={24} />` in SearchApp.tsx). */
export const HITS_PER_PAGE = 24;

export type Engine = 'fallback' | 'meilisearch';

/** A Meilisearch search request (the page's multi-search or a single index search). */
export const isMeilisearchSearch = (request: Request): boolean =>
  /\/(multi-search|indexes\/[^/]+\/search)$/.test(new URL(request.url()).pathname);

/** A file of the server-less index. */
export const isFallbackFile = (request: Request): boolean =>
  new URL(request.url()).pathname.startsWith('/search/fallback/');

/** Requests a page sent to each search engine, recorded from now on. */
export function watchSearchTraffic(page: Page): { meilisearch: string[]; fallback: string[] } {
  const traffic = { meilisearch: [] as string[], fallback: [] as string[] };
  page.on('request', (request) => {
    if (isMeilisearchSearch(request)) traffic.meilisearch.push(request.postData() ?? '');
    else if (isFallbackFile(request)) traffic.fallback.push(request.url());
  });
  return traffic;
}

/** Lower case without any diacritic, đ → d: how people type Vietnamese into a search box. */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase();
}

// ---- Vietnamese alphabetical order, written here independently of src/. ----

const ALPHABET = 'aăâbcdđeêfghijklmnoôơpqrstuưvwxyz';
/** Tone marks (grave, acute, tilde, hook above, dot below): second-level differences only. */
const TONES = /[\u0300\u0301\u0303\u0309\u0323]/g;

type Unit = { kind: 0 | 1 | 2 | 3; value: number };

/** Space < punctuation < numbers (by value) < letters (Vietnamese alphabet), tones ignored. */
function units(name: string): Unit[] {
  const text = name.normalize('NFD').replace(TONES, '').normalize('NFC').toLowerCase();
  const out: Unit[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (/\d/.test(ch)) {
      let j = i;
      while (j < text.length && /\d/.test(text[j]!)) j++;
      out.push({ kind: 2, value: Number(text.slice(i, j)) });
      i = j - 1;
    } else if (ALPHABET.includes(ch)) out.push({ kind: 3, value: ALPHABET.indexOf(ch) });
    else if (/\s/.test(ch)) out.push({ kind: 0, value: 0 });
    else out.push({ kind: 1, value: 0 });
  }
  return out;
}

/** Negative when `a` comes before `b` in a Vietnamese dictionary (Đ after D, Ư after U). */
export function compareVietnameseNames(a: string, b: string): number {
  const ua = units(a);
  const ub = units(b);
  for (let i = 0; i < Math.min(ua.length, ub.length); i++) {
    const x = ua[i]!;
    const y = ub[i]!;
    if (x.kind !== y.kind) return x.kind - y.kind;
    if (x.value !== y.value) return x.value - y.value;
  }
  return ua.length - ub.length;
}

// ---- What the catalogue says the page should find. ----

export const starsOf = (p: ProductEntry): number => currentCertification(p).stars;

/** Products whose name contains `query` typed without diacritics. */
export const productsNamed = (query: string): ProductEntry[] =>
  products().filter((p) => fold(p.name).includes(fold(query)));

/**
 * A province and a star level to refine by: the pair with the most products among those that
 * leave some of the province's products out and fit on one page.
 */
export function refinementPair(): { province: string; stars: number } {
  const all = products();
  const pairs = new Map<string, number>();
  for (const p of all) {
    const key = `${p.province}|${starsOf(p)}`;
    pairs.set(key, (pairs.get(key) ?? 0) + 1);
  }
  const candidates = [...pairs.entries()]
    .map(([key, count]) => {
      const [slug, stars] = key.split('|') as [string, string];
      return {
        province: slug,
        stars: Number(stars),
        count,
        inProvince: all.filter((p) => p.province === slug).length,
      };
    })
    .filter((c) => c.count >= 2 && c.count < c.inProvince && c.inProvince <= HITS_PER_PAGE)
    .sort((a, b) => b.count - a.count || a.province.localeCompare(b.province));
  return pick(candidates, 'province with two star levels', () => true);
}

/**
 * A province to sort by name: the one whose product names start with the most different
 * letters, preferring one that has names with both D and Đ (the letter naive sorts misplace).
 */
export function provinceToSortByName(): string {
  const byProvince = new Map<string, string[]>();
  for (const p of products())
    byProvince.set(p.province, [...(byProvince.get(p.province) ?? []), p.name]);
  const score = (names: string[]) => {
    const initials = new Set(names.map((n) => n.normalize('NFC')[0]!.toLowerCase()));
    return (initials.has('d') && initials.has('đ') ? 100 : 0) + initials.size;
  };
  const best = [...byProvince.entries()]
    .filter(([, names]) => names.length >= 3 && names.length <= HITS_PER_PAGE)
    .sort((a, b) => score(b[1]) - score(a[1]) || a[0].localeCompare(b[0]));
  return pick(best, 'province with three to 24 products', () => true)[0];
}

// ---- The page. ----

export class SearchPage {
  readonly page: Page;
  readonly box: Locator;
  readonly stats: Locator;
  readonly hits: Locator;
  readonly empty: Locator;
  readonly fallbackNotice: Locator;
  readonly sort: Locator;

  constructor(page: Page) {
    this.page = page;
    this.box = page.getByRole('search').getByRole('searchbox');
    this.stats = page.getByTestId('search-stats');
    this.hits = page.locator('[data-hit]');
    this.empty = page.getByTestId('search-empty');
    this.fallbackNotice = page.getByTestId('search-fallback-notice');
    this.sort = page.locator('[data-search-root] select');
  }

  /** Opens the page (a path or a full URL) and waits until a search has answered. */
  async open(path = SEARCH_PATH): Promise<void> {
    await this.page.goto(path);
    await this.settled();
  }

  /** Waits until the stats show a count ("N sản phẩm"), not "Đang tìm…". */
  async settled(): Promise<void> {
    await expect(this.stats).toHaveText(/^\d+ (sản phẩm|products?)\b/);
  }

  /** The count the stats line shows. */
  async total(): Promise<number> {
    await this.settled();
    const text = (await this.stats.textContent()) ?? '';
    return Number(/^(\d+)/.exec(text)?.[1]);
  }

  slugs(): Promise<string[]> {
    return this.hits.evaluateAll((els) => els.map((el) => el.getAttribute('data-hit') ?? ''));
  }

  names(): Promise<string[]> {
    return this.hits.locator('h2').allTextContents();
  }

  facet(legend: string): Locator {
    return this.page.getByRole('group', { name: legend });
  }

  /** The checkbox of a facet value; opens "Xem thêm" when the value is not among the first. */
  async facetValue(legend: string, label: string): Promise<Locator> {
    const group = this.facet(legend);
    const box = group.getByRole('checkbox', { name: label });
    if ((await box.count()) === 0) {
      await group.getByRole('button', { name: 'Xem thêm' }).click();
    }
    await expect(box).toHaveCount(1);
    return box;
  }

  pageLink(name: string): Locator {
    return this.page.getByRole('link', { name, exact: true });
  }
}

/**
 * Runs `action`; with Meilisearch, also waits for the search request it causes (and returns
 * its body), proving the results come from Meilisearch and not the server-less index.
 */
export async function searching(
  page: Page,
  engine: Engine,
  action: () => Promise<unknown>,
  bodyIncludes = '',
): Promise<string> {
  if (engine === 'fallback') {
    await action();
    return '';
  }
  const [request] = await Promise.all([
    page.waitForRequest(
      (r) => /multi-search/.test(r.url()) && (r.postData() ?? '').includes(bodyIncludes),
    ),
    action(),
  ]);
  return request.postData() ?? '';
}

/**
 * Fails early, and says why, when the page at `baseURL` is wired to Meilisearch although the
 * test expects the plain build (`dist/` built with `PUBLIC_MEILISEARCH_*` set, as `npm start`
 * does, or another server on the port).
 */
export async function expectPlainBuild(request: APIRequestContext): Promise<void> {
  const html = await (await request.get(SEARCH_PATH)).text();
  expect(
    html.includes('meilisearch&quot;:[0,null]'),
    'the served build has no Meilisearch configured: rebuild dist/ with `npx astro build` ' +
      'and no PUBLIC_MEILISEARCH_* variables set',
  ).toBe(true);
}

// ---- Scenarios shared by both builds. ----

/** Typing queries: "banh cay", "duong", and a word that matches nothing. */
export async function checkTypedQueries(page: Page, engine: Engine): Promise<void> {
  const search = new SearchPage(page);
  await searching(page, engine, () => search.open());

  const banhCay = productsNamed('banh cay');
  expect(banhCay.length, 'the catalogue has "Bánh cáy" products').toBeGreaterThan(0);
  expect(banhCay.every((p) => p.name.startsWith('Bánh cáy'))).toBe(true);
  await searching(
    page,
    engine,
    async () => {
      await search.box.click();
      await search.box.pressSequentially('banh cay');
    },
    '"q":"banh cay"',
  );
  await expect(page).toHaveURL(/\?q=banh\+cay$/);
  // Every "Bánh cáy…" product, before anything that matches less well.
  await expect
    .poll(async () => (await search.slugs()).slice(0, banhCay.length).sort())
    .toEqual(banhCay.map((p) => p.slug).sort());
  for (const p of banhCay) {
    await expect(search.hits.filter({ has: page.getByRole('link', { name: p.name }) })).toHaveCount(
      1,
    );
  }

  const duong = pick(products(), '"Đường hoa dừa"', (p) => p.name === 'Đường hoa dừa');
  await searching(page, engine, () => search.box.fill('duong'));
  await expect(page).toHaveURL(/\?q=duong$/);
  await expect(search.hits.first()).toHaveAttribute('data-hit', duong.slug);
  await expect(search.hits.first().locator('h2')).toHaveText('Đường hoa dừa');
  await expect(search.empty).toHaveCount(0);

  await searching(page, engine, () => search.box.fill('xyzzyqvw'));
  await expect(search.empty).toBeVisible();
  await expect(search.empty).toContainText('xyzzyqvw');
  await expect(search.hits).toHaveCount(0);
  await expect(search.stats).toHaveText(/^0 sản phẩm/);

  // A hit leads to its product page. (The same query again: answered from the page's cache.)
  await search.box.fill('duong');
  await search.hits.first().getByRole('link', { name: 'Đường hoa dừa' }).click();
  await expect(page).toHaveURL(`/san-pham/${duong.slug}/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Đường hoa dừa');
}

/** Every card shows the province and star level it was refined to. */
async function expectCardsIn(search: SearchPage, provinceName: string, stars?: number) {
  const cards = await search.hits.evaluateAll((els) => els.map((el) => el.textContent));
  expect(cards.length).toBeGreaterThan(0);
  for (const text of cards) {
    expect(text).toContain(provinceName);
    if (stars !== undefined) expect(text).toContain(`${stars} sao`);
  }
}

/**
 * Province and stars checkboxes → the URL holds `tinh=` and `sao=`; the URL opened in a fresh
 * browser context shows the same hits in the same order; Back returns to the previous state.
 */
export async function checkRefineShareAndBack(
  page: Page,
  browser: Browser,
  engine: Engine,
): Promise<void> {
  const search = new SearchPage(page);
  const { province: slug, stars } = refinementPair();
  const where = province(slug);
  const inProvince = products().filter((p) => p.province === slug);
  const inPair = inProvince.filter((p) => starsOf(p) === stars);

  await searching(page, engine, () => search.open());
  const everything = await search.total();
  expect(everything).toBeGreaterThan(inProvince.length);

  const provinceBox = await search.facetValue('Tỉnh, thành', where.name);
  const body = await searching(page, engine, () => provinceBox.check());
  if (engine === 'meilisearch') expect(body).toContain(slug);
  await expect(page).toHaveURL(new RegExp(`[?&]tinh=${slug}(&|$)`));
  await expect.poll(() => search.total()).toBeLessThan(everything);
  await expect
    .poll(async () => search.slugs())
    .toEqual(expect.arrayContaining(inProvince.map((p) => p.slug)));
  await expectCardsIn(search, where.name);
  const provinceSlugs = await search.slugs();
  expect(await search.total()).toBe(provinceSlugs.length);

  const starsBox = await search.facetValue('Hạng sao', `${stars} sao`);
  await searching(page, engine, () => starsBox.check());
  await expect(page).toHaveURL(new RegExp(`[?&]tinh=${slug}&sao=${stars}(&|$)`));
  await expect.poll(() => search.total()).toBeLessThan(provinceSlugs.length);
  await expect
    .poll(async () => search.slugs())
    .toEqual(expect.arrayContaining(inPair.map((p) => p.slug)));
  await expectCardsIn(search, where.name, stars);
  const refined = await search.slugs();
  expect(await search.total()).toBe(refined.length);

  // The shared link, in a browser that has never seen the page.
  const shared = page.url();
  const context = await browser.newContext({ locale: 'vi-VN' });
  try {
    const fresh = await context.newPage();
    const traffic = watchSearchTraffic(fresh);
    const other = new SearchPage(fresh);
    await searching(fresh, engine, () => other.open(shared));
    await expect.poll(() => other.slugs()).toEqual(refined);
    await expect(fresh).toHaveURL(shared);
    await expect(other.facet('Tỉnh, thành').getByRole('checkbox', { checked: true })).toHaveCount(
      1,
    );
    await expect(
      other.facet('Tỉnh, thành').getByRole('checkbox', { name: where.name }),
    ).toBeChecked();
    await expect(
      other.facet('Hạng sao').getByRole('checkbox', { name: `${stars} sao` }),
    ).toBeChecked();
    expectEngine(traffic, engine);
  } finally {
    await context.close();
  }

  // Back: the province alone, then the unrefined page.
  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`[?&]tinh=${slug}$`));
  await expect(
    search.facet('Hạng sao').getByRole('checkbox', { name: `${stars} sao` }),
  ).not.toBeChecked();
  await expect.poll(() => search.slugs()).toEqual(provinceSlugs);
  await page.goBack();
  await expect(page).toHaveURL(SEARCH_PATH);
  await expect.poll(() => search.total()).toBe(everything);
  await expect(search.facet('Tỉnh, thành').getByRole('checkbox', { checked: true })).toHaveCount(0);
}

/** "Tên A–Z" lists a province's products in Vietnamese alphabetical order (Đ after D). */
export async function checkSortByName(page: Page, engine: Engine): Promise<void> {
  const search = new SearchPage(page);
  const slug = provinceToSortByName();
  const expected = products()
    .filter((p) => p.province === slug)
    .map((p) => p.name);
  await searching(page, engine, () => search.open(`${SEARCH_PATH}?tinh=${slug}`));
  await expect.poll(() => search.names()).toEqual(expect.arrayContaining(expected));
  const byRelevance = await search.names();
  expect(
    byRelevance,
    'precondition: the unsorted list is not already in alphabetical order',
  ).not.toEqual([...byRelevance].sort(compareVietnameseNames));
  const body = await searching(page, engine, () => search.sort.selectOption({ label: 'Tên A–Z' }));
  if (engine === 'meilisearch') expect(body).toMatch(/"sort":\["nameOrder:asc"\]/);
  await expect(page).toHaveURL(new RegExp(`[?&]sap-xep=ten(&|$)`));
  await expect(search.sort).toHaveValue(/name/i);
  await expect.poll(() => search.names()).toEqual(expect.arrayContaining(expected));
  const names = await search.names();
  const misplaced = names
    .slice(1)
    .map((name, i) => [names[i]!, name] as const)
    .filter(([a, b]) => compareVietnameseNames(a, b) > 0);
  expect(misplaced, `names out of Vietnamese order:\n${names.join('\n')}`).toEqual([]);
}

/** An empty query lists every product, 24 a page; the pages together hold each exactly once. */
export async function checkPaging(page: Page, engine: Engine): Promise<void> {
  const search = new SearchPage(page);
  await searching(page, engine, () => search.open());
  const total = await search.total();
  expect(total, 'more than one page of products').toBeGreaterThan(HITS_PER_PAGE);
  const pages = Math.ceil(total / HITS_PER_PAGE);

  const seen: string[][] = [];
  await expect(search.hits).toHaveCount(HITS_PER_PAGE);
  seen.push(await search.slugs());
  for (let n = 2; n <= pages; n++) {
    const body = await searching(page, engine, () => search.pageLink('Trang sau').click());
    if (engine === 'meilisearch') expect(body).toContain(`"page":${n}`);
    await expect(page).toHaveURL(`${SEARCH_PATH}?trang=${n}`);
    await expect(search.hits).toHaveCount(
      n < pages ? HITS_PER_PAGE : total - HITS_PER_PAGE * (pages - 1),
    );
    await expect.poll(async () => (await search.slugs())[0]).not.toBe(seen.at(-1)![0]);
    seen.push(await search.slugs());
  }
  await expect(search.pageLink('Trang sau')).toHaveCount(0);
  const all = seen.flat();
  expect(new Set(all).size, 'no product on two pages').toBe(all.length);
  expect(all.length).toBe(total);
  // Meilisearch does not index revoked products (the browse pages do not list them).
  expect(all).toEqual(
    expect.arrayContaining(
      products()
        .filter(isListed)
        .map((p) => p.slug),
    ),
  );

  // A page is part of the shareable state.
  await searching(page, engine, () => search.open(`${SEARCH_PATH}?trang=2`));
  await expect.poll(() => search.slugs()).toEqual(seen[1]);
  await expect(search.pageLink('Trang 2')).toHaveAttribute('aria-current', 'page');
}

/** After a scenario: which engine answered. */
export function expectEngine(
  traffic: { meilisearch: string[]; fallback: string[] },
  engine: Engine,
): void {
  if (engine === 'meilisearch') {
    expect(traffic.meilisearch.length, 'requests to Meilisearch').toBeGreaterThan(0);
    expect(traffic.fallback, 'files of the server-less index fetched').toEqual([]);
  } else {
    expect(traffic.meilisearch, 'requests to Meilisearch').toEqual([]);
    expect(traffic.fallback.length, 'files of the server-less index fetched').toBeGreaterThan(0);
  }
}
