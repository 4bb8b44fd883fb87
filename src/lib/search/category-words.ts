/**
 * What both engines search of a category name: the name without the words every group shares.
 * Decision 148 names each group "Sản phẩm …" ("Sản phẩm thực phẩm", "Sản phẩm hàng thủ công mỹ
 * nghệ") and lists with "và", "các", "khác" ("…, mật khác và nông sản thực phẩm khác"): searched,
 * "san pham" returned all 125 products and "vai thanh ha" a towel ("Vải" + "Thanh Chất" +
 * "hàng" as the prefix "ha"). Meilisearch searches `categoryWords` (`prepare-documents.ts`); the
 * server-less engine matches these words through the facet columns (`load.ts`). Pages show the
 * names as they are.
 */
import { normaliseText } from '../domain/vietnamese.ts';

/** "Sản phẩm" (and the "hàng" of "Sản phẩm hàng …"), and list words, as written. */
const GENERIC = /(?<![\p{L}\p{N}])(?:sản phẩm(?: hàng)?|và|các|khác)(?![\p{L}\p{N}])/giu;

/** A category name without the words every group shares ("Sản phẩm", "và", "các", "khác"). */
export function categorySearchText(name: string): string {
  return normaliseText(normaliseText(name).replace(GENERIC, ' '))
    .replace(/\s+([,.;:])/g, '$1')
    .replace(/^[,.;:\s]+|[,;:\s]+$/g, '');
}
