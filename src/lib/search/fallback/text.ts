/**
 * Tokens of the server-less search index, shared by the build (`build-index.ts`) and the browser
 * (`engine.ts`) so both cut and fold text identically.
 *
 * Vietnamese is written one syllable per word, so a token is a run of letters and digits. Each
 * token has two forms:
 * - `folded`: lower case, every diacritic removed and đ → d ("Đường" → "duong"). The index is
 *   keyed by it, so "duong" finds "Đường", "đường" and "dương".
 * - `exact`: lower case with its vowel marks and đ kept, and the tone moved to the end as a digit
 *   after "|" ("Hoá" and "Hóa" → "hoa|1", "đường" → "đương|2"). Old and new tone placement
 *   compare equal; it only decides ranking (exact diacritics first), never whether a doc matches.
 */
import { normaliseText, stripDiacritics } from '../../domain/vietnamese.ts';

/** The five marked tones (NFD combining marks) → the digit ending an `exact` form. */
const TONE_DIGITS: Readonly<Record<string, string>> = {
  '\u0301': '1', // sắc
  '\u0300': '2', // huyền
  '\u0309': '3', // hỏi
  '\u0303': '4', // ngã
  '\u0323': '5', // nặng
};

const TOKEN_PATTERN = /[\p{L}\p{N}]+/gu;

export interface Token {
  folded: string;
  exact: string;
}

/** `exact` form of one lower-case token: vowel marks kept, tone moved to the end ("|1"…"|5"). */
export function exactForm(token: string): string {
  let tone = '';
  let base = '';
  for (const ch of token.normalize('NFD')) {
    const digit = TONE_DIGITS[ch];
    if (digit) tone = digit;
    else base += ch;
  }
  base = base.normalize('NFC');
  return tone ? `${base}|${tone}` : base;
}

/** Splits an `exact` form into its letters and tone digit ('' when unmarked). */
export function splitExact(exact: string): { letters: string; tone: string } {
  const bar = exact.lastIndexOf('|');
  return bar < 0
    ? { letters: exact, tone: '' }
    : { letters: exact.slice(0, bar), tone: exact.slice(bar + 1) };
}

/** Folded form of one token: lower case, no diacritics, đ → d. */
export function foldToken(token: string): string {
  return stripDiacritics(token.normalize('NFC')).toLowerCase();
}

/** The tokens of `text`, in order. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of normaliseText(text).toLowerCase().matchAll(TOKEN_PATTERN)) {
    const raw = match[0];
    tokens.push({ folded: foldToken(raw), exact: exactForm(raw) });
  }
  return tokens;
}

/** Where each token of `text` starts and ends (for highlighting), on the NFC string. */
export function tokenSpans(text: string): { start: number; end: number; folded: string }[] {
  const spans: { start: number; end: number; folded: string }[] = [];
  for (const match of text.matchAll(TOKEN_PATTERN)) {
    spans.push({
      start: match.index,
      end: match.index + match[0].length,
      folded: foldToken(match[0]),
    });
  }
  return spans;
}

/** True when `text` carries any Vietnamese diacritic or đ (the person typed with marks). */
export function hasDiacritics(text: string): boolean {
  return foldToken(text) !== text.normalize('NFC').toLowerCase();
}
