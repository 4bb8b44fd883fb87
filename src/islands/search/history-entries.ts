/**
 * When the search page adds a history entry and when it only corrects the current one, so Back
 * leaves the page in one press and goes through settled searches, not keystrokes:
 *
 * - the same search written differently (`~` or `%7E`, a former province corrected) replaces;
 * - a change of the words alone (typing, written 400 ms after the last key) pushes one entry
 *   and then replaces it while the words keep changing: one entry per typing spell;
 * - any other change (a filter, the sort, a page) pushes, and ends the typing spell.
 *
 * Pure; the history router (`SearchApp.tsx`) keeps the "typing" mark in `history.state`.
 */
import { stateToSearch, type SearchUrlState } from './search-state.ts';

export interface HistoryWrite {
  method: 'pushState' | 'replaceState';
  /** Whether the entry written is a typing spell's (the next change of words replaces it). */
  typing: boolean;
}

const sameExceptWords = (a: SearchUrlState, b: SearchUrlState): boolean =>
  stateToSearch({ ...a, query: '', page: 1 }) === stateToSearch({ ...b, query: '', page: 1 });

export function historyWrite(
  current: SearchUrlState,
  next: SearchUrlState,
  currentIsTyping: boolean,
): HistoryWrite {
  if (stateToSearch(current) === stateToSearch(next)) {
    return { method: 'replaceState', typing: currentIsTyping };
  }
  if (current.query !== next.query && sameExceptWords(current, next)) {
    return { method: currentIsTyping ? 'replaceState' : 'pushState', typing: true };
  }
  return { method: 'pushState', typing: false };
}
