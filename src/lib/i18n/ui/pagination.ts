/** Words of the page links under a long listing (`components/layout/Pagination.astro`). */
import { defineStrings } from '../define-strings.ts';

export const paginationStrings = defineStrings({
  vi: {
    label: 'Phân trang',
    previous: 'Trang trước',
    next: 'Trang sau',
    page: (n: number, of?: number) => (of === undefined ? `Trang ${n}` : `Trang ${n} / ${of}`),
    goTo: (n: number) => `Đến trang ${n}`,
  },
  en: {
    label: 'Pagination',
    previous: 'Previous page',
    next: 'Next page',
    page: (n: number, of?: number) => (of === undefined ? `Page ${n}` : `Page ${n} of ${of}`),
    goTo: (n: number) => `Go to page ${n}`,
  },
});
