/**
 * Strings of the share images: what the cards print (always Vietnamese, one card serves
 * both languages) and the `og:image:alt` text, in the page's language.
 */
import { defineStrings } from '../define-strings.ts';

export const shareImageStrings = defineStrings({
  vi: {
    stars: (n: number) => `${n} sao`,
    revoked: 'Đã thu hồi chứng nhận',
    products: 'sản phẩm OCOP',
    motto: 'Mỗi xã một sản phẩm',
    siteTagline: 'Tra cứu sản phẩm OCOP 3–5 sao: chứng nhận còn hiệu lực, nơi sản xuất, nơi mua',
    siteCounts: (products: number, producers: number) =>
      `${products.toLocaleString('vi-VN')} sản phẩm · ${producers.toLocaleString('vi-VN')} chủ thể · 34 tỉnh, thành`,
    productAlt: (name: string, stars: number, province: string) =>
      `${name}: sản phẩm OCOP ${stars} sao, ${province}`,
    productAltRevoked: (name: string, province: string) =>
      `${name}, ${province}: chứng nhận OCOP đã bị thu hồi`,
    producerAlt: (name: string, province: string, count: number) =>
      `${name}, ${province}: ${count} sản phẩm OCOP`,
  },
  en: {
    stars: (n: number) => `${n} stars`,
    revoked: 'Certificate revoked',
    products: 'OCOP products',
    motto: 'One commune, one product',
    siteTagline: '3- to 5-star OCOP products: valid certificates, who makes them, where to buy',
    siteCounts: (products: number, producers: number) =>
      `${products.toLocaleString('en')} products · ${producers.toLocaleString('en')} producers · 34 provinces`,
    productAlt: (name: string, stars: number, province: string) =>
      `${name}: ${stars}-star OCOP product, ${province}`,
    productAltRevoked: (name: string, province: string) =>
      `${name}, ${province}: OCOP certificate revoked`,
    producerAlt: (name: string, province: string, count: number) =>
      `${name}, ${province}: ${count} OCOP ${count === 1 ? 'product' : 'products'}`,
  },
});
