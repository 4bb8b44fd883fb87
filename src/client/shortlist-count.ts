/** The header's "List (n)" link: the count of the visitor's shortlist, kept up to date. */
import { onShortlistChange, readShortlist } from './shortlist-store.ts';

function show(codes: readonly string[]): void {
  for (const count of document.querySelectorAll<HTMLElement>('[data-shortlist-count]')) {
    count.textContent = String(codes.length);
    count.hidden = codes.length === 0;
  }
}

show(readShortlist());
onShortlistChange(show);
