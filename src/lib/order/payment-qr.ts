/**
 * The VietQR code of an order as one SVG. When the producer's account is sample data, the
 * warning ("DỮ LIỆU MẪU – KHÔNG CHUYỂN TIỀN") is drawn in red bands above and below the code,
 * inside the same image, so a screenshot or a saved copy of the code still says it. The code
 * itself, with its quiet zone, is left untouched: it still scans (and the test decodes it).
 * Browser-safe.
 */
import { qrMatrix, qrPath } from '../qr/index.ts';

export interface PaymentQrOptions {
  /** Accessible name of the image. */
  title: string;
  /** Words drawn in the image above and below the code (sample data). */
  warning?: string;
}

const escapeXml = (text: string) =>
  text.replace(
    /[<>&"']/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c] ?? c,
  );

/** Height of a warning band, in modules. */
const BAND = 5;

export function paymentQrSvg(payload: string, options: PaymentQrOptions): string {
  // M (15 %): a payment code is shown on a screen, not printed on a jar; smaller modules scan better.
  const { size, modules } = qrMatrix(payload, { errorCorrection: 'M' });
  const band = options.warning ? BAND : 0;
  const height = size + 2 * band;
  const title = escapeXml(options.title);
  const bandSvg = (y: number) => {
    const warning = escapeXml(options.warning ?? '');
    return (
      `<rect y="${y}" width="${size}" height="${band}" fill="#b91c1c"/>` +
      `<text x="${size / 2}" y="${y + band / 2}" fill="#fff" font-family="system-ui,sans-serif" ` +
      `font-weight="700" font-size="2.4" text-anchor="middle" dominant-baseline="central" ` +
      `textLength="${size - 4}" lengthAdjust="spacingAndGlyphs">${warning}</text>`
    );
  };
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${height}" role="img" aria-label="${title}">` +
    `<title>${title}</title>` +
    `<rect width="${size}" height="${height}" fill="#fff"/>` +
    (band ? bandSvg(0) + bandSvg(size + band) : '') +
    `<path fill="none" stroke="#000" shape-rendering="crispEdges" transform="translate(0 ${band})" d="${qrPath(modules, size)}"/>` +
    `</svg>`
  );
}
