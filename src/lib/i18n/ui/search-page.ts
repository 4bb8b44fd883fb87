/**
 * Words of the search page. `searchStrings`: the search form and the search island's widgets
 * (facets, sorts, results, paging). `searchPageStrings`: the page's own words beyond them,
 * notices about filters read from the URL, and what visitors without JavaScript get. Templates
 * use `{name}` placeholders, filled by `fill()` in the island.
 */
import { defineStrings } from '../define-strings.ts';

export const searchStrings = defineStrings({
  vi: {
    title: 'Tìm sản phẩm OCOP',
    intro: 'Gõ tên sản phẩm, chủ thể hay địa phương, có dấu hoặc không dấu.',
    noScript:
      'Tìm kiếm cần JavaScript. Bạn vẫn có thể xem sản phẩm theo tỉnh, danh mục hoặc hạng sao.',
    facets: {
      province: 'Tỉnh, thành',
      categoryGroup: 'Ngành hàng',
      stars: 'Hạng sao',
      producerType: 'Loại chủ thể',
      certificateStatus: 'Tình trạng chứng nhận',
    },
    placeholder: 'Ví dụ: bánh cáy, nước mắm, chè Shan tuyết…',
    searchLabel: 'Tìm sản phẩm',
    submit: 'Tìm',
    reset: 'Xóa nội dung tìm',
    filters: 'Bộ lọc',
    showFilters: 'Bộ lọc',
    closeFilters: 'Xem kết quả',
    clearAll: 'Xóa tất cả bộ lọc',
    sortBy: 'Sắp xếp',
    sorts: {
      relevance: 'Phù hợp nhất',
      stars: 'Nhiều sao nhất',
      newest: 'Chứng nhận mới nhất',
      name: 'Tên A–Z',
    },
    results: '{n} sản phẩm',
    noResults: 'Không tìm thấy sản phẩm nào cho “{q}”.',
    noResultsHints: [
      'Kiểm tra chính tả, hoặc gõ không dấu: “banh cay”.',
      'Bỏ bớt bộ lọc hoặc dùng từ ngắn hơn.',
      'Tìm theo tên tỉnh cũ cũng được: “Thái Bình”, “Bạc Liêu”.',
    ],
    loading: 'Đang tìm…',
    offline: 'Không có kết nối.',
    fallbackActive:
      'Máy chủ tìm kiếm đang không trả lời; kết quả được tìm trên chỉ mục dự phòng của trang.',
    stars: '{n} sao',
    showMore: 'Xem thêm',
    showLess: 'Thu gọn',
    searchIn: 'Tìm trong',
    first: 'Trang đầu',
    last: 'Trang cuối',
    previous: 'Trang trước',
    next: 'Trang sau',
    page: 'Trang {n}',
  },
  en: {
    title: 'Search OCOP products',
    intro: 'Type a product, producer or place, with or without Vietnamese accents.',
    noScript:
      'Search needs JavaScript. You can still browse products by province, category or star level.',
    facets: {
      province: 'Province',
      categoryGroup: 'Product group',
      stars: 'Star level',
      producerType: 'Producer type',
      certificateStatus: 'Certificate status',
    },
    placeholder: 'e.g. banh cay, fish sauce, Shan Tuyet tea…',
    searchLabel: 'Search products',
    submit: 'Search',
    reset: 'Clear the search',
    filters: 'Filters',
    showFilters: 'Filters',
    closeFilters: 'Show results',
    clearAll: 'Clear all filters',
    sortBy: 'Sort',
    sorts: {
      relevance: 'Best match',
      stars: 'Most stars',
      newest: 'Newest certificate',
      name: 'Name A–Z',
    },
    results: '{n} products',
    noResults: 'No product matches “{q}”.',
    noResultsHints: [
      'Check the spelling, or type without accents: “banh cay”.',
      'Remove some filters or use fewer words.',
      'Former province names work too: “Thái Bình”, “Bạc Liêu”.',
    ],
    loading: 'Searching…',
    offline: 'No connection.',
    fallbackActive:
      'The search server is not answering; results come from the site’s backup index.',
    stars: '{n} stars',
    showMore: 'Show more',
    showLess: 'Show less',
    searchIn: 'Search in',
    first: 'First page',
    last: 'Last page',
    previous: 'Previous page',
    next: 'Next page',
    page: 'Page {n}',
  },
});

export const searchPageStrings = defineStrings({
  vi: {
    /** `{from}` a former province, `{to}` its 2025 province. */
    movedProvince: '{from} nay thuộc {to} (từ 2025): kết quả là sản phẩm của {to}.',
    /** `{param}` and `{value}` as the address spelled them. */
    droppedFilter: 'Bỏ qua bộ lọc không hợp lệ “{param}={value}”; các bộ lọc khác vẫn giữ.',
    notices: 'Về địa chỉ trang tìm kiếm',
    noScript: {
      heading: 'Trang tìm kiếm cần JavaScript',
      why: 'Trình duyệt của bạn đang tắt JavaScript, nên trang không đọc được từ khóa đã gõ. Bạn vẫn có thể tìm qua các danh sách dưới đây: mỗi tỉnh có trang riêng (tỉnh cũ trước 2025 ghi trong ngoặc), mỗi ngành hàng và hạng sao cũng vậy. Dùng chức năng tìm trong trang (Ctrl+F) để tìm một tên.',
      provinces: 'Theo tỉnh, thành (34 đơn vị từ 2025)',
      formerIn: 'gồm {names}',
      categories: 'Theo ngành hàng',
      stars: 'Theo hạng sao',
      starLevel: 'OCOP {n} sao',
      more: 'Tất cả tỉnh, ngành hàng, hạng sao',
    },
  },
  en: {
    movedProvince: '{from} is now part of {to} (since 2025): showing products of {to}.',
    droppedFilter: 'Ignored the unknown filter “{param}={value}”; the other filters are kept.',
    notices: 'About the search address',
    noScript: {
      heading: 'Search needs JavaScript',
      why: 'JavaScript is off in your browser, so this page cannot read the words you typed. You can still find products through the lists below: every province has its own page (former provinces before 2025 in brackets), and so does every product group and star level. Use your browser’s find in page (Ctrl+F) to look for a name.',
      provinces: 'By province (the 34 units from 2025)',
      formerIn: 'includes {names}',
      categories: 'By product group',
      stars: 'By star level',
      starLevel: 'OCOP {n} stars',
      more: 'All provinces, groups and star levels',
    },
  },
});

export type SearchPageStrings = ReturnType<typeof searchPageStrings>;
