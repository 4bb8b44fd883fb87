/**
 * Tells product rows from the other lines of an official list: blank lines, section headings
 * ("I. SẢN PHẨM ĐẠT 4 SAO" merged across the table, or "II" in the number column with "Đồ uống"
 * beside it), totals ("Tổng cộng: 25 sản phẩm", "Cộng", "Tổng số"), notes ("Ghi chú: …",
 * "(*) …") and the signature block ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "Nơi nhận:"). Those
 * are skipped, not errors. A heading can set the stars, the kind of recognition or the product
 * group (a Decision 148 or 1048 name) for the rows under it.
 */
import { foldVietnamese } from '../domain/vietnamese.ts';
import type { ColumnMap } from './map-columns.ts';
import { categoryFromText } from './parse-category.ts';

export type SkipReason = 'blank' | 'section' | 'total' | 'note' | 'signature' | 'repeated header';

export interface SectionContext {
  stars?: 3 | 4 | 5 | undefined;
  potential?: boolean | undefined;
  status?: 'new' | 're-recognised' | 'upgraded' | undefined;
  /** The group the heading names, as written ("Bộ sản phẩm: Đồ uống"): read by `parseCategory`. */
  category?: string | undefined;
}

const SIGNATURE =
  /^(tm\.?|kt\.?|t\/m|noi nhan|chu tich|pho chu tich|giam doc|pho giam doc|\(da ky\)|da ky|nguoi lap|xac nhan|truong ban|thu truong)\b/;
/** "Tổng cộng …", "Tổng số …", and a bare "Tổng" / "Cộng" followed by a count or nothing. */
const TOTAL = /^(tong cong|tong so)\b|^(tong|cong)\s*(:|$|\(|\d|san pham\b|co\b)/;
const NOTE = /^(ghi chu|chu thich|luu y|chu y)\b|^\(\*+\)|^\*+(\s|$)/;
/** A section numeral standing alone: "I", "II.", "A", "b)". */
const NUMERAL = /^([ivxl]+|[a-h])[.)]?$/;
/** A numeral followed by the heading: "I. Thực phẩm", "B - Đồ uống", "2) Sản phẩm 4 sao". */
const HEADING = /^([ivxl]+|[a-h]|\d+)\s*([.):]|\s[-–])\s*\S/;

export interface Classification {
  skip?: SkipReason | undefined;
  section?: SectionContext | undefined;
  /** The row starts the signature block: later rows without a number are skipped too. */
  signature?: boolean | undefined;
}

export function classifyRow(
  cells: readonly string[],
  columns: ColumnMap,
  inSignature: boolean,
): Classification {
  const filled = cells.map((c) => c.trim()).filter(Boolean);
  if (!filled.length) return { skip: 'blank' };
  const first = foldVietnamese(filled[0]!);
  const indexCell = columns.index === undefined ? '' : (cells[columns.index] ?? '').trim();
  const numbered = /^\d+[.)]?$/.test(indexCell);
  if (SIGNATURE.test(first) && !numbered) return { skip: 'signature', signature: true };
  if (inSignature && !numbered) return { skip: 'signature' };
  const nameCell = columns.name === undefined ? '' : foldVietnamese(cells[columns.name] ?? '');
  const cell = (at: number | undefined) => (at === undefined ? '' : (cells[at] ?? '').trim());
  const producerCell = cell(columns.producer);
  // A totals line starts with "Tổng cộng" / "Cộng" and names no product. Testing every cell
  // would take "Công ty …" in the producer column for a total and drop the row.
  if (
    TOTAL.test(first) &&
    !numbered &&
    (nameCell === '' || TOTAL.test(nameCell) || producerCell === '')
  ) {
    return { skip: 'total' };
  }
  if (NOTE.test(first) && !numbered) return { skip: 'note' };
  if (nameCell === 'ten san pham' || nameCell === 'ten sp' || /^\(\d+\)$/.test(nameCell)) {
    return { skip: 'repeated header' };
  }
  // Merged cells exported to CSV repeat their text: count each text once.
  const distinct = [...new Map(filled.map((c) => [foldVietnamese(c), c])).values()];
  const bare = NUMERAL.test(first) && !numbered;
  const heading = HEADING.test(first) && !numbered;
  if (
    !numbered &&
    (distinct.length === 1 ||
      (heading && distinct.length <= 2) ||
      // "II" with its group name beside it, in whichever column: no stars, no score.
      (bare && distinct.length <= 3 && !cell(columns.stars) && !cell(columns.score)))
  ) {
    return { skip: 'section', section: sectionContext(distinct) };
  }
  return {};
}

/** What a heading's cells say about the rows under it (stars, status, group). */
export function sectionContext(cells: readonly string[]): SectionContext {
  const folded = foldVietnamese(cells.join(' '));
  const context: SectionContext = {};
  for (const cell of cells) {
    // "II. Đồ uống" or "II" then "Đồ uống": the group is the text after the numeral.
    const text = cell.replace(/^\s*(?:[IVXL]+|[A-H]|\d+)(?:\s*[.):]|\s+[-–]|$)\s*/iu, '');
    if (text && categoryFromText(text)) {
      context.category = text;
      break;
    }
  }
  if (/tiem nang\s*5\s*sao/.test(folded)) {
    context.stars = 4;
    context.potential = true;
  } else {
    const m = /\b([345])\s*(sao|\*|★)/.exec(folded);
    if (m) context.stars = Number(m[1]) as 3 | 4 | 5;
  }
  if (/cong nhan lai|danh gia lai|tai cong nhan/.test(folded)) context.status = 're-recognised';
  else if (/nang hang|nang sao/.test(folded)) context.status = 'upgraded';
  else if (/moi/.test(folded)) context.status = 'new';
  return context;
}

/** "Công nhận lại", "Nâng hạng từ 3 sao", "Mới", "re-recognised"… → the certification status. */
export function statusFromNote(
  note: string,
): 'new' | 're-recognised' | 'upgraded' | 'revoked' | undefined {
  const folded = foldVietnamese(note);
  if (!folded) return undefined;
  if (/^(new|re-recognised|upgraded|revoked)$/.test(folded)) {
    return folded as 'new' | 're-recognised' | 'upgraded' | 'revoked';
  }
  if (/thu hoi/.test(folded)) return 'revoked';
  if (/cong nhan lai|danh gia lai|tai cong nhan|tai danh gia|gia han/.test(folded)) {
    return 're-recognised';
  }
  if (/nang hang|nang sao|nang cap/.test(folded)) return 'upgraded';
  if (/\bmoi\b|lan dau/.test(folded)) return 'new';
  return undefined;
}
