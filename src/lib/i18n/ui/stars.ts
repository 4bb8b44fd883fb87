/**
 * Words of OCOP star levels: a badge ("4 sao", "4 stars"), its accessible name, the star-level
 * pages' titles and what each level means. Wherever stars appear the certificate's status stands
 * beside them (`certificate.ts`).
 */
import { byStarLevel } from '../by-star-level.ts';
import { defineStrings } from '../define-strings.ts';

export const starStrings = defineStrings({
  vi: {
    stars: (n: number) => `${n} sao`,
    starsLong: (n: number) => `Sản phẩm OCOP ${n} sao`,
    starsAria: (n: number) => `Hạng OCOP ${n} sao trên 5`,
    potentialFiveStar: 'Tiềm năng 5 sao',
    pageTitle: 'Sản phẩm OCOP theo hạng sao',
    /** By star level: the score band and what it stands for. */
    meaning: byStarLevel({
      3: 'Đạt 50–69 điểm: đạt tiêu chuẩn OCOP, có thể nâng cấp.',
      4: 'Đạt 70–89 điểm: sản phẩm OCOP cấp tỉnh, có thể nâng cấp lên 5 sao.',
      5: 'Đạt 90–100 điểm: sản phẩm OCOP cấp quốc gia, do Bộ công nhận.',
    }),
  },
  en: {
    stars: (n: number) => `${n} stars`,
    starsLong: (n: number) => `${n}-star OCOP products`,
    starsAria: (n: number) => `OCOP rating ${n} out of 5 stars`,
    potentialFiveStar: 'Potential 5 stars',
    pageTitle: 'OCOP products by star level',
    meaning: byStarLevel({
      3: '50–69 points: meets the OCOP standard and can be upgraded.',
      4: '70–89 points: provincial OCOP product, may be upgraded to 5 stars.',
      5: '90–100 points: national OCOP product, certified by the ministry.',
    }),
  },
});
