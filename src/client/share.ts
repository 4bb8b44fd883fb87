/**
 * Share buttons and copy buttons, as progressive enhancement: without JavaScript the page shows
 * the plain links (Facebook, downloads) and the text to copy, and these buttons stay hidden.
 *
 * - `[data-share-native]` (title and URL in data attributes): shown only where the browser has
 *   the Web Share API, whose share sheet lists Zalo, Messenger… on phones.
 * - `[data-copy]`: copies `data-copy-text`, or the value/text of the element `data-copy-from`
 *   names, with the Clipboard API; says `data-done` in the element `data-status` names. Where
 *   the clipboard is refused (old browsers, http), it selects the text and says `data-failed`.
 * - `[data-js-only]`: hidden in the HTML, shown once this script runs (notes about those buttons).
 * - `[data-expired-caption]` on a caption: replaced by that text once today (in Vietnam) is
 *   after `data-valid-until`, so a page built before the expiry never claims a lapsed certificate.
 */
import { todayInVietnam } from '../lib/domain/dates.ts';

function selectText(el: HTMLElement): void {
  if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) {
    el.focus();
    el.select();
    return;
  }
  const range = document.createRange();
  range.selectNodeContents(el);
  const selection = window.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
}

const textOf = (el: HTMLElement) =>
  el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement ? el.value : el.textContent;

async function copy(button: HTMLElement): Promise<void> {
  const { copyText, copyFrom, status, done = '', failed = '' } = button.dataset;
  const source = copyFrom ? document.getElementById(copyFrom) : null;
  const text = copyText ?? (source ? textOf(source) : '');
  const say = (message: string) => {
    const el = status ? document.getElementById(status) : null;
    if (el) el.textContent = message;
  };
  try {
    await navigator.clipboard.writeText(text);
    say(done);
  } catch {
    if (source) selectText(source);
    say(failed);
  }
}

let started = false;

/** Wires every share and copy button on the page; more than one component may call it. */
export function initShare(today: string = todayInVietnam()): void {
  if (started) return;
  started = true;
  const canShare = typeof navigator.share === 'function';
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-share-native]')) {
    if (!canShare) continue;
    button.hidden = false;
    button.addEventListener('click', () => {
      const { title = document.title, url = location.href } = button.dataset;
      navigator.share({ title, url }).catch(() => {
        // Dismissed by the visitor, or the share target failed: nothing to undo.
      });
    });
  }
  for (const el of document.querySelectorAll<HTMLElement>('[data-js-only]')) el.hidden = false;
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-copy]')) {
    button.hidden = false;
    button.addEventListener('click', () => void copy(button));
  }
  for (const caption of document.querySelectorAll<HTMLTextAreaElement>('[data-expired-caption]')) {
    const until = caption.dataset['validUntil'];
    if (until && today > until) caption.value = caption.dataset['expiredCaption'] ?? caption.value;
  }
}
