/**
 * A plain GET form to the search page: works without JavaScript; the page reads `?q=`. With
 * JavaScript, a query that is a product's code (F4MPG6, f4m-pg6…) opens its check page instead
 * (`src/client/header-code-search.ts`, loaded by `SearchFormScript.astro`). The markup of
 * `SearchForm.astro`, also written into the site header (`site-header-html.ts`).
 */
import { escapeAttribute, escapeText } from '../../lib/html/escape.ts';
import type { Locale } from '../../lib/i18n/locales.ts';
import { routes } from '../../lib/i18n/routes.ts';
import { searchStrings } from '../../lib/i18n/ui/search-page.ts';

export interface SearchFormOptions {
  locale: Locale;
  /** The input's id (a page may hold more than one form). */
  id: string;
  size?: 'sm' | 'lg' | undefined;
}

export function searchFormHtml({ locale, id, size = 'sm' }: SearchFormOptions): string {
  const words = searchStrings(locale);
  const large = size === 'lg';
  return (
    `<form action="${escapeAttribute(routes.search(locale))}" method="get" role="search" class="flex w-full gap-2" data-code-search` +
    ` data-check-url="${escapeAttribute(routes.productShort('{code}', locale))}">` +
    ` <label for="${escapeAttribute(id)}" class="sr-only"> ${escapeText(words.searchLabel)} </label>` +
    ` <input id="${escapeAttribute(id)}" name="q" type="search" autocomplete="off" enterkeyhint="search"` +
    ` placeholder="${escapeAttribute(words.placeholder)}"` +
    ` class="search-input ${large ? 'min-h-12 text-base' : 'min-h-11 text-sm'}">` +
    ` <button type="submit" class="search-button ${large ? 'min-h-12' : 'min-h-11 text-sm'}">` +
    ` ${escapeText(words.submit)} </button> </form>`
  );
}
