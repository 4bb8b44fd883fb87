/**
 * The proper names an English page may show in Vietnamese without marking them: taken from the
 * catalogue itself (provinces old and new, producers and their addresses, sales points, fair
 * venues and organisers, decision numbers, the names of products and fairs — the English name,
 * which keeps its Vietnamese place names, or the Vietnamese one when there is none), plus the few names
 * listed by hand in `ALLOWED_BY_HAND`.
 */
import type { Catalogue } from '../content-files/catalogue.ts';
import { FORMER_PROVINCES, PROVINCES } from '../domain/provinces.ts';
import { NameList, hasVietnamese, valueKey } from './vietnamese-text.ts';

/** Names the catalogue does not hold but English pages show as they are. */
export const ALLOWED_BY_HAND: readonly string[] = [
  'Việt Nam',
  // The catalogue's own name, in the open data's attribution line.
  'Danh mục sản phẩm OCOP Việt Nam',
  // National decisions the about and open-data pages cite by number.
  '148/QĐ-TTg',
  '490/QĐ-TTg',
  '19/2025/QĐ-TTg',
  // Quoted as examples of Vietnamese data (open data columns) and of label stock names.
  'Hằng ngày',
  'Decal A4 24 nhãn',
  // The currency's English name ("prices in Vietnamese đồng"); "đồng" alone is not allowed.
  'Vietnamese đồng',
];

/**
 * The Vietnamese an English text of the catalogue keeps on purpose: names (runs of capitalised
 * words, "Suối Giàng") and terms ("dừa sáp", "Shan tuyết"): runs of words with Vietnamese letters.
 */
const NAME_RUN = /\p{Lu}[\p{L}\p{M}'’-]*(?:\s+\p{Lu}[\p{L}\p{M}'’-]*)*/gu;
const TERM_RUN =
  /[\p{L}\p{M}]*[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ][\p{L}\p{M}]*(?:\s+[\p{L}\p{M}]*[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ][\p{L}\p{M}]*)*/giu;
/** A term run that is one capitalised word is a piece of a name ("Đồng" of "Đồng Rui"): not a term. */
const isNamePiece = (run: string) => /^\p{Lu}[\p{L}\p{M}]*$/u.test(run);
export const namesInEnglish = (text: string | undefined): string[] =>
  text
    ? [
        ...[...text.matchAll(NAME_RUN)].map((m) => m[0]),
        ...[...text.matchAll(TERM_RUN)].map((m) => m[0]).filter((run) => !isNamePiece(run)),
      ].filter(hasVietnamese)
    : [];

export function allowedNames(catalogue: Catalogue): NameList {
  const names: (string | undefined)[] = [...ALLOWED_BY_HAND];
  for (const p of PROVINCES) names.push(p.name);
  for (const p of FORMER_PROVINCES) names.push(p.name);
  for (const { data } of catalogue.producers) {
    names.push(data.name, data.commune, data.address);
    names.push(...namesInEnglish(data.storyEn));
  }
  for (const { data } of catalogue.salesPoints) names.push(data.name, data.commune, data.address);
  for (const { data } of catalogue.products) {
    // The English name is English text that keeps its place names ("Đình Mạnh cáy rice cake").
    names.push(data.nameEn ?? data.name);
    for (const c of data.certifications) names.push(c.decision);
    for (const text of [data.descriptionEn, data.packagingEn]) names.push(...namesInEnglish(text));
  }
  for (const { data } of catalogue.fairs ?? []) {
    names.push(data.nameEn ?? data.name);
    names.push(data.venue.name, data.venue.address, data.organiser);
    names.push(...namesInEnglish(data.descriptionEn));
  }
  return new NameList(names.filter((n): n is string => n !== undefined));
}

/**
 * The catalogue's Vietnamese values that have no English translation, as JSON-LD may carry them
 * on an English page: a product's name and description, a pack, a producer's story, a fair's
 * name and description, and the authority that signed a certificate (an official name the
 * catalogue holds in Vietnamese only). On the page these stand inside `lang="vi"`; JSON-LD has no marking that
 * search engines read, so the check lets exactly these values be (`findVietnamese`).
 */
export function untranslatedValues(catalogue: Catalogue): Set<string> {
  const values: (string | undefined)[] = [];
  const untranslated = (vi: string | undefined, en: string | undefined) => {
    if (en === undefined) values.push(vi);
  };
  for (const { data } of catalogue.products) {
    untranslated(data.name, data.nameEn);
    untranslated(data.description, data.descriptionEn);
    for (const offer of data.offers) untranslated(offer.pack, offer.packEn);
    for (const c of data.certifications) values.push(c.issuer);
  }
  for (const { data } of catalogue.producers) untranslated(data.story, data.storyEn);
  for (const { data } of catalogue.fairs ?? []) {
    untranslated(data.name, data.nameEn);
    untranslated(data.description, data.descriptionEn);
  }
  return new Set(values.filter((v): v is string => v !== undefined).map(valueKey));
}
