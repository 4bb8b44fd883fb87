/**
 * QR codes for short URLs. `qrSvg` and `qrMatrix` run anywhere (browser included);
 * `qrPng` needs Node: import it from `src/lib/qr/png.ts`.
 */
export {
  qrMatrix,
  QR_DEFAULT_ERROR_CORRECTION,
  QR_QUIET_ZONE_MODULES,
  type QrErrorCorrection,
  type QrMatrix,
  type QrMatrixOptions,
} from './matrix.ts';
export { qrSvg, renderQrSvg, qrPath, type QrSvgOptions } from './svg.ts';
