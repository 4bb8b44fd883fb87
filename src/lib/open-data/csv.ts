/**
 * CSV as RFC 4180 writes it, for the open-data files: a header row of column names, CRLF line
 * ends (after the last record too), fields quoted only when they hold a comma, a double quote,
 * CR or LF, quotes doubled inside. UTF-8 with a byte-order mark, so Excel opens Vietnamese
 * text correctly (csv-parse, pandas and R skip the mark with their usual options).
 *
 * Values are written as they are, never "neutralised" against spreadsheet formulas (a `'`
 * prefixed to text starting with `=`, `+`, `-` or `@`): these files are data, read back by the
 * importer (export → import must change nothing) and by scripts, and such a prefix would alter
 * real values such as phone numbers written `+84 …`. The catalogue is reviewed content, not
 * visitors' input; the `/du-lieu/` page tells spreadsheet users to import rather than open the
 * files, which loads every cell as a value.
 */

/** One cell: text, a number, a yes/no, or nothing (an empty field). */
export type Cell = string | number | boolean | null | undefined;

export const CSV_BOM = '\uFEFF';
export const CSV_EOL = '\r\n';

const NEEDS_QUOTES = /[",\r\n]/;

/** The text of one field: empty for nothing, `true`/`false`, numbers as JavaScript writes them. */
export function formatCell(value: Cell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new RangeError(`Cannot write ${value} to CSV`);
    return String(value);
  }
  return value.normalize('NFC');
}

/** One field, quoted when RFC 4180 requires it. */
export function escapeField(value: Cell): string {
  const text = formatCell(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A whole file: BOM, header row, one line per row; every row has one cell per column. */
export function toCsv(columns: readonly string[], rows: readonly (readonly Cell[])[]): string {
  const lines = [columns, ...rows].map((row, i) => {
    if (row.length !== columns.length) {
      throw new RangeError(
        `CSV line ${i + 1} has ${row.length} cells for ${columns.length} columns`,
      );
    }
    return row.map(escapeField).join(',');
  });
  return CSV_BOM + lines.map((line) => line + CSV_EOL).join('');
}
