/**
 * Tells product rows from the other lines of an official list: blank lines, section headings
 * ("I. SẢN PHẨM ĐẠT 4 SAO", merged across the table), totals ("Tổng cộng: 25 sản phẩm") and the
 * signature block ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "Nơi nhận:"). Those are skipped, not
 * errors. A heading can set the stars or the kind of recognition for the rows under it.
 */
import { foldVietnamese } from '../domain/vietnamese.ts';
import type { ColumnMap } from './map-columns.ts';

export type SkipReason = 'blank' | 'section' | 'total' | 'signature' | 'repeated header';

export interface SectionContext {
  stars?: 3 | 4 | 5 | undefined;
  potential?: boolean | undefined;
  status?: 'new' | 're-recognised' | 'upgraded' | undefined;
}

const SIGNATURE =
  /^(tm\.?|kt\.?|t\/m|noi nhan|chu tich|pho chu tich|giam doc|pho giam doc|\(da ky\)|da ky|nguoi lap|xac nhan|truong ban|thu truong)\b/;
const TOTAL = /^(tong cong|tong so|tong|cong)\b/;

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
  // A totals line starts with "Tổng cộng" / "Cộng" and names no product. Testing every cell
  // would take "Công ty …" in the producer column for a total and drop the row.
  if (TOTAL.test(first) && !numbered && (nameCell === '' || TOTAL.test(nameCell))) {
    return { skip: 'total' };
  }
  if (nameCell === 'ten san pham' || nameCell === 'ten sp' || /^\(\d+\)$/.test(nameCell)) {
    return { skip: 'repeated header' };
  }
  const distinct = new Set(filled.map((c) => foldVietnamese(c)));
  const heading = /^([ivx]+|[a-h]|\d+)[.)]\s+\S/.test(first) && !numbered;
  if (!numbered && (distinct.size === 1 || (heading && filled.length <= 2))) {
    return { skip: 'section', section: sectionContext(filled.join(' ')) };
  }
  return {};
}

function sectionContext(text: string): SectionContext {
  const folded = foldVietnamese(text);
  const context: SectionContext = {};
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
