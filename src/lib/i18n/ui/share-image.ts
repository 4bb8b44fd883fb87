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
    productAlt: (name: string, stars: number, province: string) =>
      `${name}: ${stars}-star OCOP product, ${province}`,
    productAltRevoked: (name: string, province: string) =>
      `${name}, ${province}: OCOP certificate revoked`,
    producerAlt: (name: string, province: string, count: number) =>
      `${name}, ${province}: ${count} OCOP ${count === 1 ? 'product' : 'products'}`,
  },
});
