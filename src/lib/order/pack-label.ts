/** A pack's name in the reader's language: the English one when given, else the Vietnamese. */
import type { Locale } from '../i18n/locales.ts';

export const packLabel = (offer: { pack: string; packEn?: string | undefined }, locale: Locale) =>
  locale === 'en' && offer.packEn ? offer.packEn : offer.pack;
