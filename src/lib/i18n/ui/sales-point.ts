/** Words of sales points (shops, counters at stations, markets…): kinds, card labels, pages. */
import { defineStrings } from '../define-strings.ts';
import { count } from '../plural.ts';

export const salesPointStrings = defineStrings({
  vi: {
    count: (n: number) => `${n.toLocaleString('vi-VN')} điểm bán`,
    kinds: {
      station: 'Nhà ga',
      airport: 'Sân bay',
      'rest-stop': 'Trạm dừng nghỉ',
      market: 'Chợ',
      mall: 'Trung tâm thương mại',
      'tourist-site': 'Điểm du lịch',
      'craft-village': 'Làng nghề',
      'fair-centre': 'Trung tâm hội chợ',
      shop: 'Cửa hàng',
    },
    hours: 'Giờ mở cửa',
    phone: 'Điện thoại',
    operator: 'Đơn vị vận hành',
    directions: 'Chỉ đường',
    directionsLabel: (name: string) => `Chỉ đường đến ${name} (mở bản đồ)`,
    title: 'Điểm giới thiệu và bán sản phẩm OCOP',
    intro:
      'Cửa hàng, quầy tại nhà ga, sân bay, trạm dừng nghỉ, chợ, trung tâm thương mại, điểm du lịch, làng nghề và trung tâm hội chợ giới thiệu và bán sản phẩm OCOP.',
    byProvince: 'Theo tỉnh, thành',
    none: 'Chưa có điểm bán nào được ghi nhận ở đây.',
  },
  en: {
    count: (n: number) => count(n, 'en', { one: '{n} sales point', other: '{n} sales points' }),
    kinds: {
      station: 'Station',
      airport: 'Airport',
      'rest-stop': 'Highway rest stop',
      market: 'Market',
      mall: 'Shopping centre',
      'tourist-site': 'Tourist site',
      'craft-village': 'Craft village',
      'fair-centre': 'Fair centre',
      shop: 'Shop',
    },
    hours: 'Opening hours',
    phone: 'Phone',
    operator: 'Operator',
    directions: 'Directions',
    directionsLabel: (name: string) => `Directions to ${name} (opens a map)`,
    title: 'OCOP sales points',
    intro:
      'Shops and counters at stations, airports, rest stops, markets, shopping centres, tourist sites, craft villages and fair centres that introduce and sell OCOP products.',
    byProvince: 'By province',
    none: 'No sales point is recorded here yet.',
  },
});
