/** Words for a narrowing value in the visitor's language: a group's name, "5 sao", a province. */
import { getCategory } from '../domain/categories.ts';
import { getProvince } from '../domain/provinces.ts';
import type { Locale } from '../i18n/locales.ts';
import { browseStrings } from '../i18n/ui/browse.ts';
import type { NarrowBy } from './narrowing.ts';

export function valueLabel(by: NarrowBy, value: string, locale: Locale): string {
  if (by === 'stars') return browseStrings(locale).stars(Number(value));
  if (by === 'province') return getProvince(value)?.name ?? value;
  const group = getCategory(value);
  return group ? (locale === 'vi' ? group.name : group.nameEn) : value;
}
