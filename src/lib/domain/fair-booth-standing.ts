/**
 * Which of a fair's booth products need a word of warning: a certificate that is expired or
 * revoked on the day, or one still in force that runs out before the fair ends (its last valid
 * day is before the fair's end date, so it lapses while the booth still shows it). The status
 * itself comes from the one derivation (`product-standing.ts`); this module only adds the
 * fair's end date. Pure: the fair page, its print kit and `npm run check:content` all use it.
 */
import type { CertificateStatus } from './certificate-status.ts';

/** Why a booth product is flagged. */
export type BoothFlag = 'revoked' | 'expired' | 'expires-before-end';

export const BOOTH_FLAGS: readonly BoothFlag[] = ['revoked', 'expired', 'expires-before-end'];

/**
 * The flag of one product at a fair ending on `fairEnd` (YYYY-MM-DD), given its status on the
 * day; undefined when its certificate is in force through the fair's last day.
 */
export function boothFlag(
  status: Pick<CertificateStatus, 'state' | 'validUntil'>,
  fairEnd: string,
): BoothFlag | undefined {
  if (status.state === 'revoked') return 'revoked';
  if (status.state === 'expired') return 'expired';
  // Valid through `validUntil` itself: a certificate ending on the last day covers the fair.
  if (status.validUntil < fairEnd) return 'expires-before-end';
  return undefined;
}

/** A flagged product, with its booth. */
export interface FlaggedBoothProduct<P> {
  booth: string;
  product: P;
  flag: BoothFlag;
  status: Pick<CertificateStatus, 'state' | 'validUntil'>;
}

/** Every flagged product of a fair, booth by booth, in the fair's order. */
export function flaggedBoothProducts<P>(
  booths: readonly { number: string; products: readonly P[] }[],
  statusOf: (product: P) => Pick<CertificateStatus, 'state' | 'validUntil'>,
  fairEnd: string,
): FlaggedBoothProduct<P>[] {
  return booths.flatMap((booth) =>
    booth.products.flatMap((product) => {
      const status = statusOf(product);
      const flag = boothFlag(status, fairEnd);
      return flag ? [{ booth: booth.number, product, flag, status }] : [];
    }),
  );
}

/** How many products carry each flag (every flag present, 0 when none). */
export function countBoothFlags(
  flagged: readonly { flag: BoothFlag }[],
): Record<BoothFlag, number> {
  const counts: Record<BoothFlag, number> = { revoked: 0, expired: 0, 'expires-before-end': 0 };
  for (const { flag } of flagged) counts[flag]++;
  return counts;
}
