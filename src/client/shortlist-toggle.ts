/**
 * "Add to list / In list ✓" buttons (`[data-shortlist-toggle]`, see `ShortlistToggle.astro`).
 * They are hidden until this runs: without JavaScript there is no list to add to.
 */
import { SHORTLIST_MAX } from '../lib/shortlist/code-list.ts';
import { onShortlistChange, readShortlist, writeShortlist } from './shortlist-store.ts';

const buttons = [...document.querySelectorAll<HTMLButtonElement>('[data-shortlist-toggle]')];

function show(codes: readonly string[]): void {
  for (const button of buttons) {
    const inList = codes.includes(button.dataset['code'] ?? '');
    button.dataset['inList'] = String(inList);
    for (const label of button.querySelectorAll<HTMLElement>('[data-when]'))
      label.hidden = label.dataset['when'] !== (inList ? 'in' : 'out');
  }
}

/** The announcements live once per page, on the header's shortlist link. */
const words = document.querySelector<HTMLElement>('[data-shortlist-link]')?.dataset;

function announce(button: HTMLButtonElement, key: 'added' | 'removed' | 'full'): void {
  const status = button.parentElement?.querySelector<HTMLElement>('[data-shortlist-status]');
  if (status) status.textContent = words?.[key] ?? '';
}

for (const button of buttons) {
  button.hidden = false;
  button.addEventListener('click', () => {
    const code = button.dataset['code'] ?? '';
    const codes = readShortlist();
    if (codes.includes(code)) {
      writeShortlist(codes.filter((c) => c !== code));
      announce(button, 'removed');
    } else if (codes.length >= SHORTLIST_MAX) {
      announce(button, 'full');
    } else {
      writeShortlist([...codes, code]);
      announce(button, 'added');
    }
  });
}
show(readShortlist());
onShortlistChange(show);
