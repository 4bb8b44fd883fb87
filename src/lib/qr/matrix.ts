/**
 * The module matrix of a QR code, with its quiet zone, as a flat array: one byte per module,
 * 1 = dark. Both renderers (SVG in `svg.ts`, PNG in `png.ts`) draw from it, so they agree.
 *
 * Error correction defaults to level Q (about 25 % of the code words can be restored). These
 * codes are printed on packaging, labels and posters: curved jars, glossy film, scuffs, a
 * price sticker over a corner. L (7 %) and M (15 %) give a smaller code but fail first on
 * damaged print; H (30 %) makes a short URL one version larger (4 more modules a side) for
 * little gain. Q keeps a site URL with a six-character code at version 4 (33 × 33 modules).
 *
 * The quiet zone is the 4-module light margin the standard (ISO/IEC 18004) asks for; scanners
 * need it to find the code, so it is part of every image and never cropped.
 */
import { encode, QrCodeDataType } from 'uqr';
import { applyMask, drawFormatBits, penalty, type QrErrorCorrection } from './mask.ts';

export type { QrErrorCorrection };

export const QR_DEFAULT_ERROR_CORRECTION: QrErrorCorrection = 'Q';
export const QR_QUIET_ZONE_MODULES = 4;

export interface QrMatrixOptions {
  /** Error correction level; Q unless told (see above). */
  errorCorrection?: QrErrorCorrection;
}

export interface QrMatrix {
  /** Modules per side, quiet zone included. */
  size: number;
  /** Modules per side of the symbol itself (without the quiet zone). */
  symbolSize: number;
  /** QR version, 1–40. */
  version: number;
  errorCorrection: QrErrorCorrection;
  /** Mask pattern chosen, 0–7. */
  mask: number;
  /** `size * size` bytes, row by row; 1 = dark module. */
  modules: Uint8Array;
}

export function qrMatrix(text: string, options: QrMatrixOptions = {}): QrMatrix {
  const errorCorrection = options.errorCorrection ?? QR_DEFAULT_ERROR_CORRECTION;
  // uqr lays out the data with mask 0; the mask is then chosen here, on typed arrays.
  const qr = encode(text, { ecc: errorCorrection, border: 0, maskPattern: 0 });
  const n = qr.size;
  const base = new Uint8Array(n * n);
  const isData = new Uint8Array(n * n);
  for (let y = 0; y < n; y++) {
    const row = qr.data[y]!;
    const types = qr.types[y]!;
    for (let x = 0; x < n; x++) {
      base[y * n + x] = row[x] ? 1 : 0;
      isData[y * n + x] = types[x] === QrCodeDataType.Data ? 1 : 0;
    }
  }
  applyMask(base, isData, n, 0); // undo mask 0
  let best = base;
  let bestMask = 0;
  let bestPenalty = Infinity;
  for (let mask = 0; mask < 8; mask++) {
    const candidate = base.slice();
    applyMask(candidate, isData, n, mask);
    drawFormatBits(candidate, n, errorCorrection, mask);
    const score = penalty(candidate, n);
    if (score < bestPenalty) {
      best = candidate;
      bestMask = mask;
      bestPenalty = score;
    }
  }
  const q = QR_QUIET_ZONE_MODULES;
  const size = n + 2 * q;
  const modules = new Uint8Array(size * size);
  for (let y = 0; y < n; y++) modules.set(best.subarray(y * n, (y + 1) * n), (y + q) * size + q);
  return { size, symbolSize: n, version: qr.version, errorCorrection, mask: bestMask, modules };
}
