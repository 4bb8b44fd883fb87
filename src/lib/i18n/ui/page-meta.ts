/**
 * Words of page titles and descriptions: the star level ("OCOP 4 sao", "OCOP 4-star") and the
 * count of OCOP products ("12 sản phẩm OCOP"; "12 OCOP products", "1 OCOP product").
 */
import { defineStrings } from '../define-strings.ts';
import { count } from '../plural.ts';

export const pageMetaStrings = defineStrings({
  vi: {
    ocopStars: (n: number) => `OCOP ${n} sao`,
    ocopProducts: (n: number) =>
      count(n, 'vi', { one: '{n} sản phẩm OCOP', other: '{n} sản phẩm OCOP' }),
  },
  en: {
    ocopStars: (n: number) => `OCOP ${n}-star`,
    ocopProducts: (n: number) =>
      count(n, 'en', { one: '{n} OCOP product', other: '{n} OCOP products' }),
  },
});
