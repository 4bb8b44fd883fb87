/**
 * A product's standing in words, in both languages: what labels, posters, share images, fair
 * booths and shortlist cards print beside the stars. An expired or revoked product is never
 * written as a plain "OCOP N sao": the status stands beside the stars, in words (not by colour
 * alone), with its date.
 */
import type { CertificateStatus } from '../domain/certificate-status.ts';
import { formatDate } from './format.ts';
import type { Locale } from './locales.ts';
import { standingStrings } from './ui/standing.ts';

/** "Còn hiệu lực đến 6/12/2027", "Đã hết hạn ngày 1/2/2026", "Chứng nhận đã bị thu hồi". */
export function statusPhrase(
  status: Pick<CertificateStatus, 'state' | 'validUntil'>,
  locale: Locale,
): string {
  const w = standingStrings(locale);
  const date = formatDate(status.validUntil, locale);
  switch (status.state) {
    case 'valid':
      return w.valid(date);
    case 'expiring':
      return w.expiring(date);
    case 'expired':
      return w.expired(date);
    case 'revoked':
      return w.revoked();
  }
}

/** "OCOP 4 sao": only ever printed with `statusPhrase` beside it. */
export function starsPhrase(stars: number, locale: Locale): string {
  return standingStrings(locale).stars(stars);
}

/** Both in one line, for captions, titles and alt text: "OCOP 4 sao · Đã hết hạn ngày 1/2/2026". */
export function standingLine(
  stars: number,
  status: Pick<CertificateStatus, 'state' | 'validUntil'>,
  locale: Locale,
): string {
  return `${starsPhrase(stars, locale)} · ${statusPhrase(status, locale)}`;
}
