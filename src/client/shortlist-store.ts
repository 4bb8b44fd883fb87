/**
 * The visitor's shortlist: product codes in `localStorage`, in their order. No account, nothing
 * sent anywhere. Every page that shows the list listens for changes, from this tab or another.
 */
import { CODE_PATTERN } from '../lib/domain/codes.ts';
import { SHORTLIST_MAX } from '../lib/shortlist/code-list.ts';

const KEY = 'ocop:danh-sach';
const CHANGE = 'ocop:shortlist-change';

export function readShortlist(): string[] {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(KEY) ?? '[]');
    if (!Array.isArray(value)) return [];
    const codes = value.filter((c): c is string => typeof c === 'string' && CODE_PATTERN.test(c));
    return [...new Set(codes)].slice(0, SHORTLIST_MAX);
  } catch {
    return [];
  }
}

/** Keeps the list; false when the browser refuses (storage full, disabled, private mode). */
export function writeShortlist(codes: readonly string[]): boolean {
  try {
    localStorage.setItem(KEY, JSON.stringify([...new Set(codes)].slice(0, SHORTLIST_MAX)));
  } catch {
    return false;
  }
  dispatchEvent(new Event(CHANGE));
  return true;
}

export function onShortlistChange(listener: (codes: string[]) => void): void {
  addEventListener(CHANGE, () => {
    listener(readShortlist());
  });
  addEventListener('storage', (event) => {
    if (event.key === KEY || event.key === null) listener(readShortlist());
  });
}
