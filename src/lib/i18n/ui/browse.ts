/** Browse listings (province, category, star level, producer): order, narrowing, empty provinces. */
import { defineStrings } from '../define-strings.ts';

export const browseStrings = defineStrings({
  vi: {
    renamedHeading: (n: number) => `Tỉnh cũ nay thuộc tỉnh, thành khác (${n})`,
    renamedNote: (all: number, n: number) =>
      `Trước ngày 1/7/2025 cả nước có ${all} tỉnh, thành; ${n} tỉnh, thành dưới đây nay thuộc một tỉnh, thành khác. Những tỉnh, thành còn lại giữ tên cũ.`,
    controls: 'Lọc và sắp xếp danh sách',
    standing: 'Chứng nhận',
    inForce: (n?: number) => (n === undefined ? 'Còn hiệu lực' : `Còn hiệu lực (${n})`),
    lapsed: (n?: number) =>
      n === undefined ? 'Hết hạn, bị thu hồi' : `Hết hạn, bị thu hồi (${n})`,
    inForceHeading: 'Chứng nhận còn hiệu lực',
    lapsedHeading: 'Chứng nhận đã hết hạn hoặc bị thu hồi',
    allHeading: 'Mọi sản phẩm theo tên, mỗi thẻ ghi tình trạng chứng nhận',
    lapsedNote:
      'Giữ lại để tra cứu: sản phẩm có chứng nhận hết hạn hoặc bị thu hồi không còn được gọi là sản phẩm OCOP theo hạng sao cũ. Xếp theo ngày quyết định công nhận, cũ nhất trước.',
    lapsedFollow: 'Tiếp theo: các sản phẩm có chứng nhận đã hết hạn hoặc bị thu hồi',
    backToInForce: 'Về các sản phẩm còn hiệu lực',
    noneInForce: 'Không có sản phẩm nào ở đây còn chứng nhận hiệu lực.',
    sort: 'Sắp xếp',
    sorts: { sao: 'Hạng sao', moi: 'Chứng nhận mới nhất', ten: 'Tên A–Z' },
    sortOnWhole: 'Sắp xếp khác áp dụng cho cả danh sách.',
    all: (n: number) => `Tất cả (${n})`,
    facets: { group: 'Ngành', stars: 'Hạng sao', province: 'Tỉnh, thành' },
    stars: (n: number) => `${n} sao`,
    narrowedTitle: (base: string, by: string) => `${base} – ${by}`,
    empty: (name: string) => `Chưa có sản phẩm mẫu nào của ${name}`,
    emptyText:
      'Danh mục mẫu chưa có sản phẩm OCOP của tỉnh, thành này. Bạn có thể xem các tỉnh, thành gần đó, tìm điểm bán gần nhất hoặc tìm trong toàn bộ danh mục.',
    neighbours: 'Tỉnh, thành gần đó có sản phẩm',
    neighboursNote: 'Gần theo khoảng cách giữa hai trung tâm hành chính.',
    km: (km: number) => `khoảng ${km} km`,
    nearestPoints: 'Điểm bán gần nhất',
    searchLead: 'Tìm trong toàn bộ danh mục',
    menu: 'Menu',
  },
  en: {
    renamedHeading: (n: number) => `Former provinces now part of another (${n})`,
    renamedNote: (all: number, n: number) =>
      `Before 1 July 2025 Viet Nam had ${all} provinces and cities; the ${n} below are now part of another. The others kept their names.`,
    controls: 'Narrow and sort the listing',
    standing: 'Certificate',
    inForce: (n?: number) => (n === undefined ? 'In force' : `In force (${n})`),
    lapsed: (n?: number) => (n === undefined ? 'Expired or revoked' : `Expired or revoked (${n})`),
    inForceHeading: 'Certificates in force',
    lapsedHeading: 'Expired or revoked certificates',
    allHeading: 'Every product by name, each marked with its certificate status',
    lapsedNote:
      'Kept for reference: a product whose certificate has expired or was revoked may no longer be called an OCOP product of its former star level. Listed by decision date, oldest first.',
    lapsedFollow: 'Next: the products whose certificate has expired or was revoked',
    backToInForce: 'Back to the products in force',
    noneInForce: 'None of the products here has a certificate in force.',
    sort: 'Sort',
    sorts: { sao: 'Stars', moi: 'Newest certificate', ten: 'Name A–Z' },
    sortOnWhole: 'Other sorts apply to the whole listing.',
    all: (n: number) => `All (${n})`,
    facets: { group: 'Category group', stars: 'Stars', province: 'Province' },
    stars: (n: number) => `${n} stars`,
    narrowedTitle: (base: string, by: string) => `${base} – ${by}`,
    empty: (name: string) => `No sample products from ${name} yet`,
    emptyText:
      'The sample catalogue has no OCOP product from this province yet. See the provinces nearby, the nearest sales points, or search the whole catalogue.',
    neighbours: 'Nearby provinces with products',
    neighboursNote: 'Nearest by the distance between their administrative seats.',
    km: (km: number) => `about ${km} km`,
    nearestPoints: 'Nearest sales points',
    searchLead: 'Search the whole catalogue',
    menu: 'Menu',
  },
});
