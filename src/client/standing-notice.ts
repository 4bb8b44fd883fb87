/**
 * The notice before printing (`StandingNotice.astro`): names the products of the list that are
 * not certified on the day, each with its status in words, and leaves them out of this print
 * in one press (or puts them back). What "leaving out" does is the view's business: it gets
 * the codes and redraws.
 */
import { displayCode } from '../lib/domain/codes.ts';
import { formatDate } from '../lib/i18n/format.ts';
import type { Locale } from '../lib/i18n/locales.ts';
import { cardName, type ProductCardData } from '../lib/shortlist/card.ts';
import { notInForce } from '../lib/shortlist/card-standing.ts';
import { fillIn } from './shortlist-cards.ts';

type Found = { code: string; card: ProductCardData }[];

export interface StandingNotice {
  /** Shows the notice for the products about to be printed (hides it when all are in force). */
  show(found: Found): void;
}

export function standingNotice(
  root: ParentNode,
  { today, locale }: { today: string; locale: Locale },
  change: (leftOut: string[]) => void,
): StandingNotice {
  const $ = (selector: string) => root.querySelector<HTMLElement>(selector)!;
  const notice = $('[data-standing-notice]');
  const title = $('[data-notice-title]');
  const items = $('[data-notice-items]');
  const leaveButton = $('[data-action="leave-out"]');
  const left = $('[data-left-out]');
  const leftText = $('[data-left-out-text]');
  const filled = (el: HTMLElement, values: Record<string, string | number>) => {
    el.textContent = fillIn(el.dataset['template'] ?? '', values);
  };
  let flagged: string[] = [];

  leaveButton.addEventListener('click', () => {
    const names = [...items.children].map((li) => (li as HTMLElement).dataset['name']);
    filled(leftText, { names: names.join(', ') });
    left.hidden = false;
    change(flagged);
    left.focus();
  });
  $('[data-action="put-back"]').addEventListener('click', () => {
    left.hidden = true;
    change([]);
    leaveButton.focus();
  });

  return {
    show(found) {
      const bad = notInForce(found, today, locale);
      flagged = bad.map((b) => b.code);
      notice.hidden = bad.length === 0;
      filled(title, { n: bad.length, date: formatDate(today, locale) });
      items.replaceChildren(
        ...bad.map(({ code, card, standing }) => {
          const li = document.createElement('li');
          const shown = cardName(card, locale);
          li.dataset['name'] = shown.text;
          const name = document.createElement('strong');
          name.lang = shown.lang;
          name.textContent = shown.text;
          li.append(name, ` (${displayCode(code)}): ${standing.status}`);
          return li;
        }),
      );
    },
  };
}
