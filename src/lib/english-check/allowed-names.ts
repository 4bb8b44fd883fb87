/**
 * The proper names an English page may show in Vietnamese without marking them: taken from the
 * catalogue itself (provinces old and new, producers and their addresses, sales points, fair
 * venues and organisers, decision numbers, the names of products and fairs — the English name,
 * which keeps its Vietnamese place names, or the Vietnamese one when there is none), plus the few names
 * listed by hand in `ALLOWED_BY_HAND`.
 */
import type { Catalogue } from '../content-files/catalogue.ts';
import { FORMER_PROVINCES, PROVINCES } from '../domain/provinces.ts';
import { NameList } from './vietnamese-text.ts';

/** Names the catalogue does not hold but English pages show as they are. */
export const ALLOWED_BY_HAND: readonly string[] = [
  // The country and the capital as many English texts write them.
  'Việt Nam',
];

export function allowedNames(catalogue: Catalogue): NameList {
  const names: (string | undefined)[] = [...ALLOWED_BY_HAND];
  for (const p of PROVINCES) names.push(p.name);
  for (const p of FORMER_PROVINCES) names.push(p.name);
  for (const { data } of catalogue.producers) names.push(data.name, data.commune, data.address);
  for (const { data } of catalogue.salesPoints) names.push(data.name, data.commune, data.address);
  for (const { data } of catalogue.products) {
    // The English name is English text that keeps its place names ("Đình Mạnh cáy rice cake").
    names.push(data.nameEn ?? data.name);
    for (const c of data.certifications) names.push(c.decision);
  }
  for (const { data } of catalogue.fairs ?? []) {
    names.push(data.nameEn ?? data.name);
    names.push(data.venue.name, data.venue.address, data.organiser);
  }
  return new NameList(names.filter((n): n is string => n !== undefined));
}
