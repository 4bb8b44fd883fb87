/**
 * Reads an XLSX workbook (exceljs) or a CSV file (csv-parse) into rows of text cells. The kind
 * of file is found from its bytes, not its name; CSV text is decoded by `decode-text.ts` and its
 * delimiter (comma, semicolon or tab) chosen by which one yields a recognisable header row.
 * Anything unusable becomes an `ImportInputError` with one plain sentence.
 */
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { controlRatio, decodeText, hasLostLetters, type TextEncoding } from './decode-text.ts';
import { ImportInputError } from './errors.ts';
import { findHeader, type SheetRow } from './find-header.ts';
import { noteFormula } from './formula-cells.ts';
import { unguardCell } from '../open-data/csv.ts';

export type { SheetRow };
import { headerScore } from './map-columns.ts';

export interface Sheet {
  name: string;
  rows: SheetRow[];
}

export interface Spreadsheet {
  format: 'xlsx' | 'csv';
  sheets: Sheet[];
  encoding?: TextEncoding | undefined;
  delimiter?: string | undefined;
}

const startsWith = (bytes: Uint8Array, magic: readonly number[]) =>
  magic.every((b, i) => bytes[i] === b);

export async function readSpreadsheet(bytes: Uint8Array, label = 'The file'): Promise<Spreadsheet> {
  if (!bytes.length || bytes.every((b) => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09)) {
    throw new ImportInputError(`${label} is empty.`);
  }
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return readXlsx(bytes, label);
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) {
    throw new ImportInputError(
      `${label} is an old Excel 97–2003 (.xls) workbook, which is not supported: save it as .xlsx or CSV and import that.`,
    );
  }
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) {
    throw new ImportInputError(
      `${label} is a PDF, not a spreadsheet: export the annex table to .xlsx or CSV and import that.`,
    );
  }
  const { text, encoding } = decodeText(bytes);
  if (controlRatio(text) > 0.01) {
    throw new ImportInputError(
      `${label} is not a spreadsheet: it is neither an .xlsx workbook nor CSV text.`,
    );
  }
  if (hasLostLetters(text)) {
    throw new ImportInputError(
      `${label} cannot be read as Vietnamese text: its letters were replaced by "?" when it was saved in a Windows code page, so save it again as UTF-8 CSV or as .xlsx and import that.`,
    );
  }
  const delimiter = chooseDelimiter(text);
  return {
    format: 'csv',
    encoding,
    delimiter,
    sheets: [{ name: 'CSV', rows: parseCsv(text, delimiter) }],
  };
}

async function readXlsx(bytes: Uint8Array, label: string): Promise<Spreadsheet> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(
      Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as never,
    );
  } catch {
    throw new ImportInputError(
      `${label} looks like an Excel workbook but cannot be opened: it is damaged or truncated.`,
    );
  }
  const sheets: Sheet[] = [];
  for (const worksheet of workbook.worksheets) {
    const rows: SheetRow[] = [];
    worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const cells: string[] = [];
      for (let c = 1; c <= row.cellCount; c++) {
        const cell = row.getCell(c);
        // A merged range keeps its value in the top-left cell only.
        cells.push(
          cell.isMerged && cell.master.address !== cell.address ? '' : cellText(cell.value),
        );
        const formula = formulaOf(cell.value);
        if (formula !== undefined) noteFormula(cells, c - 1, formula);
      }
      rows.push({ rowNumber, cells });
    });
    sheets.push({ name: worksheet.name, rows });
  }
  return { format: 'xlsx', sheets };
}

/** The text of an exceljs cell value (rich text, formula results, links, dates…). */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  }
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('hyperlink' in value) return cellText(value.text);
  if ('formula' in value || 'sharedFormula' in value) {
    return cellText((value as { result?: unknown }).result as ExcelJS.CellValue);
  }
  if ('error' in value) return '';
  return '';
}

/** The formula of a formula cell (flagged in the report), else undefined. */
function formulaOf(value: ExcelJS.CellValue): string | undefined {
  if (!value || typeof value !== 'object' || !('formula' in value || 'sharedFormula' in value)) {
    return undefined;
  }
  const v = value as { formula?: string; sharedFormula?: string };
  return v.formula ?? v.sharedFormula ?? '';
}

const DELIMITERS = [',', ';', '\t'] as const;

/** The delimiter under which the first lines show the best header row (comma on a tie). */
export function chooseDelimiter(text: string): string {
  const head = text.split(/\r?\n/, 60).join('\n');
  let best: string = ',';
  let bestScore = -1;
  for (const delimiter of DELIMITERS) {
    let score: number;
    try {
      const match = findHeader(parseCsv(head, delimiter));
      score = match ? headerScore(match.columns) : 0;
    } catch {
      score = 0;
    }
    if (score > bestScore) {
      best = delimiter;
      bestScore = score;
    }
  }
  return best;
}

type CsvRecord = { record: string[]; info: { lines: number } };

export function parseCsv(text: string, delimiter: string): SheetRow[] {
  const options = {
    delimiter,
    bom: true,
    info: true,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
  } as const;
  let records: CsvRecord[];
  try {
    records = parse(text, options) as unknown as CsvRecord[];
  } catch {
    // A stray quote that never closes: read the file again with quotes as plain characters.
    try {
      records = parse(text, { ...options, quote: false }) as unknown as CsvRecord[];
    } catch (error) {
      throw new ImportInputError(`The CSV text cannot be parsed: ${(error as Error).message}.`);
    }
  }
  // Cells the open-data CSV guarded against formulas (`'=…`) are read as they were written.
  return records.map(({ record, info }) => ({
    rowNumber: info.lines,
    cells: record.map(unguardCell),
  }));
}
