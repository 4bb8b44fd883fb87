/**
 * The QR codes a build writes: one per product and one per producer, each encoding the
 * absolute Vietnamese short URL (`/p/<code>/`, `/c/<code>/`). Vietnamese because packaging is
 * printed once for every reader; the check page links to its English counterpart.
 */
import type { Catalogue } from '../content-files/read-content.ts';
import { displayCode } from '../domain/codes.ts';
import { assets, routes } from '../i18n/routes.ts';
import type { QrJob } from './write-qr-codes.ts';

/** The text a product's QR code encodes. */
export const productQrText = (code: string, site: string | URL) =>
  new URL(routes.productShort(code, 'vi'), site).href;

/** The text a producer's QR code encodes. */
export const producerQrText = (code: string, site: string | URL) =>
  new URL(routes.producerShort(code, 'vi'), site).href;

export function qrJobs(catalogue: Catalogue, site: string | URL): QrJob[] {
  return [
    ...catalogue.products.map(({ data: { code } }) => ({
      text: productQrText(code, site),
      title: `Mã QR OCOP ${displayCode(code)}`,
      svg: assets.productQr(code, 'svg'),
      png: assets.productQr(code, 'png'),
    })),
    ...catalogue.producers.map(({ data: { code } }) => ({
      text: producerQrText(code, site),
      title: `Mã QR chủ thể OCOP ${displayCode(code)}`,
      svg: assets.producerQr(code, 'svg'),
      png: assets.producerQr(code, 'png'),
    })),
  ];
}
