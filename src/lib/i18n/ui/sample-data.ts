/**
 * The note under a page that shows sample data (`components/layout/SampleDataNote.astro`): which
 * fields were invented, in words (`fieldNames`, read by `i18n/invented-fields.ts` after its own
 * words), and the sources. English names every field too, even where the words are the field's
 * own, so both languages list the same keys.
 */
import { defineStrings } from '../define-strings.ts';

export const sampleDataStrings = defineStrings({
  vi: {
    title: 'Dữ liệu mẫu',
    note: (fields: string) =>
      `Một số thông tin trên trang này là dữ liệu mẫu, chưa được kiểm chứng: ${fields}.`,
    sources: 'Nguồn thông tin',
    fieldNames: {
      'mọi trường khác': 'mọi trường khác',
      name: 'tên',
      description: 'mô tả',
      story: 'câu chuyện',
      packaging: 'quy cách đóng gói',
      price: 'giá',
      channels: 'kênh bán trực tuyến',
      salesPoints: 'điểm bán',
      'decision numbers': 'số quyết định',
      'decision dates': 'ngày quyết định',
      scores: 'điểm',
      address: 'địa chỉ',
      coordinates: 'tọa độ',
      phone: 'điện thoại',
      email: 'thư điện tử',
      website: 'trang web',
      openingHours: 'giờ mở cửa',
      operator: 'đơn vị vận hành',
      images: 'ảnh minh họa',
      generated: 'toàn bộ (dữ liệu sinh tự động)',
      zalo: 'số Zalo',
      orders: 'điều kiện đặt hàng (giao hàng, thanh toán, tài khoản)',
      offers: 'quy cách và giá đặt hàng',
      minOrderQuantity: 'số lượng đặt tối thiểu',
      season: 'mùa vụ',
    },
  },
  en: {
    title: 'Sample data',
    note: (fields: string) =>
      `Some details on this page are sample data, not yet verified: ${fields}.`,
    sources: 'Sources',
    fieldNames: {
      'mọi trường khác': 'all other fields',
      name: 'name',
      description: 'description',
      story: 'story',
      packaging: 'packaging',
      price: 'price',
      channels: 'channels',
      salesPoints: 'sales points',
      'decision numbers': 'decision numbers',
      'decision dates': 'decision dates',
      scores: 'scores',
      address: 'address',
      coordinates: 'coordinates',
      phone: 'phone',
      email: 'e-mail',
      website: 'website',
      openingHours: 'opening hours',
      operator: 'operator',
      images: 'illustrations',
      generated: 'everything (generated data)',
      zalo: 'Zalo number',
      orders: 'ordering terms (delivery, payment, bank account)',
      offers: 'packs and prices to order',
      minOrderQuantity: 'minimum order quantity',
      season: 'season',
    },
  },
});
