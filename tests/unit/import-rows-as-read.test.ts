/**
 * The importer reads rows as a person would: section rows however they are laid out (and their
 * group applies below), totals and notes, Decision 1048 names in their spellings, star counts no
 * rating has, and a CSV whose letters were lost to a Windows code page.
 */
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { classifyRow } from '../../src/lib/import/classify-row.ts';
import { hasLostLetters } from '../../src/lib/import/decode-text.ts';
import { ImportInputError } from '../../src/lib/import/errors.ts';
import type { ColumnMap } from '../../src/lib/import/map-columns.ts';
import { categoryFromText, parseCategory } from '../../src/lib/import/parse-category.ts';
import { checkStars, parseStars } from '../../src/lib/import/parse-stars.ts';
import { readSpreadsheet } from '../../src/lib/import/read-spreadsheet.ts';
import { formatReport, OUTCOMES } from '../../src/lib/import/report.ts';
import { runImport } from '../../src/lib/import/run-import.ts';
import { toWindows1258 } from '../fixtures/import/make-annex.ts';

const SECTIONS = path.resolve('tests/fixtures/import/annex-sections.csv');
const LOST = path.resolve('tests/fixtures/import/annex-lost-letters.csv');
// STT, Tên sản phẩm, Tên chủ thể, Địa chỉ, Nhóm sản phẩm, Tổng điểm, Hạng sao, Ghi chú
const columns = {
  index: 0,
  name: 1,
  producer: 2,
  address: 3,
  category: 4,
  score: 5,
  stars: 6,
  note: 7,
} as ColumnMap;
const row = (...cells: string[]): string[] => [
  ...cells,
  ...Array<string>(8 - cells.length).fill(''),
];

describe('section rows, however laid out', () => {
  it.each([
    [['I', 'Bộ sản phẩm: Đồ uống'], 'Bộ sản phẩm: Đồ uống'],
    [['A', 'Thực phẩm'], 'Thực phẩm'],
    [['', 'II', 'nhom thuc pham'], 'nhom thuc pham'],
    [['B', '', '', '', 'Nhóm: Vải và may mặc'], 'Nhóm: Vải và may mặc'],
    [['II. Đồ uống'], 'Đồ uống'],
    [['', 'III - Thảo dược'], 'Thảo dược'],
    [Array<string>(8).fill('I. PHÂN NHÓM: THỰC PHẨM'), 'PHÂN NHÓM: THỰC PHẨM'],
  ])('%j is a section naming its group', (cells, group) => {
    const kind = classifyRow(row(...cells), columns, false);
    expect(kind.skip).toBe('section');
    expect(kind.section?.category).toBe(group);
  });

  it('a heading that names no group still sets the stars', () => {
    const kind = classifyRow(row('I', 'SẢN PHẨM ĐẠT 4 SAO'), columns, false);
    expect(kind).toMatchObject({ skip: 'section', section: { stars: 4 } });
    expect(kind.section?.category).toBeUndefined();
  });

  it('a numbered product row is never a section, even when its producer is missing', () => {
    expect(classifyRow(row('1', 'Đồ uống'), columns, false).skip).toBeUndefined();
    expect(classifyRow(row('2', 'Bánh cáy', 'HTX An'), columns, false).skip).toBeUndefined();
  });
});

describe('totals and notes', () => {
  it.each([['Tổng cộng'], ['Cộng'], ['Cộng: 12'], ['Tổng số: 25 sản phẩm'], ['TỔNG SỐ SẢN PHẨM']])(
    '"%s" is a total',
    (text) => {
      expect(classifyRow(row(text), columns, false).skip).toBe('total');
      expect(classifyRow(row('', text), columns, false).skip).toBe('total');
    },
  );

  it.each([['Ghi chú: sản phẩm (*) đã công nhận lại'], ['(*) Điểm trung bình'], ['* Lưu ý']])(
    '"%s" is a note',
    (text) => {
      expect(classifyRow(row(text), columns, false).skip).toBe('note');
    },
  );

  it('"Cồng chiêng" and "Công ty …" rows stay products', () => {
    expect(
      classifyRow(row('', 'Cồng chiêng', 'Công ty TNHH An', '', '', '', '4'), columns, false).skip,
    ).toBeUndefined();
  });
});

describe('Decision 1048 names in any spelling', () => {
  it.each([
    ['Bộ sản phẩm: Đồ uống', 'II'],
    ['Nhóm: Đồ uống', 'II'],
    ['Phân nhóm - đồ uống', 'II'],
    ['DO UONG', 'II'],
    ['Ngành thực phẩm', 'I'],
    ['nhom san pham thao duoc', 'III'],
    ['Luu niem, noi that, trang tri', 'IV.1'],
    ['Dịch vụ du lịch nông thôn - bán hàng', 'VI.1'],
  ])('"%s" → %s (legacy)', (text, code) => {
    expect(categoryFromText(text)).toEqual({ code, legacy: true });
  });

  it('Decision 148 names keep working with a prefix', () => {
    expect(categoryFromText('Phân nhóm: Chè tươi, chế biến')).toEqual({
      code: 'I.5.a',
      legacy: false,
    });
  });

  it('flags what was mapped, from → to', () => {
    const guess = parseCategory(['Bộ sản phẩm: Đồ uống'], 'Rượu nếp cái hoa vàng');
    expect(guess.code).toBe('II.1.a');
    expect(guess.flag).toBe(
      'Decision 1048 category "Bộ sản phẩm: Đồ uống" mapped to II (Sản phẩm đồ uống); it covers 4 leaves: chose II.1.a from the product name',
    );
  });

  it('says "no category given" only when none was', () => {
    expect(parseCategory([''], 'Nước mắm').flag).toMatch(/^no category given/);
    const unknown = parseCategory(['Hàng khác'], 'Nước mắm');
    expect(unknown.flag).toBe(
      'category "Hàng khác" not recognised: chose I.4.a from the product name',
    );
    expect(parseCategory(['Hàng khác', 'Nhóm: Đồ uống'], 'Nước khoáng').flag).toBe(
      'category "Hàng khác" not recognised; Decision 1048 category "Nhóm: Đồ uống" mapped to II (Sản phẩm đồ uống); it covers 4 leaves: chose II.2.a from the product name',
    );
    expect(parseCategory(['Hàng khác'], 'Xyz')).toEqual({
      flag: 'category "Hàng khác" not recognised: no category recorded',
    });
  });
});

describe('stars out of range', () => {
  it.each(['7 sao', '0', '6★', '-1', '4,5 sao', '★★★★★★★', '6?', '10 điểm'])(
    '"%s" is out of range',
    (cell) => {
      const parsed = parseStars(cell);
      expect(parsed.outOfRange).toBe(cell);
      expect(parsed.stars).toBeUndefined();
      const check = checkStars(cell, '85');
      expect(check.stars).toBeUndefined();
      expect(check.reject).toBe(`stars column: "${cell}" is not a star rating (1 to 5 stars)`);
    },
  );

  it('ratings in range read as before', () => {
    expect(checkStars('4 sao', '78').stars).toBe(4);
    expect(checkStars('Đạt 5 sao', '95').stars).toBe(5);
    expect(checkStars('4.0', '').stars).toBe(4);
    expect(checkStars('2 sao', '').reject).toMatch(/below 3/);
  });
});

describe('text that lost its letters', () => {
  it('is told apart from Vietnamese with a stray question mark', () => {
    expect(hasLostLetters('Th?c ph?m,B?nh c?y,HTX ??ng')).toBe(true);
    expect(hasLostLetters('Bánh cáy làng Nguyễn, có ngon không? Ai biết? Hỏi?')).toBe(false);
    expect(hasLostLetters('Sản phẩm đạt 4 sao?')).toBe(false);
  });

  it('a CSV saved in windows-1252 with "?" for lost letters gets one sentence', async () => {
    const bytes = await readFile(LOST);
    const error = await readSpreadsheet(bytes, 'annex-lost-letters.csv').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportInputError);
    expect((error as Error).message).toBe(
      'annex-lost-letters.csv cannot be read as Vietnamese text: its letters were replaced by "?" when it was saved in a Windows code page, so save it again as UTF-8 CSV or as .xlsx and import that.',
    );
    const ascii = Buffer.from('STT,T?n s?n ph?m,T?n ch? th?\n1,B?nh c?y,HTX ??ng\n');
    await expect(readSpreadsheet(ascii, 'a.csv')).rejects.toThrow(/cannot be read as Vietnamese/);
  });

  it('a real windows-1258 file with a question mark in a note still reads', async () => {
    const text = (await readFile(SECTIONS, 'utf8')).replace('Điểm trung bình', 'Điểm? Hỏi lại?');
    const book = await readSpreadsheet(toWindows1258(text), 'w.csv');
    expect(book.encoding).toBe('windows-1258');
    expect(book.sheets[0]!.rows[4]!.cells[1]).toBe('Bộ sản phẩm: Đồ uống');
  });
});

describe('an annex read as a person would', () => {
  let dir: string;
  let content: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'ocop-import-rows-'));
    content = path.join(dir, 'content');
    await cp('content', content, { recursive: true });
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('sections, totals and notes are not products; groups and bad stars are reported', async () => {
    // windows-1258 has no "★": it is written "?", and the reason quotes the cell as read.
    const cases: [string | Uint8Array, string][] = [
      [SECTIONS, '6★'],
      [toWindows1258(await readFile(SECTIONS, 'utf8')), '6?'],
    ];
    for (const [input, sixStars] of cases) {
      const report = await runImport({
        input,
        inputName: 'annex-sections.csv',
        contentDir: content,
        dryRun: true,
      });
      const s = report.summary;
      expect(OUTCOMES.reduce((sum, o) => sum + s[o], 0)).toBe(s.rows);
      expect(s.rows).toBe(8);
      const byRow = new Map(report.rows.map((r) => [r.rowNumber, r]));
      expect(report.skipped.map((k) => [k.rowNumber, k.reason])).toEqual([
        [5, 'section'],
        [8, 'total'],
        [9, 'section'],
        [13, 'section'],
        [17, 'total'],
        [18, 'note'],
        [19, 'note'],
        [20, 'signature'],
      ]);
      const flags = (n: number) => byRow.get(n)?.flags.join(' | ') ?? '';
      expect(byRow.get(6)?.outcome).toBe('added');
      expect(flags(6)).toContain(
        'Decision 1048 category "Bộ sản phẩm: Đồ uống" mapped to II (Sản phẩm đồ uống); it covers 4 leaves: chose II.1.a',
      );
      expect(flags(7)).toContain('chose II.2.b');
      expect(flags(11)).toContain(
        'Decision 1048 category "nhom thuc pham" mapped to I (Sản phẩm thực phẩm); it covers 13 leaves: chose I.2.b',
      );
      expect(flags(12)).toContain(
        'Decision 1048 category "Phân nhóm: Lưu niệm - nội thất - trang trí" mapped to IV.1',
      );
      expect(flags(16)).toContain('Decision 1048 category "Nhóm: Vải và may mặc" mapped to IV.2');
      for (const n of [6, 7, 11, 12, 16]) expect(flags(n)).not.toMatch(/no category given/);
      expect(byRow.get(10)).toMatchObject({
        outcome: 'rejected',
        reason: 'stars column: "7 sao" is not a star rating (1 to 5 stars)',
      });
      expect(byRow.get(14)?.reason).toBe('stars column: "0" is not a star rating (1 to 5 stars)');
      expect(byRow.get(15)?.reason).toBe(
        `stars column: "${sixStars}" is not a star rating (1 to 5 stars)`,
      );
      const printed = formatReport(report);
      expect(printed).toMatch(/^Dry run — nothing written\. annex-sections\.csv: 8 product rows/);
      expect(printed).toContain('row 10: rejected: stars column: "7 sao" is not a star rating');
      expect(printed).not.toMatch(/missing producer/);
    }
  });
});
