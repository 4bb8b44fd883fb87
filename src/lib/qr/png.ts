/**
 * A QR code as a 1-bit greyscale PNG written directly (signature, IHDR, pHYs, IDAT, IEND)
 * with node:zlib: no image library per code, a fraction of a millisecond each (figures in
 * docs/short-urls-and-qr.md). Node only; browser code uses `qrSvg`.
 */
import { crc32, deflateSync } from 'node:zlib';
import { qrMatrix, type QrMatrix, type QrMatrixOptions } from './matrix.ts';

export interface QrPngOptions extends QrMatrixOptions {
  /** Pixels per module (default 10: a version-4 code with its quiet zone is 410 px square). */
  scale?: number;
  /** Resolution stored in the file, for print (default 300 dpi: 10 px modules ≈ 0.85 mm). */
  dpi?: number;
}

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const FILTER_NONE = 0;
const FILTER_UP = 2;

/**
 * The unfiltered image, drawn into one buffer reused from code to code (zeroed each time): a
 * build draws 30,000 codes at 20,000 products, and a fresh ~22 KB buffer for each, with
 * deflate's 16 KB output chunk, left hundreds of MB of garbage outside the heap between
 * collections — resident memory the process then kept (docs/performance.md).
 */
let raw = Buffer.alloc(0);
function scratch(length: number): Buffer {
  if (raw.length < length) raw = Buffer.alloc(length);
  return raw.fill(0, 0, length).subarray(0, length);
}

/** Deflate's output chunk: a code's IDAT is a few hundred bytes (more chunks if not). */
const DEFLATE_CHUNK = 1024;

function chunk(type: string, data: Buffer): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

export function qrPng(text: string, options: QrPngOptions = {}): Buffer {
  return renderQrPng(qrMatrix(text, options), options);
}

/** PNG of a matrix already encoded (the build encodes once for SVG and PNG). */
export function renderQrPng(
  matrix: QrMatrix,
  options: Omit<QrPngOptions, keyof QrMatrixOptions> = {},
): Buffer {
  const scale = Math.max(1, Math.round(options.scale ?? 10));
  const { size, modules } = matrix;
  const width = size * scale;
  const stride = 1 + Math.ceil(width / 8);
  // Each module row is drawn once (filter None, 1 bit a pixel, 1 = white); the scale − 1
  // rows under it repeat it, which filter Up writes as zeros: deflate makes almost nothing
  // of them and runs fast even at level 9.
  const raw = scratch(stride * width);
  for (let y = 0; y < size; y++) {
    const offset = y * scale * stride;
    raw[offset] = FILTER_NONE;
    for (let px = 0; px < width; px++) {
      if (!modules[y * size + Math.floor(px / scale)]) {
        raw[offset + 1 + (px >> 3)]! |= 0x80 >> (px & 7);
      }
    }
    for (let i = 1; i < scale; i++) raw[offset + i * stride] = FILTER_UP;
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(width, 4);
  header[8] = 1; // bit depth
  header[9] = 0; // colour type: greyscale
  const pixelsPerMetre = Math.round((options.dpi ?? 300) / 0.0254);
  const physical = Buffer.alloc(9);
  physical.writeUInt32BE(pixelsPerMetre, 0);
  physical.writeUInt32BE(pixelsPerMetre, 4);
  physical[8] = 1; // unit: metre
  return Buffer.concat([
    SIGNATURE,
    chunk('IHDR', header),
    chunk('pHYs', physical),
    chunk('IDAT', deflateSync(raw, { level: 6, chunkSize: DEFLATE_CHUNK })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
