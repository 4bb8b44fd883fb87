/**
 * CSV as RFC 4180 writes it, for the open-data files: a header row of column names, CRLF line
 * ends (after the last record too), fields quoted only when they hold a comma, a double quote,
 * CR or LF, quotes doubled inside. UTF-8 with a byte-order mark, so Excel opens Vietnamese
 * text correctly (csv-parse, pandas and R skip the mark with their usual options).
 *
 * Formula guard (OWASP "CSV injection"): a text cell that begins with `=`, `+`, `-`, `@`, a tab
 * or a CR would be run as a formula by a spreadsheet program opening the file. Such a cell is
 * written with a single quote before it and the field quoted (`"'=1+1"`), so spreadsheets
 * show it as text. Only text is guarded: numbers (negative ones too) are written as numbers,
 * because they are typed as numbers in the Data Package. A phone written "+84 …" is text and
 * is written `'+84 …`. The importer removes the quote again (`unguardCell`), so export →
 * import changes nothing; other readers see the quote (documented on `/du-lieu/`).
 */

/** One cell: text, a number, a yes/no, or nothing (an empty field). */
export type Cell = string | number | boolean | null | undefined;

export const CSV_BOM = '\uFEFF';
export const CSV_EOL = '\r\n';

const NEEDS_QUOTES = /[",\r\n]/;
/** Text a spreadsheet would read as a formula (OWASP CSV-injection list). */
const FORMULA_START = /^[=+\-@\t\r]/;
export const FORMULA_GUARD = "'";

/** True when a spreadsheet would treat this text as a formula. */
export const looksLikeFormula = (text: string): boolean => FORMULA_START.test(text);

/** Formula text behind any number of guard quotes: what the writer guards (`'*` then a sign). */
const GUARDABLE = /^'*[=+\-@\t\r]/;
/** What a guarded cell looks like once written: at least one quote, then a formula sign. */
const GUARDED = /^'+[=+\-@\t\r]/;

/** True when the writer puts a guard quote before this text. */
export const needsGuard = (text: string): boolean => GUARDABLE.test(text);

/** The text a guarded cell stood for: `'=1+1` → `=1+1`, `''=1` → `'=1`; else unchanged. */
export function unguardCell(text: string): string {
  return GUARDED.test(text) ? text.slice(1) : text;
}

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

/**
 * One field, quoted when RFC 4180 requires it; text a spreadsheet would run as a formula gets a
 * leading `'` and quotes. Text that already starts with a guard quote and a formula sign gets
 * one more, so `unguardCell` gives back exactly what was written.
 */
export function escapeField(value: Cell): string {
  const text = formatCell(value);
  if (typeof value === 'string' && needsGuard(text)) {
    return `"${FORMULA_GUARD}${text.replaceAll('"', '""')}"`;
  }
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Rows a piece of `csvPieces` holds at most. */
export const ROWS_PER_PIECE = 1000;

/**
 * A whole file in pieces — the BOM and header row, then lines of up to `rowsPerPiece` rows,
 * each row's cells taken by `cells` as its piece is made — so a large file can be written
 * without being held whole; joined, they are `toCsv`'s text. Every row has one cell per column
 * (the error names the line).
 */
export function* csvPieces<Row>(
  columns: readonly string[],
  rows: readonly Row[],
  cells: (row: Row) => readonly Cell[],
  rowsPerPiece = ROWS_PER_PIECE,
): Generator<string> {
  const line = (row: readonly Cell[], i: number) => {
    if (row.length !== columns.length) {
      throw new RangeError(
        `CSV line ${i + 1} has ${row.length} cells for ${columns.length} columns`,
      );
    }
    return row.map(escapeField).join(',') + CSV_EOL;
  };
  yield CSV_BOM + line(columns, 0);
  for (let start = 0; start < rows.length; start += rowsPerPiece)
    yield rows
      .slice(start, start + rowsPerPiece)
      .map((row, i) => line(cells(row), start + i + 1))
      .join('');
}

/** A whole file: BOM, header row, one line per row; every row has one cell per column. */
export function toCsv(columns: readonly string[], rows: readonly (readonly Cell[])[]): string {
  return [...csvPieces(columns, rows, (row) => row)].join('');
}
