/** Splits a listing into pages for `getStaticPaths`; page 1 has no suffix, page n `trang/n`. */
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

/** The `[...page]` route param for page n. */
export const pageParam = (n: number): string | undefined => (n > 1 ? `trang/${n}` : undefined);
