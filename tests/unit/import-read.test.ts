import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ImportInputError } from '../../src/lib/import/errors.ts';
import { findHeader } from '../../src/lib/import/find-header.ts';
import { readSpreadsheet } from '../../src/lib/import/read-spreadsheet.ts';
import {
  annexRows,
  HEADER,
  toCsvText,
  toWindows1258,
  toXlsx,
} from '../fixtures/import/make-annex.ts';

const rows = [HEADER, ...annexRows(5)];
const expectRows = async (bytes: Uint8Array, delimiter: string) => {
  const book = await readSpreadsheet(bytes);
  expect(book.delimiter).toBe(delimiter);
  const sheet = book.sheets[0]!;
  const header = findHeader(sheet.rows);
  expect(header?.index).toBe(0);
  expect(sheet.rows[1]!.cells.slice(0, 4)).toEqual(rows[1]!.slice(0, 4));
  expect(sheet.rows.filter((r) => r.cells.some(Boolean))).toHaveLength(6);
  return book;
};

describe('reading CSV in every encoding and delimiter', () => {
  it('UTF-8, comma', async () => {
    expect((await expectRows(Buffer.from(toCsvText(rows)), ',')).encoding).toBe('utf-8');
  });
  it('UTF-8 with BOM, semicolon and decimal commas', async () => {
    const book = await expectRows(Buffer.from(`\uFEFF${toCsvText(rows, ';')}`), ';');
    expect(book.encoding).toBe('utf-8-bom');
    expect(book.sheets[0]!.rows[1]!.cells[5]).toBe(rows[1]![5]);
  });
  it('tab-separated', async () => {
    await expectRows(Buffer.from(toCsvText(rows, '\t')), '\t');
  });
  it('windows-1258 with combining tone marks', async () => {
    const book = await expectRows(toWindows1258(toCsvText(rows, ';')), ';');
    expect(book.encoding).toBe('windows-1258');
  });
  it('UTF-16 from Excel "Unicode text"', async () => {
    await expectRows(Buffer.from(`\uFEFF${toCsvText(rows, '\t')}`, 'utf16le'), '\t');
  });
  it('a stray quote does not stop the file', async () => {
    const text = toCsvText(rows).replace('Bánh cáy', '"Bánh cáy');
    const book = await readSpreadsheet(Buffer.from(text));
    expect(book.sheets[0]!.rows.length).toBeGreaterThanOrEqual(6);
  });
});

describe('reading XLSX', () => {
  it('reads values, blanks merged cells and keeps row numbers', async () => {
    const book = await readSpreadsheet(
      await toXlsx(annexRows(4), { sectionEvery: 2, numbers: true }),
    );
    expect(book.format).toBe('xlsx');
    const sheet = book.sheets[0]!;
    const header = findHeader(sheet.rows)!;
    expect(sheet.rows[header.index]!.rowNumber).toBe(6);
    expect(header.title).toEqual({
      decision: '715/QĐ-UBND',
      decisionDate: '2026-03-12',
      province: 'Thanh Hóa',
    });
    const section = sheet.rows[header.index + 1]!;
    expect(section.cells[0]).toMatch(/^I\. SẢN PHẨM/);
    expect(section.cells.slice(1).every((c) => c === '')).toBe(true);
    expect(sheet.rows[header.index + 2]!.cells[0]).toBe('1');
  });
});

describe('unreadable input gets one clear sentence', () => {
  const sentence = async (bytes: Uint8Array) => {
    const error = await readSpreadsheet(bytes, 'x.xlsx').then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ImportInputError);
    const message = (error as Error).message;
    expect(message).toMatch(/^x\.xlsx [^\n]+\.$/);
    return message;
  };
  it('empty', async () => {
    expect(await sentence(new Uint8Array())).toBe('x.xlsx is empty.');
    expect(await sentence(Buffer.from(' \r\n '))).toBe('x.xlsx is empty.');
  });
  it('truncated XLSX', async () => {
    const whole = await toXlsx(annexRows(50));
    expect(await sentence(whole.subarray(0, Math.floor(whole.length / 2)))).toMatch(
      /damaged or truncated/,
    );
  });
  it('random bytes', async () => {
    for (let i = 0; i < 20; i++)
      expect(await sentence(randomBytes(4096))).toMatch(/not a spreadsheet/);
  });
  it('PDF and old .xls', async () => {
    expect(await sentence(Buffer.from('%PDF-1.7\n...'))).toMatch(/PDF/);
    expect(await sentence(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))).toMatch(
      /\.xls/,
    );
  });
});
