/**
 * Print views as Chromium prints them: the PDF of a label sheet (`page.pdf` with the page's own
 * CSS page size) read back with pdfjs — number of pages, A4 size, and every label's code where
 * the label stock puts it (mm, ≤ 1 mm), moved by exactly the calibration offset; posters, one
 * page per product with its name. Then the certificate's status on the sheets: on the day the
 * sheet is printed (the browser's clock, pinned), in words beside the stars, never a bare
 * "OCOP N sao" for an expired or revoked product; the notice that names such products before
 * printing and leaves them out in one press; the QR code and the printed check-page URL.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import jsQR from 'jsqr';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import sharp from 'sharp';
import { readCatalogue } from '../../src/lib/content-files/read-content.ts';
import { allowedNames } from '../../src/lib/english-check/allowed-names.ts';
import { findVietnamese } from '../../src/lib/english-check/vietnamese-text.ts';
import { getLabelLayout, labelBox, labelsPerSheet } from '../../src/lib/print/label-layouts.ts';
import {
  CONTENT,
  DIST,
  formatViDate,
  isListed,
  products,
  vietnamTime,
  type ProductEntry,
} from './support/catalogue.ts';
import { buildDay, standingSubjects, statusWords } from './support/standing.ts';

type Coded = ProductEntry & { code: string };
const MM_PER_PT = 25.4 / 72;

/** What pdfjs gives for a run of text (the other items are marked content). */
interface TextItem {
  str: string;
  transform: number[];
}

function someProducts(n: number): Coded[] {
  const all = (products() as Coded[]).filter(isListed);
  if (all.length < n) throw new Error(`The build under test needs ${n} products`);
  return all.slice(0, n);
}

interface PdfText {
  str: string;
  /** Baseline start, mm from the page's top left corner. */
  x: number;
  y: number;
}

interface PdfPage {
  widthPt: number;
  heightPt: number;
  texts: PdfText[];
}

async function printToPdf(page: Page, url: string): Promise<PdfPage[]> {
  await page.goto(url);
  await expect(page.locator('[data-print-ready="true"]')).toBeAttached({ timeout: 15_000 });
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  const task = getDocument({ data: new Uint8Array(pdf) });
  const doc = await task.promise;
  const pages: PdfPage[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const p = await doc.getPage(i);
    const { width, height } = p.getViewport({ scale: 1 });
    const content = await p.getTextContent();
    const texts = (content.items as unknown[])
      .filter(
        (item): item is TextItem => typeof item === 'object' && item !== null && 'str' in item,
      )
      .filter((item) => item.str.trim() !== '')
      .map((item) => ({
        str: item.str,
        x: item.transform[4]! * MM_PER_PT,
        y: (height - item.transform[5]!) * MM_PER_PT,
      }));
    pages.push({ widthPt: width, heightPt: height, texts });
  }
  await task.destroy();
  return pages;
}

function expectA4(pages: PdfPage[]) {
  for (const p of pages) {
    expect(Math.abs(p.widthPt - 595)).toBeLessThanOrEqual(1);
    expect(Math.abs(p.heightPt - 842)).toBeLessThanOrEqual(1);
  }
}

/** Where each label's code should be: left edge inside its padding, baseline in its line. */
function expectedCodes(
  codes: string[],
  layoutId: string,
  { copies, start }: { copies: number; start: number },
) {
  const layout = getLabelLayout(layoutId);
  const perSheet = labelsPerSheet(layout);
  const slots = codes.flatMap((code) => Array.from({ length: copies }, () => code));
  return slots.map((code, i) => {
    const slot = start - 1 + i;
    const box = labelBox(layout, slot % perSheet);
    const lineBottom = box.y + box.height - layout.padding;
    return {
      page: Math.floor(slot / perSheet),
      code: code.toUpperCase(),
      x: box.x + layout.padding,
      lineTop: lineBottom - layout.font * 1.2,
      lineBottom,
    };
  });
}

/** Each expected label's code text on its page: the PDF text run it is. */
function findCodes(pages: PdfPage[], expected: ReturnType<typeof expectedCodes>) {
  return expected.map((e) => {
    const candidates = (pages[e.page]?.texts ?? []).filter(
      (t) =>
        t.str === e.code &&
        Math.abs(t.x - e.x) <= 1 &&
        t.y >= e.lineTop - 0.5 &&
        t.y <= e.lineBottom + 0.5,
    );
    expect(candidates, `label ${e.code} on page ${e.page + 1} at x ${e.x} mm`).toHaveLength(1);
    return candidates[0]!;
  });
}

const codeTexts = (pages: PdfPage[], codes: string[]) =>
  pages.map((p) => p.texts.filter((t) => codes.includes(t.str.toLowerCase())).length);

for (const { layout, copies, start, n } of [
  { layout: '2x7', copies: 3, start: 5, n: 4 }, // 4 skipped + 12 labels: 16 → 2 sheets of 14
  { layout: '3x8', copies: 1, start: 1, n: 5 },
  { layout: '4x10', copies: 9, start: 38, n: 5 }, // 37 + 45 = 82 → 3 sheets of 40
]) {
  test(`label sheet ${layout}, ${n} products × ${copies} from label ${start}: pages and every code in place`, async ({
    page,
  }) => {
    const codes = someProducts(n).map((p) => p.code);
    const url = `/in/nhan/?sp=${codes.join(',')}&khuon=${layout}&ban=${copies}&batdau=${start}&lech=0,0`;
    const pages = await printToPdf(page, url);
    const perSheet = labelsPerSheet(getLabelLayout(layout));
    expect(pages).toHaveLength(Math.ceil((start - 1 + n * copies) / perSheet));
    expectA4(pages);
    const expected = expectedCodes(codes, layout, { copies, start });
    findCodes(pages, expected);
    // And nothing else: as many codes on each page as labels planned there.
    expect(codeTexts(pages, codes)).toEqual(
      pages.map((_, i) => expected.filter((e) => e.page === i).length),
    );
  });
}

test('the calibration offset moves every label by exactly that many millimetres', async ({
  page,
}) => {
  const codes = someProducts(3).map((p) => p.code);
  const base = `/in/nhan/?sp=${codes.join(',')}&khuon=3x8&ban=4`;
  const expected = expectedCodes(codes, '3x8', { copies: 4, start: 1 });
  const straight = findCodes(await printToPdf(page, `${base}&lech=0,0`), expected);
  const [dx, dy] = [2.5, -1.5];
  const shiftedPages = await printToPdf(page, `${base}&lech=${dx},${dy}`);
  expect(shiftedPages).toHaveLength(1);
  const shifted = expected.map((e) => ({
    ...e,
    x: e.x + dx,
    lineTop: e.lineTop + dy,
    lineBottom: e.lineBottom + dy,
  }));
  const moved = findCodes(shiftedPages, shifted);
  moved.forEach((m, i) => {
    expect(m.x - straight[i]!.x).toBeCloseTo(dx, 1);
    expect(m.y - straight[i]!.y).toBeCloseTo(dy, 1);
  });
  // Typed into the form, the offset goes into the URL and is kept on this device for the
  // next sheet opened without `lech`.
  await page.goto(`${base}&lech=0,0`);
  await expect(page.locator('[data-print-ready="true"]')).toBeAttached();
  await page.getByLabel('Dịch sang phải (mm)').fill(String(dx));
  await page.getByLabel('Dịch xuống dưới (mm)').fill(String(dy));
  await page.getByLabel('Dịch xuống dưới (mm)').press('Tab');
  await expect(page).toHaveURL(new RegExp(`[?&]lech=${dx},${dy}(&|$)`));
  findCodes(await printToPdf(page, base), shifted);
});

test('the calibration page prints alone, its crosses where it says', async ({ page }) => {
  const pages = await printToPdf(page, '/in/nhan/?hieu-chinh=1&lech=0,0');
  expect(pages).toHaveLength(1);
  expectA4(pages);
  const label = pages[0]!.texts.find((t) => t.str === '20 / 20 mm');
  expect(label).toBeDefined();
  // The label sits just right of and below the cross centred at 20, 20 mm.
  expect(label!.x).toBeCloseTo(24, 0);
  expect(label!.y).toBeGreaterThan(20);
  expect(label!.y).toBeLessThan(28);
});

test('the settings on screen drive the sheet and its URL, and are not printed', async ({
  page,
}) => {
  const codes = someProducts(2).map((p) => p.code);
  await page.goto(`/in/nhan/?sp=${codes.join(',')}&lech=0,0`);
  await expect(page.locator('[data-print-ready="true"]')).toBeAttached();
  await expect(page.locator('[data-summary]')).toHaveText('2 nhãn trên 1 tờ A4.');
  await page.getByLabel('Khổ nhãn').selectOption('2x7');
  await page.getByLabel('Số nhãn cho mỗi sản phẩm').fill('10');
  await page.getByLabel('Số nhãn cho mỗi sản phẩm').press('Tab');
  await expect(page.locator('[data-summary]')).toHaveText('20 nhãn trên 2 tờ A4.');
  await expect(page.locator('[data-sheet]')).toHaveCount(2);
  expect(new URL(page.url()).search).toBe(`?sp=${codes.join(',')}&khuon=2x7&ban=10`);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByLabel('Khổ nhãn')).toBeHidden();
  await expect(page.locator('body > header')).toBeHidden();
  await expect(page.locator('[data-sheet]').first()).toBeVisible();
});

test('in English the summary counts in English: one label, one sheet', async ({ page }) => {
  const [one] = someProducts(1).map((p) => p.code);
  await page.goto(`/en/in/nhan/?sp=${one!}&ban=1&lech=0,0`);
  await expect(page.locator('[data-print-ready="true"]')).toBeAttached();
  await expect(page.locator('[data-summary]')).toHaveText('1 label on 1 A4 sheet.');
  await page.getByLabel('Labels per product').fill('30');
  await page.getByLabel('Labels per product').press('Tab');
  await expect(page.locator('[data-summary]')).toHaveText('30 labels on 2 A4 sheets.');
});

test('in English, what the scripts draw on labels and posters is English, status by the stars', async ({
  page,
}) => {
  const { revoked, expired, valid } = standingSubjects(buildDay());
  const codes = [revoked, expired, valid].map((p) => p.code).join(',');
  const allowed = allowedNames(await readCatalogue(CONTENT));
  for (const path of [`/en/in/nhan/?sp=${codes}&lech=0,0`, `/en/in/ap-phich/?sp=${codes}`]) {
    await page.goto(path);
    await expect(page.locator('[data-print-ready="true"]')).toBeAttached({ timeout: 15_000 });
    await expect(page.getByText('Certificate revoked').first()).toBeAttached();
    expect(findVietnamese(await page.content(), allowed), path).toEqual([]);
  }
});

test('posters: one A4 page per product, each with its name and code', async ({ page }) => {
  const picked = someProducts(3);
  const pages = await printToPdf(page, `/in/ap-phich/?sp=${picked.map((p) => p.code).join(',')}`);
  expect(pages).toHaveLength(3);
  expectA4(pages);
  const squash = (s: string) => s.replace(/\s+/g, '');
  pages.forEach((p, i) => {
    const text = squash(p.texts.map((t) => t.str).join(''));
    expect(text).toContain(squash(picked[i]!.name));
    expect(text).toContain(picked[i]!.code.toUpperCase());
    for (const other of picked.filter((_, j) => j !== i))
      expect(text).not.toContain(other.code.toUpperCase());
  });
});

// ---- The certificate's status on the sheets ----

/** Text for comparing: one Unicode form, no white space (pdfjs splits runs its own way). */
const flat = (text: string) => text.normalize('NFC').replace(/\s+/g, '');

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/**
 * How many times `text` says "OCOP N sao", and how many of those the status follows at once
 * (after its sign, on posters): the two must be equal, no stars stand bare.
 */
function starsPhrases(text: string, status: string): { all: number; withStatus: number } {
  const t = flat(text);
  const withStatus = new RegExp(`OCOP\\dsao[✓!×⊘]?${escapeRegExp(flat(status))}`, 'g');
  return {
    all: [...t.matchAll(/OCOP\dsao/g)].length,
    withStatus: [...t.matchAll(withStatus)].length,
  };
}

test.describe('the status on the sheets, on the day they are printed', () => {
  const day = buildDay();
  const subjects = standingSubjects(day);
  const { revoked, expired, valid, valid2 } = subjects;
  const asOfLabel = `Tình trạng ngày ${formatViDate(day)}`;

  test.beforeEach(async ({ page }) => {
    await page.clock.setFixedTime(vietnamTime(day));
  });

  for (const layout of ['2x7', '3x8', '4x10']) {
    test(`labels (${layout}) of a revoked, an expired and a valid product: status in words beside the stars, and the day`, async ({
      page,
    }) => {
      const list = [revoked, expired, valid];
      const pages = await printToPdf(
        page,
        `/in/nhan/?sp=${list.map((p) => p.code).join(',')}&khuon=${layout}&lech=0,0`,
      );
      expect(pages).toHaveLength(1);
      const sheet = getLabelLayout(layout);
      list.forEach((p, i) => {
        const box = labelBox(sheet, i);
        const text = pages[0]!.texts
          .filter(
            (t) =>
              t.x >= box.x - 0.5 &&
              t.x <= box.x + box.width &&
              t.y >= box.y &&
              t.y <= box.y + box.height,
          )
          .map((t) => t.str)
          .join('');
        const status = statusWords(p, day);
        const what = `${layout} label ${i + 1} (${p.code}, ${status})`;
        expect(flat(text), what).toContain(flat(status));
        expect(flat(text), what).toContain(flat(asOfLabel));
        expect(flat(text), what).toContain(p.code.toUpperCase());
        // The smallest labels draw the stars without words; the others say "OCOP N sao",
        // once, with the status right after it.
        const n = layout === '4x10' ? 0 : 1;
        expect(starsPhrases(text, status), what).toEqual({ all: n, withStatus: n });
      });
    });
  }

  test('posters of a revoked and an expired product: the status is the headline, in words, with the day', async ({
    page,
  }) => {
    const list = [revoked, expired, valid];
    const pages = await printToPdf(page, `/in/ap-phich/?sp=${list.map((p) => p.code).join(',')}`);
    expect(pages).toHaveLength(3);
    const site = new URL((await page.locator('[data-print-posters]').getAttribute('data-site'))!);
    list.forEach((p, i) => {
      const text = pages[i]!.texts.map((t) => t.str).join('');
      const status = statusWords(p, day);
      const what = `poster ${i + 1} (${p.code}, ${status})`;
      expect(flat(text), what).toContain(flat(status));
      expect(flat(text), what).toContain(flat(`Tình trạng tính theo ngày ${formatViDate(day)}`));
      // One "OCOP N sao", with the status right after it.
      expect(starsPhrases(text, status), what).toEqual({ all: 1, withStatus: 1 });
      // The check page, printed as it is served, and the code in capitals.
      expect(flat(text), what).toContain(`${site.host}/p/${p.code}/`);
      expect(flat(text), what).toContain(`Mã:${p.code.toUpperCase()}`);
    });
    // Not in force: the status set larger than any poster's stars, no big stars in the photo.
    const size = (selector: string) =>
      page.locator(selector).evaluate((el) => Number.parseFloat(getComputedStyle(el).fontSize));
    const validStars = await size(`[data-poster][data-code="${valid.code}"] .poster-glyphs`);
    for (const p of [revoked, expired]) {
      const poster = `[data-poster][data-code="${p.code}"]`;
      await expect(page.locator(poster)).toHaveAttribute('data-in-force', 'false');
      expect(await size(`${poster} .poster-status`)).toBeGreaterThan(validStars);
      expect(await size(`${poster} .poster-status`)).toBeGreaterThan(
        await size(`${poster} .poster-glyphs`),
      );
      await expect(page.locator(`${poster} .poster-big-stars`)).toBeHidden();
      await expect(page.locator(`${poster} [data-potential]`)).toBeHidden();
    }
  });

  test('labels: the notice names the expired and revoked products before printing and leaves them out in one press', async ({
    page,
  }) => {
    const list = [valid, revoked, valid2, expired];
    const all = list.map((p) => p.code).join(',');
    await page.goto(`/in/nhan/?sp=${all}&khuon=3x8&lech=0,0`);
    await expect(page.locator('[data-print-ready="true"]')).toBeAttached();
    await expect(page.locator('[data-summary]')).toHaveText('4 nhãn trên 1 tờ A4.');
    const notice = page.locator('[data-standing-notice]');
    await expect(notice).toBeVisible();
    await expect(notice.getByRole('heading')).toHaveText(
      `⚠ Trước khi in: 2 sản phẩm không còn chứng nhận OCOP hiệu lực ngày ${formatViDate(day)}`,
    );
    await expect(notice.locator('li')).toHaveText([
      `${revoked.name} (${revoked.code.toUpperCase()}): ${statusWords(revoked, day)}`,
      `${expired.name} (${expired.code.toUpperCase()}): ${statusWords(expired, day)}`,
    ]);
    // Before the print button, in reading order.
    const [noticeTop, buttonTop] = await Promise.all([
      notice.evaluate((el) => el.getBoundingClientRect().top),
      page
        .getByRole('button', { name: 'In', exact: true })
        .evaluate((el) => el.getBoundingClientRect().top),
    ]);
    expect(noticeTop).toBeLessThan(buttonTop);

    await page.getByRole('button', { name: 'Bỏ các sản phẩm này khỏi bản in' }).click();
    await expect(page.locator('[data-summary]')).toHaveText('2 nhãn trên 1 tờ A4.');
    await expect(page.locator('[data-label]')).toHaveCount(2);
    await expect(notice).toBeHidden();
    const leftOut = page.locator('[data-left-out]');
    await expect(leftOut.locator('[data-left-out-text]')).toHaveText(
      `Đã bỏ khỏi bản in: ${revoked.name}, ${expired.name}.`,
    );
    await expect(leftOut).toBeFocused();
    expect(new URL(page.url()).search).toBe(`?sp=${valid.code},${valid2.code}&khuon=3x8`);

    // Put back, then out again: a reload keeps the shorter list.
    await page.getByRole('button', { name: 'In cả các sản phẩm này' }).click();
    await expect(page.locator('[data-label]')).toHaveCount(4);
    expect(new URL(page.url()).search).toBe(`?sp=${all}&khuon=3x8`);
    await page.getByRole('button', { name: 'Bỏ các sản phẩm này khỏi bản in' }).click();
    await expect(page.locator('[data-label]')).toHaveCount(2);
    const pages = await printToPdf(page, page.url());
    await expect(page.locator('[data-standing-notice]')).toBeHidden();
    const printed = pages.flatMap((p) => p.texts.map((t) => t.str));
    expect(printed).toContain(valid.code.toUpperCase());
    expect(printed).toContain(valid2.code.toUpperCase());
    expect(printed).not.toContain(revoked.code.toUpperCase());
    expect(printed).not.toContain(expired.code.toUpperCase());
  });

  test('posters of one’s own list: leaving them out asks nothing more, keeps the list, and the URL holds the print', async ({
    page,
  }) => {
    const own = [revoked, valid, expired].map((p) => p.code);
    await page.goto('/danh-sach/');
    await page.evaluate((codes) => {
      localStorage.setItem('ocop:danh-sach', JSON.stringify(codes));
    }, own);
    await page.goto('/in/ap-phich/');
    await expect(page.locator('[data-print-ready="true"]')).toBeAttached();
    await expect(page.locator('[data-poster]')).toHaveCount(3);
    await expect(page.locator('[data-standing-notice] li')).toHaveCount(2);
    page.on('dialog', (dialog) => {
      throw new Error(`Unexpected dialog: ${dialog.message()}`);
    });
    await page.getByRole('button', { name: 'Bỏ các sản phẩm này khỏi bản in' }).click();
    await expect(page.locator('[data-poster]')).toHaveCount(1);
    await expect(page.locator('[data-summary]')).toHaveText(
      '1 áp phích, mỗi áp phích một trang A4.',
    );
    expect(new URL(page.url()).search).toBe(`?sp=${valid.code}`);
    expect(await page.evaluate(() => localStorage.getItem('ocop:danh-sach'))).toBe(
      JSON.stringify(own),
    );
    const pages = await printToPdf(page, page.url());
    expect(pages).toHaveLength(1);
  });

  test.describe('QR codes', () => {
    test.use({ deviceScaleFactor: 2 });

    test('labels and posters carry the QR code of the check page, whose path the build serves as is', async ({
      page,
    }) => {
      const decode = async (selector: string) => {
        const png = await page.locator(selector).screenshot();
        const { data, info } = await sharp(png)
          .ensureAlpha()
          .raw()
          .toBuffer({ resolveWithObject: true });
        return jsQR(new Uint8ClampedArray(data), info.width, info.height)?.data;
      };
      const site = new URL(
        (await (await page.request.get('/in/nhan/')).text()).match(/data-site="([^"]+)"/)![1]!,
      );
      for (const p of [revoked, expired]) {
        const checkPage = new URL(`/p/${p.code}/`, site).href;
        await page.goto(`/in/nhan/?sp=${p.code}&khuon=2x7&lech=0,0`);
        await expect(page.locator('[data-print-ready="true"]')).toBeAttached();
        expect(await decode(`[data-label][data-code="${p.code}"] [data-qr] svg`)).toBe(checkPage);
        await page.goto(`/in/ap-phich/?sp=${p.code}`);
        await expect(page.locator('[data-print-ready="true"]')).toBeAttached();
        expect(await decode(`[data-poster][data-code="${p.code}"] [data-qr] svg`)).toBe(checkPage);
        await expect(page.locator('[data-poster] [data-slot="short-url"]')).toHaveText(
          `${site.host}/p/${p.code}/`,
        );
        // The printed path is a page of the build as it stands (no redirect needed on any
        // host), and it is the check page of that product.
        expect(existsSync(join(DIST, 'p', p.code, 'index.html'))).toBe(true);
        await page.goto(`/p/${p.code}/`);
        await expect(page.locator(`[data-check-page][data-code="${p.code}"]`)).toBeVisible();
      }
    });
  });
});
