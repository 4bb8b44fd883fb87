/**
 * The search page's own words beyond the widgets' (`ui.ts` → `search`): notices about filters
 * read from the URL, and what visitors without JavaScript get. Templates use `{name}` placeholders, filled by `fill()` in the island.
 */
import { defineStrings } from '../define-strings.ts';

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
