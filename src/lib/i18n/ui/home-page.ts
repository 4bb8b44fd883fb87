/** Words of the home page: the introduction and the ways into the catalogue. */
import { defineStrings } from '../define-strings.ts';

export const homePageStrings = defineStrings({
  vi: {
    heroTitle: 'Sản phẩm OCOP Việt Nam',
    heroText:
      'Chương trình Mỗi xã một sản phẩm (OCOP) đánh giá và xếp hạng sản phẩm đặc trưng của từng địa phương từ 3 đến 5 sao. Tìm sản phẩm theo tỉnh, danh mục và hạng sao, xem chứng nhận còn hiệu lực hay không và mua ở đâu.',
    browseStars: 'Theo hạng sao',
    browseCategories: 'Theo danh mục',
    browseProvinces: 'Theo tỉnh, thành',
    newest: 'Chứng nhận mới nhất',
    salesPointsCta: 'Tìm điểm bán sản phẩm OCOP',
    aboutCta: 'OCOP là gì?',
  },
  en: {
    heroTitle: 'OCOP products of Viet Nam',
    heroText:
      'The One Commune One Product (OCOP) programme rates the distinctive products of each place from 3 to 5 stars. Find products by province, category and star level, check whether a certificate is still valid, and see where to buy.',
    browseStars: 'By star level',
    browseCategories: 'By category',
    browseProvinces: 'By province',
    newest: 'Newest certificates',
    salesPointsCta: 'Find an OCOP sales point',
    aboutCta: 'What is OCOP?',
  },
});
