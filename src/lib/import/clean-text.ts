/**
 * Cleans one cell of Vietnamese text: NFC, no stray or non-breaking spaces, and one tone-mark
 * placement. Lists mix the "old" placement used by the catalogue ("Thanh Hóa", "thủy") with the
 * "new" one ("Thanh Hoá", "thuỷ"); the importer writes the catalogue's (the province names in
 * `content/provinces.json` use it) and compares names folded, so both match.
 */
import { foldVietnamese, normaliseText } from '../domain/vietnamese.ts';

const TONE = '[\\u0300\\u0301\\u0303\\u0309\\u0323]';
/** "oá", "oè", "oẻ" at the end of a syllable: the tone goes on the o ("hoá" → "hóa"). */
const OA_OE = new RegExp(`([oO])([aAeE])(${TONE})(?![\\p{L}\\p{M}])`, 'gu');
/** "uý" at the end of a syllable, not after q ("thuỷ" → "thủy", "quý" stays). */
const UY = new RegExp(`(?<![qQ])([uU])([yY])(${TONE})(?![\\p{L}\\p{M}])`, 'gu');

/** Moves tone marks to the placement the catalogue uses; leaves everything else alone. */
export function placeToneMarks(input: string): string {
  return input.normalize('NFD').replace(OA_OE, '$1$3$2').replace(UY, '$1$3$2').normalize('NFC');
}

/** Control characters other than tab, CR and LF (junk bytes, broken encodings). */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFD]/g;

/** One cell as text people read: NFC, single spaces, catalogue tone placement, no junk. */
export function cleanText(input: string): string {
  return placeToneMarks(normaliseText(input.replace(CONTROL, ' ')));
}

/** Key to compare names: folded (no diacritics, lower case), punctuation read as spaces. */
export function nameKey(input: string): string {
  return foldVietnamese(input)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** A number as lists write it: "72,5", "72.5", " 80 ". Undefined when it is not one. */
export function parseDecimal(input: string): number | undefined {
  const text = input.replace(/\s+/g, '').replace(',', '.');
  if (!/^-?\d+(?:\.\d+)?$/.test(text)) return undefined;
  const value = Number(text);
  return Number.isFinite(value) ? value : undefined;
}
