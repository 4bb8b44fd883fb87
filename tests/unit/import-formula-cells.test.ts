/**
 * Formula cells on the way in: an XLSX formula cell is read as its computed value and its row
 * flagged in the report; a CSV written by the open-data writer with guarded cells (`'=…`) is
 * read back as the text it stood for.
 */
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { columnLetter, formulaFlags, noteFormula } from '../../src/lib/import/formula-cells.ts';
import { runImport } from '../../src/lib/import/run-import.ts';
import { toCsv } from '../../src/lib/open-data/csv.ts';
import { annexRow, HEADER } from '../fixtures/import/make-annex.ts';

let dir: string;
let content: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'ocop-formula-'));
  content = path.join(dir, 'content');
  await cp('content', content, { recursive: true });
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const options = { decision: '9/QĐ-UBND', date: '2026-04-01', province: 'Thanh Hóa' };

describe('formula-cells', () => {
  it.each([
    [0, 'A'],
    [5, 'F'],
    [25, 'Z'],
    [26, 'AA'],
    [701, 'ZZ'],
  ])('column %d is %s', (index, letter) => {
    expect(columnLetter(index)).toBe(letter);
  });

  it('flags only the noted cells, in column order', () => {
    const cells = ['1', 'Trà', '85'];
    expect(formulaFlags(cells)).toEqual([]);
    noteFormula(cells, 2, 'SUM(H1:H9)');
    noteFormula(cells, 0, 'ROW()-6');
    expect(formulaFlags(cells)).toEqual([
      expect.stringMatching(/^cell A is a formula \(=ROW\(\)-6\).*"1"/),
      expect.stringMatching(/^cell C is a formula \(=SUM\(H1:H9\)\).*"85"/),
    ]);
    expect(formulaFlags([...cells])).toEqual([]);
  });
});

describe('an XLSX annex with formula cells', () => {
  it('reads the computed values and flags those rows in the report', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Phụ lục');
    sheet.addRow(HEADER);
    const plain = annexRow(0);
    const withFormula = annexRow(1);
    sheet.addRow(plain);
    const row = sheet.addRow(withFormula);
    // The score column (F) computed by a formula, as annexes often do.
    row.getCell(6).value = { formula: 'SUM(70,12)', result: 82 };
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    const report = await runImport({ contentDir: content, input: bytes, dryRun: true, ...options });
    expect(report.rows).toHaveLength(2);
    const [first, second] = report.rows;
    expect(first!.flags.some((f) => f.includes('formula'))).toBe(false);
    expect(second!.outcome).toBe('added');
    expect(second!.flags).toContainEqual(
      expect.stringMatching(/^cell F is a formula \(=SUM\(70,12\)\).*"82"/),
    );
    expect(report.summary.flagged).toBeGreaterThanOrEqual(1);
  });
});

describe('a CSV written with guarded cells', () => {
  it('imports the text each guarded cell stood for', async () => {
    const row = annexRow(2);
    row[1] = '-Trà xanh =đặc biệt';
    row[2] = '+Hợp tác xã Trà Xanh';
    const csv = toCsv(HEADER, [row]);
    expect(csv).toContain(`"'-Trà xanh =đặc biệt"`);
    const report = await runImport({ contentDir: content, input: Buffer.from(csv), ...options });
    expect(report.rows.map((r) => r.outcome)).toEqual(['added']);
    const product = JSON.parse(
      await readFile(path.join(content, `products/${report.rows[0]!.slug}.json`), 'utf8'),
    ) as { name: string; producer: string };
    expect(product.name).toBe('-Trà xanh =đặc biệt');
    const producer = JSON.parse(
      await readFile(path.join(content, `producers/${product.producer}.json`), 'utf8'),
    ) as { name: string };
    expect(producer.name).toBe('+Hợp tác xã Trà Xanh');
  });
});
