/**
 * Turns the bytes of a text file into a string. Official lists come as UTF-8 (with or without a
 * byte-order mark), UTF-16 from some Excel "Unicode text" exports, or the legacy Windows
 * Vietnamese code page (windows-1258, which writes tone marks as combining characters: the
 * result is normalised to NFC). Decoding uses iconv-lite; detection is by BOM, then a strict
 * UTF-8 decode, then windows-1258.
 */
import iconv from 'iconv-lite';

export type TextEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1258';

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
const lenientUtf8 = new TextDecoder('utf-8');

export function detectEncoding(bytes: Uint8Array): TextEncoding {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8-bom';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  try {
    strictUtf8.decode(bytes);
    return 'utf-8';
  } catch {
    // A few broken bytes in a UTF-8 file (a bad copy, junk pasted in) should not turn the whole
    // file into windows-1258 mojibake: real 1258 text fails UTF-8 on nearly every accented letter.
    const lenient = lenientUtf8.decode(bytes);
    const broken = lenient.split('\uFFFD').length - 1;
    // eslint-disable-next-line no-control-regex
    const accented = lenient.replace(/[\u0000-\u007F\uFFFD]/g, '').length;
    return accented >= broken * 4 ? 'utf-8' : 'windows-1258';
  }
}

export function decodeText(bytes: Uint8Array, encoding = detectEncoding(bytes)): DecodedText {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let text: string;
  switch (encoding) {
    case 'utf-8-bom':
      text = buffer.subarray(3).toString('utf8');
      break;
    case 'utf-8':
      text = buffer.toString('utf8');
      break;
    case 'utf-16le':
      text = iconv.decode(buffer.subarray(2), 'utf16le');
      break;
    case 'utf-16be':
      text = iconv.decode(buffer.subarray(2), 'utf16be');
      break;
    case 'windows-1258':
      text = iconv.decode(buffer, 'windows1258');
      break;
  }
  return { text: text.normalize('NFC'), encoding };
}

/** Share of characters that are control characters (other than tab, CR, LF): binary files score high. */
export function controlRatio(text: string, sample = 20_000): number {
  const part = text.slice(0, sample);
  if (!part.length) return 0;
  // eslint-disable-next-line no-control-regex
  const controls = part.match(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFD]/g);
  return (controls?.length ?? 0) / part.length;
}

/**
 * True when the text lost its Vietnamese letters before it reached us: a program saved it in a
 * Windows code page and wrote "?" for every letter that page has no room for ("Th?c ph?m",
 * "B?nh c?y"). Such a file cannot be repaired, only saved again. A stray "?" in a note or a
 * question does not count: the "?"s touching letters must be several and at least half as many
 * as the accented letters that survived (a code page like windows-1252 keeps á, â, ê, ô…).
 */
export function hasLostLetters(text: string, sample = 200_000): boolean {
  const part = text.slice(0, sample);
  const inWords = part.match(/(?<=\p{L})\?+|\?+(?=\p{L})/gu);
  const lost = inWords?.length ?? 0;
  if (lost < 3) return false;
  // eslint-disable-next-line no-control-regex
  const accented = part.replace(/[\u0000-\u007F]/g, '').replace(/[^\p{L}]/gu, '').length;
  return lost * 2 >= accented;
}
