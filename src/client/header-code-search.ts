/**
 * Browser, on every page: the header search sends a query that may be a product code (six
 * letters or digits once spaces and dashes are dropped) through `code-check.ts`, loaded only
 * then, so a code typed in the header opens its check page. Anything else submits as it is;
 * without JavaScript the search page finds a product by its code.
 */
const MAYBE_CODE = /^[\s-]*(?:[0-9a-z][\s-]*){6}$/i;

for (const form of document.querySelectorAll<HTMLFormElement>('form[data-code-search]')) {
  form.addEventListener('submit', (event) => {
    const query = new FormData(form).get('q');
    if (typeof query !== 'string' || !MAYBE_CODE.test(query)) return;
    event.preventDefault();
    void import('./code-check.ts').then(({ searchOrCheck }) => searchOrCheck(form, query));
  });
}
