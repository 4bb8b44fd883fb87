/** Words of a product: its page's labels, where to buy it, and counts of products. */
import { defineStrings } from '../define-strings.ts';
import { count } from '../plural.ts';

export const productStrings = defineStrings({
  vi: {
    products: 'Sản phẩm',
    count: (n: number) => `${n.toLocaleString('vi-VN')} sản phẩm`,
    producer: 'Chủ thể sản xuất',
    province: 'Tỉnh, thành',
    formerProvinceNote: (old: string, current: string) =>
      `Chứng nhận ghi ${old}; từ 1/7/2025 ${old} thuộc ${current}.`,
    category: 'Nhóm sản phẩm',
    packaging: 'Quy cách đóng gói',
    price: 'Giá tham khảo',
    whereToBuy: 'Mua ở đâu',
    salesPoints: 'Điểm giới thiệu và bán sản phẩm OCOP',
    online: 'Mua trực tuyến',
    noWhereToBuy: 'Chưa có thông tin điểm bán. Hãy liên hệ chủ thể sản xuất.',
    related: 'Sản phẩm liên quan',
    description: 'Giới thiệu',
    commune: 'Xã, phường',
    noPhoto: 'Chưa có ảnh sản phẩm',
  },
  en: {
    products: 'Products',
    count: (n: number) => count(n, 'en', { one: '{n} product', other: '{n} products' }),
    producer: 'Producer',
    province: 'Province',
    formerProvinceNote: (old: string, current: string) =>
      `The certificate names ${old}; since 1 July 2025 ${old} is part of ${current}.`,
    category: 'Category',
    packaging: 'Packaging',
    price: 'Indicative price',
    whereToBuy: 'Where to buy',
    salesPoints: 'OCOP sales points',
    online: 'Buy online',
    noWhereToBuy: 'No sales point is recorded yet. Please contact the producer.',
    related: 'Related products',
    description: 'About this product',
    commune: 'Commune',
    noPhoto: 'No photo yet',
  },
});
