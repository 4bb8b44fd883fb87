/**
 * The one place that decides whether an OCOP certificate is valid. A certificate lasts
 * 36 months from its decision date (Decision 148/QĐ-TTg); pages show the status as of the
 * build and a small script re-runs this same code in the browser on the day a visitor looks.
 */
import { addMonths, daysBetween } from './dates.ts';

export const CERTIFICATE_VALIDITY_MONTHS = 36;
export const EXPIRING_WITHIN_DAYS = 90;

export const CERTIFICATE_STATES = ['valid', 'expiring', 'expired', 'revoked'] as const;
export type CertificateState = (typeof CERTIFICATE_STATES)[number];

/** The minimum a certification needs for its status to be worked out. */
export interface DatedCertification {
  decisionDate: string;
  status: 'new' | 're-recognised' | 'upgraded' | 'revoked';
}

/** Last day the certificate is valid: decision date + 36 months (clamped to month end). */
export function validUntil(decisionDate: string): string {
  return addMonths(decisionDate, CERTIFICATE_VALIDITY_MONTHS);
}

export interface CertificateStatus {
  state: CertificateState;
  validUntil: string;
  /** Days left until `validUntil` (0 on the last valid day, negative once expired). */
  daysLeft: number;
}

/**
 * Status on `today` (YYYY-MM-DD, Vietnam time) of a certificate valid through `validUntil`:
 * valid through that day itself; "expiring" when 90 days or fewer remain; a revocation wins.
 * What a card in the browser keeps (valid-until and revoked) is enough to decide it.
 */
export function statusOn(validUntil: string, revoked: boolean, today: string): CertificateStatus {
  const daysLeft = daysBetween(today, validUntil);
  let state: CertificateState;
  if (revoked) state = 'revoked';
  else if (daysLeft < 0) state = 'expired';
  else if (daysLeft <= EXPIRING_WITHIN_DAYS) state = 'expiring';
  else state = 'valid';
  return { state, validUntil, daysLeft };
}

/** Status of one certification on `today`: 36 months from its decision (see `statusOn`). */
export function certificateStatus(cert: DatedCertification, today: string): CertificateStatus {
  return statusOn(validUntil(cert.decisionDate), cert.status === 'revoked', today);
}

/** The certification that decides a product's standing: the latest by decision date. */
export function currentCertification<T extends DatedCertification>(history: readonly T[]): T {
  const [first, ...rest] = history;
  if (!first) throw new RangeError('A product needs at least one certification');
  return rest.reduce(
    (latest, cert) => (cert.decisionDate >= latest.decisionDate ? cert : latest),
    first,
  );
}

/** A product's status today: the status of its latest certification. */
export function productCertificateStatus(
  history: readonly DatedCertification[],
  today: string,
): CertificateStatus {
  return certificateStatus(currentCertification(history), today);
}
