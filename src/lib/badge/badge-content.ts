/**
 * What an embeddable badge says, for one product on one day: the stars of its current
 * certificate and its status ("Còn hiệu lực đến 12/2027", "Sắp hết hạn 12/2026", "Đã hết hạn",
 * "Đã thu hồi"), with colours that keep white text at a contrast of 7:1 or more.
 *
 * The badge is one file per product, the same in both languages (like the QR codes), so its
 * words are Vietnamese; "OCOP" and the stars read in any language.
 */
import type { CertificateState, CertificateStatus } from '../domain/certificate-status.ts';
import { parseIsoDate } from '../domain/dates.ts';

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
  /** Product name, Vietnamese (goes into the SVG's title, escaped). */
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

export function statusLine(status: CertificateStatus): string {
  switch (status.state) {
    case 'valid':
      return `Còn hiệu lực đến ${monthYear(status.validUntil)}`;
    case 'expiring':
      return `Sắp hết hạn ${monthYear(status.validUntil)}`;
    case 'expired':
      return 'Đã hết hạn';
    case 'revoked':
      return 'Đã thu hồi';
  }
}

export function badgeContent(subject: BadgeSubject): BadgeContent {
  const { state } = subject.status;
  const line = statusLine(subject.status);
  return {
    state,
    code: subject.code.toUpperCase(),
    stars: subject.stars,
    starsLabel: `${subject.stars} sao`,
    statusLine: line,
    tone: BADGE_TONES[state],
    title: `OCOP ${subject.stars} sao · ${line} · ${subject.name} (mã ${subject.code.toUpperCase()})`,
  };
}
