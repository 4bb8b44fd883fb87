/**
 * Which cells of a workbook row were formulas. exceljs gives a formula cell as an object with
 * `formula` (or `sharedFormula`) and its last computed `result`; the importer reads the result
 * as the cell's text, and the report flags the row so a person checks it. The note is kept
 * beside the row's cells array (a WeakMap keyed by that array), so rows stay plain string
 * arrays for every other step.
 */

const formulas = new WeakMap<readonly string[], Map<number, string>>();

/** Records that column `index` (0-based) of `cells` held `formula`. */
export function noteFormula(cells: readonly string[], index: number, formula: string): void {
  const seen = formulas.get(cells) ?? new Map<number, string>();
  seen.set(index, formula);
  formulas.set(cells, seen);
}

/** Spreadsheet column letters for a 0-based index: 0 → A, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** One report flag per formula cell of the row, in column order; none for a plain row. */
export function formulaFlags(cells: readonly string[]): string[] {
  const seen = formulas.get(cells);
  if (!seen) return [];
  return [...seen.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(
      ([index, formula]) =>
        `cell ${columnLetter(index)} is a formula (=${formula.replace(/^=/, '').slice(0, 60)}): its last computed value "${(cells[index] ?? '').slice(0, 60)}" was read; check it`,
    );
}
