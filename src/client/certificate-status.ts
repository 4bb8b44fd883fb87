/**
 * Browser side of the certificate status: pages are built on one day and read on another, so
 * every `[data-cert-status]` badge is recomputed with today's date in Vietnam by the same
 * function the build uses (`lib/domain/certificate-status.ts`).
 */
import { certificateStatus } from '../lib/domain/certificate-status.ts';
import { todayInVietnam } from '../lib/domain/dates.ts';
import { applyBadgeState } from './status-badge.ts';

import { STATUS_BADGE_TONE, STATUS_ICON as ICONS } from '../components/ui/status-look.ts';
import { formatDate } from '../lib/i18n/format.ts';
import { templateFor } from '../lib/i18n/plural.ts';
import { certificateStrings } from '../lib/i18n/ui/certificate.ts';
import { countOneStrings } from '../lib/i18n/ui/counts.ts';
import { pageLocale } from './cart-dom.ts';

export function refreshCertificateStatuses(today: string = todayInVietnam()): void {
  const locale = pageLocale();
  const words = certificateStrings(locale);
  // A card's badge holds its build-day words only: the other states' come from here.
  const daysLeftTemplates = {
    template: words.daysLeft,
    templateOne: countOneStrings(locale).daysLeft,
  };
  for (const badge of document.querySelectorAll<HTMLElement>('[data-cert-status]')) {
    const decisionDate = badge.dataset['decisionDate'];
    if (!decisionDate) continue;
    const revoked = badge.dataset['revoked'] !== undefined;
    const { state, daysLeft } = certificateStatus(
      { decisionDate, status: revoked ? 'revoked' : 'new' },
      today,
    );
    // A badge says its tones when they are not the usual ones (the check page's panel).
    applyBadgeState(badge, state, STATUS_BADGE_TONE, words.status);
    const icon = badge.querySelector<HTMLElement>('[data-icon]');
    if (icon) icon.textContent = ICONS[state];
    let days = badge.querySelector<HTMLElement>('[data-days-left]');
    // Only the badge of `certificate-status-html.ts` (class `cert-status`) is written without
    // its days left; the fair booths' badges say the date in their words instead.
    if (!days && state === 'expiring' && badge.classList.contains('cert-status')) {
      days = document.createElement('span');
      days.dataset['daysLeft'] = '';
      days.className = 'font-normal';
      badge.append(' ', days);
    }
    if (days) {
      days.hidden = state !== 'expiring';
      const template = templateFor(daysLeftTemplates, daysLeft, locale);
      days.textContent = `(${template.replace('{n}', String(daysLeft))})`;
    }
  }
  for (const note of document.querySelectorAll<HTMLElement>('[data-status-date]')) {
    note.textContent = (note.dataset['template'] ?? '{date}').replace(
      '{date}',
      formatDate(today, pageLocale()),
    );
  }
}
