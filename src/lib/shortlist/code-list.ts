/**
 * A shortlist as it travels in a URL: `?sp=<code>,<code>,…` in the visitor's order. Codes are
 * read the way people type them (`normaliseCode`: any case, I/L → 1, O → 0), repeats dropped,
 * at most `SHORTLIST_MAX`; whatever is not a code is handed back so the page can say so.
 */
import { normaliseCode } from '../domain/codes.ts';

/** Longest list kept: a share URL of 200 codes is about 1,400 characters, still one QR code. */
export const SHORTLIST_MAX = 200;
/** The query parameter that carries the codes. */
export const SHORTLIST_PARAM = 'sp';

export interface ParsedCodeList {
  codes: string[];
  /** Pieces that are not codes, as written. */
  invalid: string[];
  /** Codes left out past `SHORTLIST_MAX`. */
  dropped: number;
}

export function parseCodeList(value: string | null | undefined): ParsedCodeList {
  const codes: string[] = [];
  const invalid: string[] = [];
  let dropped = 0;
  for (const piece of (value ?? '').split(/[,;\s+]+/)) {
    if (piece === '') continue;
    const code = normaliseCode(piece);
    if (!code) invalid.push(piece);
    else if (codes.includes(code)) continue;
    else if (codes.length >= SHORTLIST_MAX) dropped++;
    else codes.push(code);
  }
  return { codes, invalid, dropped };
}

/** `abc123,def456`: commas left as they are (codes need no escaping), so the URL stays readable. */
export const formatCodeList = (codes: readonly string[]): string => codes.join(',');

/** `<path>?sp=<codes>` (no query when the list is empty). */
export function withCodeList(path: string, codes: readonly string[]): string {
  return codes.length ? `${path}?${SHORTLIST_PARAM}=${formatCodeList(codes)}` : path;
}
