/**
 * What an embeddable badge says, for one product on one day: the stars of its current
 * certificate and its status ("Còn hiệu lực đến 12/2027", "Sắp hết hạn 12/2026", "Đã hết hạn",
 * "Đã thu hồi"), with colours that keep white text at a contrast of 7:1 or more.
 *
 * One file per product and language: Vietnamese for the Vietnamese pages and the sites that
 * embed it, English for the English share kit ("Valid until 12/2027", "4 stars"); the words are
 * in `i18n/ui/badge.ts`.
 */
import type { CertificateState, CertificateStatus } from '../domain/certificate-status.ts';
import { parseIsoDate } from '../domain/dates.ts';
import type { Locale } from '../i18n/locales.ts';
import { badgeStrings } from '../i18n/ui/badge.ts';

export interface BadgeTone {
  /** The status band and the border. */
  band: string;
  /** Text on the band. */
  onBand: string;
  /** The stars: gold while the certificate stands, grey once it has lapsed or been revoked. */
  star: string;
}

export const BADGE_TONES: Record<CertificateState, BadgeTone> = {
  valid: { band: '#166534', onBand: '#ffffff', star: '#b45309' },
  expiring: { band: '#92400e', onBand: '#ffffff', star: '#b45309' },
  expired: { band: '#374151', onBand: '#ffffff', star: '#6b7280' },
  revoked: { band: '#991b1b', onBand: '#ffffff', star: '#6b7280' },
};

export interface BadgeSubject {
  code: string;
  /** Product name in the badge's language (goes into the SVG's title, escaped). */
  name: string;
  stars: number;
  status: CertificateStatus;
}

export interface BadgeContent {
  state: CertificateState;
  /** The product's code in capitals, as printed on labels ("REBSS8"). */
  code: string;
  stars: number;
  /** "4 sao", drawn after "OCOP" and the star shapes. */
  starsLabel: string;
  /** The line in the coloured band. */
  statusLine: string;
  tone: BadgeTone;
  /** Everything the badge says in one sentence, for `<title>`. */
  title: string;
}

/** "12/2027": the month a certificate runs out, as the badge prints it. */
export function monthYear(iso: string): string {
  const { year, month } = parseIsoDate(iso);
  return `${String(month).padStart(2, '0')}/${year}`;
}

export function statusLine(status: CertificateStatus, locale: Locale = 'vi'): string {
  const words = badgeStrings(locale);
  switch (status.state) {
    case 'valid':
      return words.valid(monthYear(status.validUntil));
    case 'expiring':
      return words.expiring(monthYear(status.validUntil));
    case 'expired':
      return words.expired;
    case 'revoked':
      return words.revoked;
  }
}

export function badgeContent(subject: BadgeSubject, locale: Locale = 'vi'): BadgeContent {
  const { state } = subject.status;
  const line = statusLine(subject.status, locale);
  const code = subject.code.toUpperCase();
  return {
    state,
    code,
    stars: subject.stars,
    starsLabel: badgeStrings(locale).stars(subject.stars),
    statusLine: line,
    tone: BADGE_TONES[state],
    title: badgeStrings(locale).title(subject.stars, line, subject.name, code),
  };
}
