/**
 * The downloads every entry of the share kit offers — its QR code (SVG, PNG) and its share
 * image in the page's language — for a product or a producer code, saved as
 * `ocop-<code>-qr.svg`, `ocop-<code>.jpg` (`ocop-<code>-en.jpg` from an English page).
 */
import type { Locale } from '../i18n/locales.ts';
import { assets } from '../i18n/routes.ts';

export interface KitFile {
  /** What the link is, for tests and styling: qr-svg, qr-png, share-image, poster, posters, badge. */
  kind: string;
  href: string;
  label: string;
  /** File name to save as; left out for pages (the print views). */
  download?: string | undefined;
}

export function codeDownloads(
  entity: 'product' | 'producer',
  code: string,
  labels: {
    qrSvg: string;
    qrPng: string;
    shareImage: string;
    files: { shareImage: (code: string, ext: string) => string };
  },
  locale: Locale,
): KitFile[] {
  const qr = entity === 'product' ? assets.productQr : assets.producerQr;
  const shareImage =
    entity === 'product'
      ? assets.productShareImage(code, locale)
      : assets.producerShareImage(code, locale);
  return [
    { kind: 'qr-svg', href: qr(code, 'svg'), label: labels.qrSvg, download: `ocop-${code}-qr.svg` },
    { kind: 'qr-png', href: qr(code, 'png'), label: labels.qrPng, download: `ocop-${code}-qr.png` },
    {
      kind: 'share-image',
      href: shareImage,
      label: labels.shareImage,
      download: labels.files.shareImage(code, shareImage.slice(shareImage.lastIndexOf('.') + 1)),
    },
  ];
}
