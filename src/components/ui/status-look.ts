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
export const STATUS_BADGE_TONE: Record<CertificateState, string> = {
  valid: 'border-green-700 bg-green-50 text-green-900',
  expiring: 'border-amber-600 bg-amber-50 text-amber-900',
  expired: 'border-gray-500 bg-gray-100 text-gray-800',
  revoked: 'border-red-700 bg-red-50 text-red-900',
};
