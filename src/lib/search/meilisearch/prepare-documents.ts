/**
 * The shared search documents as Meilisearch indexes them, with two fields added:
 *
 * - `nameOrder`: each document's rank in Vietnamese alphabetical order (a < ă < â, d < đ, tones
 *   after letters), so sorting by name matches the site's pages. Meilisearch sorts strings on
 *   folded code points ("Ấm" before "Ăn", "Đường" after "Zô"), hence a number. Ranks are dense
 *   from 0 and ties fall back to the id, so equal content gives equal ranks.
 * - `provinceAliases`: every other name of the document's 2025 province — the former provinces
 *   merged into it and their aliases ("Hải Dương" on every Hải Phòng product). The synonyms
 *   say the same at query time, but Meilisearch scores a multi-word synonym like a typo, so a
 *   product whose words happen to fold to "hai" and "dung" would outrank the Hải Phòng ones for
 *   "Hải Dương"; a direct, adjacent match in this field wins instead.
 * - `nameAliases`: the everyday equivalents of words in the name ("Cà phê bột" → cafe, café,
 *   coffee; "HTX …" → hợp tác xã), for the same reason: all 850 products of the "Cà phê, ca
 *   cao" category scored the same for "cafe" through the synonym, cocoa mixed with coffee.
 * - `descriptionLead` (products): the description's first sentence without function words
 *   (`description-words.ts`), searched instead of the whole description.
 * - `categoryWords` (products): the category names without the words every group shares
 *   (`category-words.ts`), searched instead of `categoryNames`.
 *
 * Products whose certificate is revoked are left out, as the browse pages leave them out
 * (`listed` in `product-standing.ts`): a province's, category's or star level's facet count is
 * then the count its page shows. Their own pages (`/p/<code>/`) still exist and say so.
 */
import { formerProvincesOf, getProvince } from '../../domain/provinces.ts';
import { compareVietnamese, foldVietnamese } from '../../domain/vietnamese.ts';
import { categorySearchText } from '../category-words.ts';
import { descriptionSearchText } from '../description-words.ts';
import { nameAliases } from '../name-aliases.ts';
import {
  isListedDocument,
  type ProducerDocument,
  type ProductDocument,
  type SalesPointDocument,
  type SearchDocuments,
} from '../documents.ts';

const exact = new Intl.Collator('vi', { numeric: true });

/** Vietnamese order; names equal but for tones or case are ordered by the full comparison. */
export function compareNames(a: string, b: string): number {
  return compareVietnamese(a, b) || exact.compare(a, b);
}

export type WithNameOrder<T> = T & { nameOrder: number };

/** Copies of `documents` with `nameOrder` set; the array keeps its order. */
export function withNameOrder<T extends { id: string; name: string }>(
  documents: readonly T[],
): WithNameOrder<T>[] {
  const ranked = documents
    .map((doc, index) => ({ doc, index }))
    .sort(
      (a, b) =>
        compareNames(a.doc.name, b.doc.name) ||
        (a.doc.id < b.doc.id ? -1 : a.doc.id > b.doc.id ? 1 : 0),
    );
  const rank = new Array<number>(documents.length);
  ranked.forEach(({ index }, position) => (rank[index] = position));
  return documents.map((doc, index) => ({ ...doc, nameOrder: rank[index]! }));
}

const aliasCache = new Map<string, string[]>();

/** Names of the former provinces merged into `provinceSlug`, and their aliases, but its own. */
export function provinceAliases(provinceSlug: string): string[] {
  let aliases = aliasCache.get(provinceSlug);
  if (!aliases) {
    const own = foldVietnamese(getProvince(provinceSlug)?.name ?? provinceSlug);
    const names = formerProvincesOf(provinceSlug).flatMap((f) => [f.name, ...(f.aliases ?? [])]);
    aliases = [...new Set(names)].filter((n) => foldVietnamese(n) !== own);
    aliasCache.set(provinceSlug, aliases);
  }
  return [...aliases];
}

type Prepared<T> = WithNameOrder<T> & { nameAliases: string[]; provinceAliases: string[] };

/** A product with the lead of its description, the part that is searched. */
export type PreparedProduct = Prepared<ProductDocument> & {
  descriptionLead: string;
  categoryWords: string[];
};

export interface MeilisearchDocuments {
  products: PreparedProduct[];
  producers: Prepared<ProducerDocument>[];
  salesPoints: Prepared<SalesPointDocument>[];
}

function prepare<T extends { id: string; name: string; province: string }>(
  documents: readonly T[],
): Prepared<T>[] {
  return withNameOrder(documents).map((doc) => ({
    ...doc,
    nameAliases: nameAliases(doc.name),
    provinceAliases: provinceAliases(doc.province),
  }));
}

export { isListedDocument, nameAliases };

/** The documents as Meilisearch indexes them: the listed products, and the fields above. */
export function toMeilisearchDocuments(documents: SearchDocuments): MeilisearchDocuments {
  return {
    products: prepare(documents.products.filter(isListedDocument)).map((doc) => ({
      ...doc,
      descriptionLead: descriptionSearchText(doc.description),
      categoryWords: doc.categoryNames.map(categorySearchText),
    })),
    producers: prepare(documents.producers),
    salesPoints: prepare(documents.salesPoints),
  };
}
