/**
 * Browser side of a fair's status: pages are built on one day and read on another, so every
 * `[data-fair-status]` badge is recomputed for today in Vietnam by the function the build uses.
 */
import { fairStatus } from '../lib/domain/fair-status.ts';
import { todayInVietnam } from '../lib/domain/dates.ts';
import { applyBadgeState } from './status-badge.ts';
import { templateFor } from '../lib/i18n/plural.ts';
import { pageLocale } from './cart-dom.ts';

export function refreshFairStatuses(today: string = todayInVietnam()): void {
  for (const badge of document.querySelectorAll<HTMLElement>('[data-fair-status]')) {
    const startDate = badge.dataset['start'];
    const endDate = badge.dataset['end'];
    if (!startDate || !endDate) continue;
    const { state, daysToStart } = fairStatus({ startDate, endDate }, today);
    applyBadgeState(badge, state);
    const startsIn = badge.querySelector<HTMLElement>('[data-starts-in]');
    if (startsIn) {
      startsIn.hidden = state !== 'upcoming';
      startsIn.textContent = `(${templateFor(startsIn.dataset, daysToStart, pageLocale()).replace('{n}', String(daysToStart))})`;
    }
  }
}
