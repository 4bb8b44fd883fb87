/**
 * A code in hand: a product's six-character code, typed by a person however they type it
 * (capitals as printed, lower case, no trailing slash, a dash or spaces, O/I/L for 0/1, under
 * `/en/`), opens its certificate check page; a wrong code gets a clear answer and a way on. The
 * "check an OCOP code" boxes (home, check page, 404) and the header search lead there too. The
 * build is served as a static host serves it (scripts/serve.ts): unknown paths get `404.html`,
 * whose script resolves the typed code.
 */
import { expect, test, type Page } from '@playwright/test';
import { pick, products, type ProductEntry } from './support/catalogue.ts';

type WithCode = ProductEntry & { code: string };
const all = () => products() as WithCode[];

/** A product whose code has a 0 and a 1 in it, so that every look-alike can be typed. */
function subject(): WithCode {
  const list = all();
  return (
    list.find((p) => p.code.includes('0') && p.code.includes('1')) ??
    pick(list, 'product whose code has a 0 or a 1', (p) => /[01]/.test(p.code))
  );
}

/** A code no product has (same alphabet, six characters). */
function unusedCode(): string {
  const taken = new Set(all().map((p) => p.code));
  for (const candidate of ['zzzzzz', 'zzzzzy', 'yyyyyy', 'xxxxxx']) {
    if (!taken.has(candidate)) return candidate;
  }
  throw new Error('no unused code found');
}

async function expectCheckPage(page: Page, code: string, en = false): Promise<void> {
  await expect(page).toHaveURL(new RegExp(`${en ? '/en' : ''}/p/${code}/$`));
  await expect(page.locator(`[data-check-page][data-code="${code}"]`)).toBeVisible();
}

test.describe('a typed short URL opens the check page', () => {
  const { code } = subject();
  const upper = code.toUpperCase();
  const typed: [string, string][] = [
    ['capitals, as printed', `/p/${upper}/`],
    ['capitals, no slash', `/p/${upper}`],
    ['lower case, no slash', `/p/${code}`],
    ['a dash', `/p/${upper.slice(0, 3)}-${upper.slice(3)}`],
    ['a space', `/p/${code.slice(0, 3)}%20${code.slice(3)}`],
    ['O for 0 and I for 1', `/p/${upper.replace(/0/g, 'O').replace(/1/g, 'I')}/`],
    ['L for 1', `/p/${code.replace(/1/g, 'l')}`],
  ];
  for (const [what, path] of typed) {
    test(`${what}: ${path}`, async ({ page }) => {
      await page.goto(path);
      await expectCheckPage(page, code);
    });
  }

  test('English: /en/p/ in capitals without the slash', async ({ page }) => {
    await page.goto(`/en/p/${upper.slice(0, 3)}-${upper.slice(3)}`);
    await expectCheckPage(page, code, true);
  });

  test('the canonical URL itself is a page (200), typed forms leave no history entry', async ({
    page,
    request,
  }) => {
    expect((await request.get(`/p/${code}/`)).status()).toBe(200);
    await page.goto('/');
    await page.goto(`/p/${upper}`);
    await expectCheckPage(page, code);
    await page.goBack();
    await expect(page).toHaveURL(/\/$/);
  });
});

test.describe('a wrong code gets a clear answer and a way on', () => {
  test('Vietnamese and English messages on the 404 page, the box filled in', async ({ page }) => {
    const wrong = unusedCode().toUpperCase();
    const response = await page.goto(`/p/${wrong}`);
    expect(response?.status()).toBe(404);
    await expect(page.getByText(`Không có sản phẩm OCOP nào mang mã ${wrong}.`)).toBeVisible();
    await expect(page.getByText(`No OCOP product has the code ${wrong}.`)).toBeVisible();
    await expect(page.getByLabel('Kiểm tra mã OCOP')).toHaveValue(wrong);
    // Ways on: browse links and the search.
    await expect(page.getByRole('link', { name: 'Tỉnh, thành' }).first()).toBeVisible();
  });

  test('a path that cannot be a code: still the 404 page with the box', async ({ page }) => {
    await page.goto('/p/abc/');
    await expect(page.getByText('Không có sản phẩm OCOP nào mang mã ABC.')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Kiểm tra', exact: true })).toBeVisible();
  });
});

test.describe('the check-a-code boxes', () => {
  test('home: typed with a dash and look-alikes, with the keyboard only', async ({ page }) => {
    const { code } = subject();
    await page.goto('/');
    const box = page.getByLabel('Kiểm tra mã OCOP');
    await box.focus();
    const typed = `${code.slice(0, 3)}-${code.slice(3)}`.replace(/0/g, 'o').replace(/1/g, 'L');
    await page.keyboard.type(typed);
    await page.keyboard.press('Enter');
    await expectCheckPage(page, code);
  });

  test('home: a wrong code says so, offers the search, and stays on the page', async ({ page }) => {
    const wrong = unusedCode().toUpperCase();
    await page.goto('/');
    await page.getByLabel('Kiểm tra mã OCOP').fill(wrong);
    await page.getByRole('button', { name: 'Kiểm tra', exact: true }).click();
    const status = page.getByRole('status').filter({ hasText: wrong });
    await expect(status).toContainText(`Không có sản phẩm OCOP nào mang mã ${wrong}.`);
    await expect(status.getByRole('link', { name: 'Tìm kiếm' })).toHaveAttribute(
      'href',
      `/tim-kiem/?q=${wrong}`,
    );
    await expect(status.getByRole('link', { name: 'Xem theo tỉnh' })).toBeVisible();
    await expect(page).toHaveURL(/\/$/);
  });

  test('home: not six characters gets its own answer', async ({ page }) => {
    await page.goto('/');
    await page.getByLabel('Kiểm tra mã OCOP').fill('F4M');
    await page.getByLabel('Kiểm tra mã OCOP').press('Enter');
    await expect(page.getByText('Mã OCOP có đúng sáu chữ và số')).toBeVisible();
  });

  test('English home box opens the English check page', async ({ page }) => {
    const { code } = subject();
    await page.goto('/en/');
    await page.getByLabel('Check an OCOP code').fill(code.toUpperCase());
    await page.getByRole('button', { name: 'Check', exact: true }).click();
    await expectCheckPage(page, code, true);
  });

  test("a check page's box opens another product's check page", async ({ page }) => {
    const first = subject();
    const other = pick(all(), 'a second product', (p) => p.code !== first.code);
    await page.goto(`/p/${first.code}/`);
    await page.getByLabel('Kiểm tra mã OCOP').fill(other.code.toUpperCase());
    await page.getByLabel('Kiểm tra mã OCOP').press('Enter');
    await expectCheckPage(page, other.code);
  });

  test("the 404 page's box", async ({ page }) => {
    const { code } = subject();
    await page.goto('/khong-co-trang-nay/');
    await page.getByLabel('Kiểm tra mã OCOP').fill(code.toUpperCase());
    await page.getByLabel('Kiểm tra mã OCOP').press('Enter');
    await expectCheckPage(page, code);
  });
});

test.describe('the header search', () => {
  test('a code goes straight to its check page', async ({ page }) => {
    const { code, slug } = subject();
    await page.goto(`/san-pham/${slug}/`);
    const search = page.getByRole('search').getByRole('searchbox');
    await search.fill(` ${code.toUpperCase().slice(0, 3)} ${code.toUpperCase().slice(3)} `);
    await search.press('Enter');
    await expectCheckPage(page, code);
  });

  test('a word, and a code no product has, run the search as before', async ({ page }) => {
    const { slug } = subject();
    await page.goto(`/san-pham/${slug}/`);
    const search = page.getByRole('search').getByRole('searchbox');
    await search.fill('coffee');
    await search.press('Enter');
    await expect(page).toHaveURL(/\/tim-kiem\/\?q=coffee$/);
    await page.goto(`/san-pham/${slug}/`);
    await search.fill(unusedCode());
    await search.press('Enter');
    await expect(page).toHaveURL(new RegExp(`/tim-kiem/\\?q=${unusedCode()}$`));
  });

  test('the search page finds a product by its code typed with a dash', async ({ page }) => {
    const { code, name } = subject();
    await page.goto(
      `/tim-kiem/?q=${code.toUpperCase().slice(0, 3)}-${code.toUpperCase().slice(3)}`,
    );
    await expect(page.getByRole('heading', { name }).first()).toBeVisible({ timeout: 15_000 });
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the box submits to the search page with the code as the query', async ({ page }) => {
    const { code } = subject();
    await page.goto('/');
    await page.getByLabel('Kiểm tra mã OCOP').fill(code.toUpperCase());
    await page.getByRole('button', { name: 'Kiểm tra', exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/tim-kiem/\\?q=${code.toUpperCase()}$`));
  });
});

test('the check page describes the product and its certificate in JSON-LD', async ({ page }) => {
  const { code, name } = subject();
  await page.goto(`/p/${code}/`);
  const blocks = await page
    .locator('script[type="application/ld+json"]')
    .evaluateAll((nodes) => nodes.map((n) => JSON.parse(n.textContent) as unknown));
  const product = blocks.find((b) => (b as { '@type'?: string })['@type'] === 'Product') as
    | {
        name: string;
        image: string[];
        hasCertification: {
          certificationStatus: string;
          certificationRating: { ratingValue: number };
        };
      }
    | undefined;
  expect(product?.name).toBe(name);
  expect(product?.image.length).toBeGreaterThan(0);
  expect(product?.hasCertification.certificationStatus).toMatch(
    /^https:\/\/schema\.org\/Certification(Active|Inactive)$/,
  );
  expect([3, 4, 5]).toContain(product?.hasCertification.certificationRating.ratingValue);
});
