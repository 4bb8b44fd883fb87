/**
 * Vietnamese text helpers shared by slugs, search documents and province matching.
 * People type without diacritics and write tone marks in two places ("Hoá" / "Hóa"):
 * everything that compares names goes through `foldVietnamese`.
 */

/** Normalises to NFC, turns non-breaking and odd spaces into plain spaces and collapses runs. */
export function normaliseText(input: string): string {
  return input
    .normalize('NFC')
    .replace(/[\u00A0\u1680\u2000-\u200B\u202F\u205F\u3000\uFEFF]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Removes every diacritic (tones and vowel marks) and maps đ → d; keeps case. */
export function stripDiacritics(input: string): string {
  return input
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFC');
}

/** Lower-case, diacritic-free, single-spaced form used to compare Vietnamese names. */
export function foldVietnamese(input: string): string {
  return stripDiacritics(normaliseText(input)).toLowerCase();
}

/** ASCII URL slug: "Bánh cáy làng Nguyễn" → "banh-cay-lang-nguyen", "Đặc sản" → "dac-san". */
export function slugify(input: string): string {
  return foldVietnamese(input)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** A slug as the schemas accept it: lower-case ASCII words joined by single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

/** Compares two names in Vietnamese alphabetical order (Đ after D, not after Z). */
export function compareVietnamese(a: string, b: string): number {
  return collator.compare(a, b);
}
