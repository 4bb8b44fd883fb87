/**
 * The one way to define interface strings: a feature's words in both languages, in its own file
 * under `i18n/ui/`. `en` is typed by `vi` (`NoInfer`): a key missing in either language, a key
 * only one of them has, or a function taking other arguments fails `astro check`
 * (`tests/unit/i18n/define-strings.test.ts`). Both tables stay readable for the key-parity test
 * over every strings module (`tests/unit/i18n/ui-strings.test.ts`).
 *
 *   export const shareStrings = defineStrings({ vi: { copy: 'Sao chép' }, en: { copy: 'Copy' } });
 *   const s = shareStrings('en'); // { copy: 'Copy' }
 */
import type { Locale } from './locales.ts';

/** A feature's strings: call it with a locale; `tables` holds both languages. */
export interface DefinedStrings<T> {
  (locale: Locale): T;
  readonly tables: Readonly<Record<Locale, T>>;
}

export function defineStrings<T>(strings: { vi: T; en: NoInfer<T> }): DefinedStrings<T> {
  const tables: Record<Locale, T> = strings;
  return Object.assign((locale: Locale) => tables[locale], { tables });
}
