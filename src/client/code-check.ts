/**
 * Browser: a code typed by a person opens its check page. Wires every "check an OCOP code" box
 * (`form[data-code-form]`; the header search has its own small script,
 * `header-code-search.ts`, with the same rule): a query that
 * normalises to a code (capitals, spaces, a dash, O/I/L look-alikes) goes to `/p/<code>/` when
 * that page exists (a HEAD request: the static page is the truth), otherwise the box says so
 * and offers the search, and the header search runs as usual. Without JavaScript both forms
 * submit to the search page, which finds a product by its code.
 */
import { displayCode, normaliseCode } from '../lib/domain/codes.ts';

/** Does the page at `url` exist on this site (after redirects)? A network error counts as no. */
export async function pageExists(url: string): Promise<boolean> {
  try {
    return (await fetch(url, { method: 'HEAD', cache: 'no-store' })).ok;
  } catch {
    return false;
  }
}

/** The check page of `code` from a form's template (`/p/{code}/` or `/en/p/{code}/`). */
const checkUrl = (form: HTMLFormElement, code: string) =>
  (form.dataset['checkUrl'] ?? '/p/{code}/').replace('{code}', code);

function answer(form: HTMLFormElement, message: string, query: string): void {
  const box = form.querySelector<HTMLElement>('[data-code-answer]');
  const text = form.querySelector<HTMLElement>('[data-code-message]');
  const search = form.querySelector<HTMLAnchorElement>('[data-code-search-link]');
  if (!box || !text) return;
  text.textContent = message;
  if (search) search.href = `${form.getAttribute('action') ?? ''}?q=${encodeURIComponent(query)}`;
  box.hidden = false;
}

function wireBox(form: HTMLFormElement): void {
  const input = form.querySelector<HTMLInputElement>('input[name="q"]');
  if (!input) return;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const typed = input.value.trim();
    const code = normaliseCode(typed);
    if (!code) {
      answer(form, form.dataset['notACode'] ?? '', typed);
      return;
    }
    answer(form, form.dataset['checking'] ?? '', typed);
    void pageExists(checkUrl(form, code)).then((exists) => {
      if (exists) location.assign(checkUrl(form, code));
      else
        answer(form, (form.dataset['missing'] ?? '').replace('{code}', displayCode(code)), typed);
    });
  });
}

for (const form of document.querySelectorAll<HTMLFormElement>('form[data-code-form]')) {
  wireBox(form);
}
