/**
 * Words of the province pages: the 34 provinces since 1 July 2025, the former provinces merged
 * into them, and what each page lists.
 */
import { defineStrings } from '../define-strings.ts';

export const provinceStrings = defineStrings({
  vi: {
    title: 'Sản phẩm OCOP theo tỉnh, thành',
    intro: 'Từ ngày 1/7/2025, 63 tỉnh, thành được sắp xếp lại thành 34 đơn vị hành chính cấp tỉnh.',
    formedFrom: (names: string) => `Hợp nhất từ ${names} từ ngày 1/7/2025.`,
    formerTitle: (old: string) => `${old} (tỉnh cũ)`,
    formerNotice: (old: string, current: string) =>
      `Từ ngày 1/7/2025, ${old} đã hợp nhất vào ${current}. Trang này liệt kê các sản phẩm được chứng nhận khi còn mang tên ${old}.`,
    seeCurrent: (current: string) => `Xem tất cả sản phẩm của ${current}`,
    salesPoints: 'Điểm bán sản phẩm OCOP',
    code: 'Mã tỉnh',
    noProducts: 'Chưa có sản phẩm nào trong danh mục.',
  },
  en: {
    title: 'OCOP products by province',
    intro: 'On 1 July 2025 Viet Nam’s 63 provinces and cities were merged into 34.',
    formedFrom: (names: string) => `Formed from ${names} on 1 July 2025.`,
    formerTitle: (old: string) => `${old} (former province)`,
    formerNotice: (old: string, current: string) =>
      `Since 1 July 2025, ${old} is part of ${current}. This page lists the products certified while it was still called ${old}.`,
    seeCurrent: (current: string) => `See all products of ${current}`,
    salesPoints: 'OCOP sales points',
    code: 'Province code',
    noProducts: 'No product is listed yet.',
  },
});
