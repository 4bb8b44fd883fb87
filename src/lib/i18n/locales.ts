/** The site's languages. Vietnamese is the default and lives at the root; English under /en/. */
export const LOCALES = ['vi', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'vi';

export const HTML_LANG: Record<Locale, string> = { vi: 'vi', en: 'en' };
export const OG_LOCALE: Record<Locale, string> = { vi: 'vi_VN', en: 'en_US' };

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}
