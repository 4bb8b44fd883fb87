/**
 * The search box of a fair page: filters the fair's product cards in the page as the visitor
 * types. Each card's `data-search` holds its folded words (name, producer, province, category,
 * booth); a query matches when every folded word of it starts a word of the card, so
 * "banh cay" finds "Bánh cáy làng Nguyễn" and "gian b05" the cards of booth B05. Nothing is
 * fetched: it works offline.
 */
import { foldVietnamese } from '../lib/domain/vietnamese.ts';
import { templateFor } from '../lib/i18n/plural.ts';
import { pageLocale } from './cart-dom.ts';

const WORD = /[^a-z0-9]+/;

/** The query's folded words (empty for a blank query). */
export function queryWords(query: string): string[] {
  return foldVietnamese(query).split(WORD).filter(Boolean);
}

/** Whether every query word starts some word of `text` (already folded). */
export function matchesQuery(text: string, words: readonly string[]): boolean {
  if (words.length === 0) return true;
  const own = text.split(WORD);
  return words.every((w) => own.some((o) => o.startsWith(w)));
}

export function setUpFairSearch(root: HTMLElement): void {
  const input = root.querySelector('input')!;
  const form = root.querySelector('form')!;
  const status = root.querySelector<HTMLElement>('[data-status]')!;
  const none = root.querySelector<HTMLElement>('[data-none]')!;
  const items = [...document.querySelectorAll<HTMLElement>('[data-fair-item]')];
  const booths = [...document.querySelectorAll<HTMLElement>('[data-fair-booth]')];
  const numberFormat = new Intl.NumberFormat(document.documentElement.lang || 'vi');
  root.hidden = false;

  const update = () => {
    const words = queryWords(input.value);
    let shown = 0;
    for (const item of items) {
      const match = matchesQuery(item.dataset['search'] ?? '', words);
      item.hidden = !match;
      if (match) shown++;
    }
    for (const booth of booths) {
      booth.hidden = !booth.querySelector('[data-fair-item]:not([hidden])');
    }
    status.textContent = templateFor(status.dataset, shown, pageLocale()).replace(
      '{n}',
      numberFormat.format(shown),
    );
    none.hidden = shown > 0;
  };

  input.addEventListener('input', update);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    update();
  });
  // "Clear" resets the field; the reset event fires before the value is cleared.
  form.addEventListener('reset', () => setTimeout(update, 0));
  // The site search, offline, leads here with `?q=…` (client/fair-sw.ts).
  const asked = new URLSearchParams(location.search).get('q');
  if (asked && !input.value) input.value = asked;
  if (input.value) update();
}
