/**
 * Counted words through `Intl.PluralRules`: "1 product", "2 products" in English; Vietnamese
 * has no plural forms (its rules answer "other" for every number), so one form serves.
 *
 *   count(2, 'en', { one: '{n} product', other: '{n} products' }) // "2 products"
 *
 * A template a script fills in the browser is written into the page as `data-template` (the
 * "other" form) and `data-template-one`; `templateFor` picks between them there.
 */
import type { Locale } from './locales.ts';

/** The forms of a counted phrase, `{n}` standing for the number. */
export interface PluralForms {
  one: string;
  other: string;
}

const rules: Record<Locale, Intl.PluralRules> = {
  vi: new Intl.PluralRules('vi'),
  en: new Intl.PluralRules('en'),
};

const numbers: Record<Locale, Intl.NumberFormat> = {
  vi: new Intl.NumberFormat('vi-VN'),
  en: new Intl.NumberFormat('en'),
};

/** The form for `n` in `locale` ("one" or "other"; Vietnamese is always "other"). */
export function pluralForm<T>(n: number, locale: Locale, forms: { one: T; other: T }): T {
  return rules[locale].select(n) === 'one' ? forms.one : forms.other;
}

/** `n` in the locale's digits, in the form its plural rules choose: "1,200 products". */
export function count(n: number, locale: Locale, forms: PluralForms): string {
  return pluralForm(n, locale, forms).replaceAll('{n}', numbers[locale].format(n));
}

/** In the browser: the template an element carries for `n` (`data-template-one` when "one"). */
export function templateFor(
  dataset: DOMStringMap,
  n: number,
  locale: Locale,
  fallback = '{n}',
): string {
  const other = dataset['template'] ?? fallback;
  return pluralForm(n, locale, { one: dataset['templateOne'] ?? other, other });
}
