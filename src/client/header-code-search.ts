/**
 * Browser, on every page: a product code typed in the header search (capitals, spaces, a dash,
 * O/I/L look-alikes) opens its check page when that page exists (a HEAD request: the static
 * page is the truth); anything else is searched as usual. Kept apart from the code boxes'
 * script (`code-check.ts`) so every page loads only this much. Without JavaScript the search
 * page finds a product by its code.
 */
import { normaliseCode } from '../lib/domain/codes.ts';

for (const form of document.querySelectorAll<HTMLFormElement>('form[data-code-search]')) {
  form.addEventListener('submit', (event) => {
    const query = new FormData(form).get('q');
    const code = typeof query === 'string' ? normaliseCode(query) : undefined;
    if (!code) return;
    event.preventDefault();
    const url = (form.dataset['checkUrl'] ?? '/p/{code}/').replace('{code}', code);
    void fetch(url, { method: 'HEAD', cache: 'no-store' })
      .then((r) => r.ok)
      .catch(() => false)
      .then((exists) => {
        // `submit()` sends the form as it stands, without firing `submit` again.
        if (exists) location.assign(url);
        else form.submit();
      });
  });
}
