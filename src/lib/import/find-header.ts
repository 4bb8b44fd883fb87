/**
 * Finds the header row of a list under its title block ("ỦY BAN NHÂN DÂN TỈNH …", "Số: …",
 * "DANH SÁCH SẢN PHẨM ĐẠT OCOP…") and reads the decision number, date and province from that
 * block when they are written there.
 */
import { formatIsoDate, isValidIsoDate } from '../domain/dates.ts';
import { cleanText } from './clean-text.ts';
import { headerScore, mapColumns, type ColumnMap } from './map-columns.ts';
import { ImportInputError } from './errors.ts';
import { wrongKindOfList } from './list-kind.ts';

/** One row as read: its number in the file (1-based, as a spreadsheet shows it) and its cells. */
export interface SheetRow {
  rowNumber: number;
  cells: string[];
}

/** How many rows from the top may be title block before the header. */
export const HEADER_SEARCH_ROWS = 40;

export interface HeaderMatch {
  /** Index in the rows array of the header row. */
  index: number;
  columns: ColumnMap;
  /** Facts read from the rows above the header. */
  title: TitleFacts;
}

export interface TitleFacts {
  decision?: string | undefined;
  decisionDate?: string | undefined;
  /** Province name as the title block writes it ("Thanh Hóa"). */
  province?: string | undefined;
}

export function findHeader(rows: readonly SheetRow[]): HeaderMatch | undefined {
  let best: HeaderMatch | undefined;
  let bestScore = 0;
  const limit = Math.min(rows.length, HEADER_SEARCH_ROWS);
  for (let i = 0; i < limit; i++) {
    const columns = mapColumns(rows[i]!.cells);
    const score = headerScore(columns);
    if (score > bestScore) {
      bestScore = score;
      best = { index: i, columns, title: {} };
    }
  }
  // The site's producers or sales-points CSV is refused, not read as products.
  const wrong = best && wrongKindOfList(rows[best.index]!.cells);
  if (wrong) throw new ImportInputError(wrong);
  if (best) best.title = readTitleBlock(rows.slice(0, best.index).map((r) => r.cells.join(' ')));
  return best;
}

const DECISION = /(?:^|[^\p{L}\d])(\d{1,6}(?:\/\d{4})?\/Q[ĐD]-[\p{L}\d-]*\p{L})/iu;
const DATE_WORDS = /ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/iu;
const DATE_DIGITS = /ngày\s+(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})/iu;
const PROVINCE =
  /(?:UBND|[ỦU]Y\s+BAN\s+NHÂN\s+DÂN)\s+(?:của\s+)?(TỈNH|THÀNH\s+PHỐ|TP\.?)\s+([\p{L}\s-]+?)(?=\s*(?:[,;.()]|$|số|ngày|về|CỘNG|Độc|\d))/iu;

/** Title block lines (joined cells) → decision number, date and province when present. */
export function readTitleBlock(lines: readonly string[]): TitleFacts {
  const facts: TitleFacts = {};
  for (const raw of lines) {
    const line = cleanText(raw);
    if (!line) continue;
    const decision = DECISION.exec(line);
    if (decision && !facts.decision) facts.decision = normaliseDecision(decision[1]!);
    const date = DATE_WORDS.exec(line) ?? DATE_DIGITS.exec(line);
    if (date && !facts.decisionDate) {
      const iso = formatIsoDate({
        year: Number(date[3]),
        month: Number(date[2]),
        day: Number(date[1]),
      });
      if (isValidIsoDate(iso)) facts.decisionDate = iso;
    }
    const province = PROVINCE.exec(line);
    if (province && !facts.province) facts.province = titleCase(province[2]!.trim());
  }
  return facts;
}

/** "715/qđ-ubnd" → "715/QĐ-UBND": the letters of a decision number are written in capitals. */
export function normaliseDecision(value: string): string {
  return cleanText(value).replace(/\s+/g, '').toUpperCase();
}

/** "THANH HÓA" → "Thanh Hóa". */
function titleCase(value: string): string {
  return value
    .toLocaleLowerCase('vi')
    .split(/\s+/)
    .map((w) => w.charAt(0).toLocaleUpperCase('vi') + w.slice(1))
    .join(' ');
}

/** "12/3/2026", "2026-03-12", "12-03-2026", an Excel date → "2026-03-12"; undefined otherwise. */
export function parseDate(value: string): string | undefined {
  const text = value.trim();
  let iso: string | undefined;
  const isoMatch = /^(\d{4})-(\d{1,2})-(\d{1,2})/.exec(text);
  const vnMatch = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  if (isoMatch) {
    iso = formatIsoDate({
      year: Number(isoMatch[1]),
      month: Number(isoMatch[2]),
      day: Number(isoMatch[3]),
    });
  } else if (vnMatch) {
    iso = formatIsoDate({
      year: Number(vnMatch[3]),
      month: Number(vnMatch[2]),
      day: Number(vnMatch[1]),
    });
  }
  return iso && isValidIsoDate(iso) ? iso : undefined;
}
