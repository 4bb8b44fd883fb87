/**
 * The certificate's status badge as of the build day: the markup of `CertificateStatus.astro`,
 * also written into product cards (`card-html.ts`). The browser re-checks it against today's
 * date in Vietnam (`client/certificate-status.ts`, loaded by `CertificateStatusScript.astro`);
 * without JavaScript the build-day status stays. Days left are written by the browser only: an
 * expiring badge is built with its last day ("until 10 Dec"), which the browser replaces with the
 * days left, so the badge keeps its size and a page kept from an earlier build stays true.
 * The badge holds the words of its own state only (a badge stands on every card, 24 to a
 * listing page): the browser has the other states' words and adds the one it needs.
 */
import { STATUS_BADGE_TONE, STATUS_ICON } from '../ui/status-look.ts';
import type { CertificateStatus } from '../../lib/domain/certificate-status.ts';
import { escapeAttribute, escapeText } from '../../lib/html/escape.ts';
import { formatDayMonth } from '../../lib/i18n/format.ts';
import type { Locale } from '../../lib/i18n/locales.ts';
import { certificateStrings } from '../../lib/i18n/ui/certificate.ts';

export interface CertificateStatusOptions {
  status: CertificateStatus;
  decisionDate: string;
  revoked: boolean;
  locale: Locale;
  size?: 'sm' | 'lg' | undefined;
}

export function certificateStatusHtml({
  status,
  decisionDate,
  revoked,
  locale,
  size = 'sm',
}: CertificateStatusOptions): string {
  const words = certificateStrings(locale);
  const { state } = status;
  const sizing = size === 'lg' ? ' px-3 py-1 text-base' : '';
  const until =
    state === 'expiring'
      ? ` <span data-days-left class="font-normal"> ${escapeText(
          `(${words.until.replace('{date}', formatDayMonth(status.validUntil, locale))})`,
        )} </span>`
      : '';
  return (
    `<span class="cert-status status-badge${sizing} ${STATUS_BADGE_TONE[state]}"` +
    ` data-cert-status data-state="${state}" data-decision-date="${escapeAttribute(decisionDate)}"` +
    `${revoked ? ' data-revoked' : ''}>` +
    ` <span aria-hidden="true" data-icon> ${STATUS_ICON[state]} </span>` +
    ` <span data-label="${state}"> ${escapeText(words.status[state])} </span>${until} </span>`
  );
}
