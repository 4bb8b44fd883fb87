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
