/**
 * Words of the "sales points near you" finder (`components/sales-point/NearbySalesPoints.astro`).
 * Templates use `{name}` placeholders, filled in the browser.
 */
import { defineStrings } from '../define-strings.ts';

export const nearbyStrings = defineStrings({
  vi: {
    title: 'Điểm bán gần bạn',
    useLocation: 'Dùng vị trí của tôi',
    orProvince: 'Hoặc chọn tỉnh, thành',
    allProvinces: 'Tất cả tỉnh, thành',
    distance: 'Cách khoảng {km} km',
    locating: 'Đang xác định vị trí…',
    denied: 'Không lấy được vị trí. Hãy chọn tỉnh, thành.',
    none: 'Chưa có điểm bán nào ở đây.',
    results: '{n} điểm bán',
  },
  en: {
    title: 'Sales points near you',
    useLocation: 'Use my location',
    orProvince: 'Or choose a province',
    allProvinces: 'All provinces',
    distance: 'About {km} km away',
    locating: 'Finding your location…',
    denied: 'Your location is not available. Choose a province instead.',
    none: 'No sales point is recorded here yet.',
    results: '{n} sales points',
  },
});
