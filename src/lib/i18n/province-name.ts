/**
 * A province's full name in the page's language. Vietnamese: the official name ("Tỉnh Hưng
 * Yên", "Thành phố Hải Phòng"). English: the proper name as it is, with its kind in English
 * after it — "Hưng Yên Province", "Hải Phòng City" — the order Vietnam's own English texts use
 * (the name keeps its diacritics: it is a name, not a translation).
 */
import type { Province } from '../../schemas/province.ts';
import type { Locale } from './locales.ts';

export function provinceFullName(
  province: Pick<Province, 'name' | 'fullName' | 'kind'>,
  locale: Locale,
): string {
  if (locale === 'vi') return province.fullName;
  return `${province.name} ${province.kind === 'city' ? 'City' : 'Province'}`;
}
