/**
 * The sign of a certificate's status, as on the check page and the product page (✓ ! × ⊘): a
 * second cue beside the words, never the only one. Its own module so that only the views that
 * draw it (posters, shortlist cards) ship it.
 */
import type { CertificateState } from '../domain/certificate-status.ts';

export const STATUS_ICON: Record<CertificateState, string> = {
  valid: '✓',
  expiring: '!',
  expired: '×',
  revoked: '⊘',
};
