/**
 * Ready-to-paste captions for producers (Zalo, Facebook, a shop window), in the page's
 * language (words in `i18n/ui/share-captions.ts`), built from the data and honest about the
 * certificate: a valid one gives its end date, an expired or revoked one is never called valid.
 */
import type { CertificateStatus } from '../domain/certificate-status.ts';
import { formatDate } from '../i18n/format.ts';
import type { Locale } from '../i18n/locales.ts';
import { shareCaptionStrings } from '../i18n/ui/share-captions.ts';

export interface ProductCaptionInput {
  /** The product's name as the page shows it (the English one on English pages, if any). */
  name: string;
  producerName: string;
  /** The product's 2025 province as the language names it: "Hưng Yên", "Hưng Yên Province". */
  provinceName: string;
  stars: number;
  status: CertificateStatus;
  /** Absolute short URL: the certificate check page (in the caption's language). */
  shortUrl: string;
}

export function productCaption(p: ProductCaptionInput, locale: Locale = 'vi'): string {
  const s = shareCaptionStrings(locale);
  const date = formatDate(p.status.validUntil, locale);
  const check = s.check(p.shortUrl);
  switch (p.status.state) {
    case 'valid':
      return `${s.valid(p, p.stars, date)} ${check}`;
    case 'expiring':
      return `${s.expiring(p, p.stars, date)} ${check}`;
    case 'expired':
      return `${s.expired(p, p.stars, date)} ${check}`;
    case 'revoked':
      return `${s.revoked(p, p.stars)} ${check}`;
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
export function producerCaption(p: ProducerCaptionInput, locale: Locale = 'vi'): string {
  const s = shareCaptionStrings(locale);
  const standing = p.products.filter(
    (x) => x.status.state === 'valid' || x.status.state === 'expiring',
  );
  const link = s.check(p.shortUrl);
  if (standing.length === 0) return `${s.producerNone(p.name, p.provinceName)} ${link}`;
  const list = standing.map((x) => s.listed(x.name, x.stars)).join('; ');
  return `${s.producerSome(p.name, p.provinceName, standing.length, list)} ${link}`;
}
