/**
 * Refuses the site's own producers or sales-points CSV (`/du-lieu/`) given to the importer as
 * if it were a list of products: both have a `name` column the importer would read as product
 * names. A header row that carries most of one of those files' columns and none of the
 * product-only ones is that file.
 */
import { OPEN_DATA_FILES, PRODUCER_COLUMNS, SALES_POINT_COLUMNS } from '../open-data/columns.ts';

const PRODUCT_ONLY = ['producer_name', 'producer_slug', 'stars', 'decision'];

const OTHER_LISTS = [
  { what: 'producers', file: OPEN_DATA_FILES.producers.csv, columns: PRODUCER_COLUMNS },
  { what: 'sales points', file: OPEN_DATA_FILES.salesPoints.csv, columns: SALES_POINT_COLUMNS },
] as const;

const fileName = (url: string) => url.split('/').pop()!;

/** The one-sentence refusal when this header row is another kind of list, else undefined. */
export function wrongKindOfList(headerCells: readonly string[]): string | undefined {
  const names = new Set(
    headerCells.map((c) =>
      c
        .replace(/^\uFEFF/, '')
        .trim()
        .toLowerCase(),
    ),
  );
  if (PRODUCT_ONLY.some((n) => names.has(n))) return undefined;
  for (const { what, file, columns } of OTHER_LISTS) {
    const present = columns.filter((c) => names.has(c.name)).length;
    if (present >= Math.ceil(columns.length * 0.6)) {
      return `This is the open-data list of ${what} (${fileName(file)}), not a list of products: import a product list such as ${fileName(OPEN_DATA_FILES.products.csv)} or an annex.`;
    }
  }
  return undefined;
}
