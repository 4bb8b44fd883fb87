/**
 * Words every page carries: the site's name, the skip link, the main navigation, the language
 * switch, breadcrumbs, the footer and the page-not-found page.
 */
import { defineStrings } from '../define-strings.ts';

export const siteStrings = defineStrings({
  vi: {
    siteName: 'Sản phẩm OCOP Việt Nam',
    siteShortName: 'OCOP Việt Nam',
    tagline: 'Danh mục mở các sản phẩm OCOP 3–5 sao của 34 tỉnh, thành',
    skipToContent: 'Bỏ qua, đến nội dung chính',
    nav: {
      label: 'Điều hướng chính',
      home: 'Trang chủ',
      search: 'Tìm kiếm',
      provinces: 'Tỉnh, thành',
      categories: 'Danh mục',
      stars: 'Hạng sao',
      salesPoints: 'Điểm bán',
      about: 'Về OCOP',
    },
    /** The other language's name, in that language. */
    languageSwitch: 'English',
    languageSwitchLabel: 'Xem trang này bằng tiếng Anh',
    breadcrumbs: 'Đường dẫn',
    home: 'Trang chủ',
    footer: {
      about:
        'Danh mục mở, phi lợi nhuận về sản phẩm OCOP. Thông tin tổng hợp từ quyết định công nhận và báo chí chính thống; hãy kiểm tra chứng nhận trước khi sử dụng dấu OCOP.',
      openData: 'Dữ liệu mở',
      builtOn: 'Cập nhật ngày',
    },
    notFound: {
      title: 'Không tìm thấy trang',
      text: 'Trang bạn tìm không có hoặc đã chuyển. Hãy thử tìm theo tỉnh, danh mục hoặc hạng sao.',
    },
  },
  en: {
    siteName: 'OCOP products of Viet Nam',
    siteShortName: 'OCOP Viet Nam',
    tagline: 'An open catalogue of 3–5 star OCOP products from all 34 provinces',
    skipToContent: 'Skip to main content',
    nav: {
      label: 'Main navigation',
      home: 'Home',
      search: 'Search',
      provinces: 'Provinces',
      categories: 'Categories',
      stars: 'Star levels',
      salesPoints: 'Where to buy',
      about: 'About OCOP',
    },
    languageSwitch: 'Tiếng Việt',
    languageSwitchLabel: 'Xem trang này bằng tiếng Việt',
    breadcrumbs: 'Breadcrumbs',
    home: 'Home',
    footer: {
      about:
        'An open, non-profit catalogue of OCOP products, compiled from recognition decisions and official news; check a certificate before relying on the OCOP mark.',
      openData: 'Open data',
      builtOn: 'Updated',
    },
    notFound: {
      title: 'Page not found',
      text: 'The page you are looking for does not exist or has moved. Try browsing by province, category or star level.',
    },
  },
});
