/**
 * Giving new codes (Node only: scripts, the generator and the importer). See `codes.ts`.
 */
import { createHash } from 'node:crypto';
import { CODE_ALPHABET, CODE_LENGTH } from './codes.ts';

function encode(bytes: Uint8Array): string {
  let out = '';
  let bits = 0;
  let value = 0;
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5 && out.length < CODE_LENGTH) {
      out += CODE_ALPHABET.charAt((value >>> (bits - 5)) & 31);
      bits -= 5;
    }
    if (out.length === CODE_LENGTH) break;
  }
  return out;
}

/**
 * A new code for an entry, derived from `seed` (a namespace and the entry's slug or row) so the
 * same input gives the same code, and different from every code in `taken`. The new code is
 * added to `taken`.
 */
export function newCode(seed: string, taken: Set<string>): string {
  for (let attempt = 0; ; attempt++) {
    const digest = createHash('sha256')
      .update(attempt === 0 ? seed : `${seed}#${String(attempt)}`)
      .digest();
    const code = encode(digest);
    if (!taken.has(code)) {
      taken.add(code);
      return code;
    }
  }
}
