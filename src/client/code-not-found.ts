/**
 * Browser, on the 404 page: a short URL typed by hand (`/p/F4MPG6`, `/en/p/f4m-pg6`, `/c/…`)
 * that a static host could not match. Its code is normalised (case, spaces, dash, look-alikes)
 * and, when the canonical page exists, the browser is sent there (`location.replace`: the typed
 * URL leaves no entry in the history). Otherwise the page says that no product has that code
 * and fills the check boxes with what was typed.
 */
import { parseShortPath } from '../lib/domain/codes.ts';
import { pageExists } from './code-check.ts';

async function resolveTypedCode(): Promise<void> {
  const typed = parseShortPath(location.pathname);
  if (!typed) return;
  const target = typed.code && `${typed.en ? '/en' : ''}/${typed.kind}/${typed.code}/`;
  if (target && target !== location.pathname && (await pageExists(target))) {
    location.replace(`${target}${location.search}${location.hash}`);
    return;
  }
  const shown = typed.typed.toUpperCase();
  for (const note of document.querySelectorAll<HTMLElement>('[data-code-missing]')) {
    const template = note.dataset[typed.kind === 'c' ? 'producer' : 'product'] ?? '';
    note.textContent = template.replace('{code}', shown);
    note.hidden = false;
  }
  for (const input of document.querySelectorAll<HTMLInputElement>('[data-code-input]')) {
    input.value = shown;
  }
}

void resolveTypedCode();
