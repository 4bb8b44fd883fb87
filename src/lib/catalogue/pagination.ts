/** Splits a list into pages of `size` (browse listings: `lib/browse/listing-pages.ts`). */
import { PAGE_SIZE } from '../i18n/routes.ts';

export interface PageInfo<T> {
  items: T[];
  current: number;
  last: number;
  total: number;
}

export function paginate<T>(items: readonly T[], size = PAGE_SIZE): PageInfo<T>[] {
  const last = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: last }, (_, i) => ({
    items: items.slice(i * size, (i + 1) * size),
    current: i + 1,
    last,
    total: items.length,
  }));
}
