/**
 * How a certificate's status looks, wherever it is shown: its sign (✓ ! × ⊘), a second cue
 * beside the words, never the only one; and the tones of the status badge on product, fair and
 * shortlist cards. One definition, shipped only to the views that draw them.
 */
import type { CertificateState } from '../../lib/domain/certificate-status.ts';

export const STATUS_ICON: Record<CertificateState, string> = {
  valid: '✓',
  expiring: '!',
  expired: '×',
  revoked: '⊘',
};

/** Tailwind classes of the small status badge (border, background, text) per state. */
/** Each state's colours: component classes (`styles/global.css`), swapped by the browser's re-check. */
export const STATUS_BADGE_TONE: Record<CertificateState, string> = {
  valid: 'tone-valid',
  expiring: 'tone-expiring',
  expired: 'tone-expired',
  revoked: 'tone-revoked',
};
