/**
 * Short codes: the stable identity of a product or producer behind its short URL (`/p/<code>/`,
 * `/c/<code>/`), its QR code and its badge. A slug follows the name and may change; a code is
 * given once, written in the entry's file, and never changes.
 *
 * Six characters of Crockford's base 32 in lower case (no i, l, o, u: nothing to misread on a
 * label), so 32⁶ ≈ 1.07 billion codes. Shown in capitals on print ("Mã: K7Q2M4"); typed in
 * either case.
 */
export const CODE_ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';
export const CODE_LENGTH = 6;
export const CODE_PATTERN = /^[0-9abcdefghjkmnpqrstvwxyz]{6}$/;

/** A code as someone typed it: any case, spaces, dashes, and the look-alikes I/L → 1, O → 0. */
export function normaliseCode(input: string): string | undefined {
  const code = input
    .trim()
    .toLowerCase()
    .replace(/[\s-]/g, '')
    .replace(/[il]/g, '1')
    .replace(/o/g, '0');
  return CODE_PATTERN.test(code) ? code : undefined;
}

/** Code for display and print: capitals. */
export const displayCode = (code: string) => code.toUpperCase();

/**
 * The code a search query stands for, if the whole query is one typed as printed: six letters
 * and digits, perhaps split 3 + 3 by a space or a dash ("F4M-PG6"), with look-alikes. A query
 * of letters only that needs a look-alike replaced to be a code ("coffee" → "c0ffee") is a word,
 * not a code: it stays a search.
 */
export function codeInQuery(query: string): string | undefined {
  const typed = query.trim();
  if (!/^[0-9a-z]{3}[\s-]?[0-9a-z]{3}$/i.test(typed)) return undefined;
  const code = normaliseCode(typed);
  if (!code) return undefined;
  const plain = typed.toLowerCase().replace(/[\s-]/g, '');
  return /[0-9]/.test(plain) || plain === code ? code : undefined;
}

/**
 * A short-URL path as someone typed it (`/P/F4M-PG6`, `/en/p/f4m%20pg6`): its language prefix,
 * kind and code, or undefined when the path is not a short URL or the code cannot be one.
 * `typed` is the code as it appeared (decoded), for "no product has the code X".
 */
export function parseShortPath(
  pathname: string,
): { en: boolean; kind: 'p' | 'c'; code: string | undefined; typed: string } | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  const match = /^(\/en)?\/([pc])\/([^/]+)\/?$/i.exec(decoded);
  if (!match) return undefined;
  const typed = match[3]!.trim();
  return {
    en: Boolean(match[1]),
    kind: match[2]!.toLowerCase() as 'p' | 'c',
    code: normaliseCode(typed),
    typed,
  };
}
