/**
 * Ready-to-paste captions for producers (Zalo, Facebook, a shop window), in Vietnamese, built
 * from the data and honest about the certificate: a valid one gives its end date, an expired or
 * revoked one is never called valid.
 */
import type { CertificateStatus } from '../domain/certificate-status.ts';
import { formatDate } from '../i18n/format.ts';

export interface ProductCaptionInput {
  name: string;
  producerName: string;
  /** The product's 2025 province, e.g. "Hưng Yên". */
  provinceName: string;
  stars: number;
  status: CertificateStatus;
  /** Absolute short URL: the certificate check page. */
  shortUrl: string;
}

const date = (iso: string) => formatDate(iso, 'vi');

export function productCaption(p: ProductCaptionInput): string {
  const who = `${p.name} của ${p.producerName}, ${p.provinceName}`;
  const check = `Xem và kiểm tra: ${p.shortUrl}`;
  switch (p.status.state) {
    case 'valid':
      return `Sản phẩm OCOP ${p.stars} sao ${who}. Chứng nhận còn hiệu lực đến ${date(p.status.validUntil)}. ${check}`;
    case 'expiring':
      return `Sản phẩm OCOP ${p.stars} sao ${who}. Chứng nhận còn hiệu lực đến ${date(p.status.validUntil)} (sắp hết hạn). ${check}`;
    case 'expired':
      return `Sản phẩm ${who}. Chứng nhận OCOP ${p.stars} sao đã hết hạn ngày ${date(p.status.validUntil)}. ${check}`;
    case 'revoked':
      return `Sản phẩm ${who}. Chứng nhận OCOP ${p.stars} sao của sản phẩm này đã bị thu hồi. ${check}`;
  }
}

export interface ProducerCaptionInput {
  name: string;
  provinceName: string;
  products: { name: string; stars: number; status: CertificateStatus }[];
  /** Absolute short URL of the producer. */
  shortUrl: string;
}

/** Lists the products whose certificate still stands; says so plainly when none does. */
export function producerCaption(p: ProducerCaptionInput): string {
  const standing = p.products.filter(
    (x) => x.status.state === 'valid' || x.status.state === 'expiring',
  );
  const link = `Xem và kiểm tra: ${p.shortUrl}`;
  if (standing.length === 0)
    return `${p.name}, ${p.provinceName}. Hiện chưa có sản phẩm nào có chứng nhận OCOP còn hiệu lực. ${link}`;
  const list = standing.map((x) => `${x.name} (${x.stars} sao)`).join('; ');
  return `${p.name}, ${p.provinceName}: ${standing.length} sản phẩm OCOP có chứng nhận còn hiệu lực: ${list}. ${link}`;
}
