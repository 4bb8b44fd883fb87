/**
 * Print views as Chromium prints them: the PDF of a label sheet (`page.pdf` with the page's own
 * CSS page size) read back with pdfjs — number of pages, A4 size, and every label's code where
 * the label stock puts it (mm, ≤ 1 mm), moved by exactly the calibration offset; posters, one
 * page per product with its name.
 */
import { expect, test, type Page } from '@playwright/test';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { getLabelLayout, labelBox, labelsPerSheet } from '../../src/lib/print/label-layouts.ts';
import { isListed, products, type ProductEntry } from './support/catalogue.ts';

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
