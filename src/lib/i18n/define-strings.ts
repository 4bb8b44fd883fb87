/**
 * Interface strings of one feature, kept beside the shared ones in `ui.ts`: both languages
 * must have the same keys (the type of `en` is the type of `vi`).
 *
 *   export const shareStrings = defineStrings({ vi: { copy: 'Sao chép' }, en: { copy: 'Copy' } });
 *   const s = shareStrings('en'); // { copy: 'Copy' }
 */
import type { Locale } from './locales.ts';

export function defineStrings<T>(strings: { vi: T; en: NoInfer<T> }): (locale: Locale) => T {
  return (locale) => strings[locale];
}
