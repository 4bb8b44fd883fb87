/**
 * `nameOrder`: each document's rank in Vietnamese alphabetical order (a < ă < â, d < đ, tones
 * after letters), so sorting by name in Meilisearch matches the site's pages. Meilisearch sorts
 * strings on folded code points ("Ấm" before "Ăn", "Đường" after "Zô"), hence a number.
 * Ranks are dense from 0 and ties fall back to the id, so equal content gives equal ranks.
 */
import { compareVietnamese } from '../../domain/vietnamese.ts';
import type { SearchDocuments } from '../documents.ts';

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

export interface MeilisearchDocuments {
  products: WithNameOrder<SearchDocuments['products'][number]>[];
  producers: WithNameOrder<SearchDocuments['producers'][number]>[];
  salesPoints: WithNameOrder<SearchDocuments['salesPoints'][number]>[];
}

/** The documents as Meilisearch indexes them: the shared documents plus `nameOrder`. */
export function toMeilisearchDocuments(documents: SearchDocuments): MeilisearchDocuments {
  return {
    products: withNameOrder(documents.products),
    producers: withNameOrder(documents.producers),
    salesPoints: withNameOrder(documents.salesPoints),
  };
}
