/**
 * Which text of a field a page shows: on English pages the English field when there is one,
 * else the Vietnamese text, flagged so the page can mark it `lang="vi"` and say so
 * (`components/ui/LocalizedText.astro`). Vietnamese pages always show the Vietnamese text.
 */
import type { Locale } from './locales.ts';

export interface Localized {
  text: string;
  /** The language `text` is in. */
  lang: Locale;
  /** True when `text` is not in the page's language (an English page without the English field). */
  fallback: boolean;
}

export function localized(vi: string, en: string | undefined, locale: Locale): Localized {
  if (locale === 'en' && en !== undefined && en.trim() !== '')
    return { text: en, lang: 'en', fallback: false };
  return { text: vi, lang: 'vi', fallback: locale !== 'vi' };
}
