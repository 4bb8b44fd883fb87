/**
 * The words of the share kit's ready-to-paste captions and of the badge's alt text, in both
 * languages. `lib/share/caption.ts` picks the sentence for a certificate's status; each says
 * the status honestly (an expired or revoked certificate is never called valid).
 */
import { defineStrings } from '../define-strings.ts';
import { count } from '../plural.ts';

/** Who makes it and where, as a caption names a product. */
export interface CaptionWho {
  name: string;
  producerName: string;
  provinceName: string;
}

export const shareCaptionStrings = defineStrings({
  vi: {
    check: (url: string) => `Xem và kiểm tra: ${url}`,
    valid: (w: CaptionWho, stars: number, until: string) =>
      `Sản phẩm OCOP ${stars} sao ${w.name} của ${w.producerName}, ${w.provinceName}. Chứng nhận còn hiệu lực đến ${until}.`,
    expiring: (w: CaptionWho, stars: number, until: string) =>
      `Sản phẩm OCOP ${stars} sao ${w.name} của ${w.producerName}, ${w.provinceName}. Chứng nhận còn hiệu lực đến ${until} (sắp hết hạn).`,
    expired: (w: CaptionWho, stars: number, on: string) =>
      `Sản phẩm ${w.name} của ${w.producerName}, ${w.provinceName}. Chứng nhận OCOP ${stars} sao đã hết hạn ngày ${on}.`,
    revoked: (w: CaptionWho, stars: number) =>
      `Sản phẩm ${w.name} của ${w.producerName}, ${w.provinceName}. Chứng nhận OCOP ${stars} sao của sản phẩm này đã bị thu hồi.`,
    producerNone: (name: string, province: string) =>
      `${name}, ${province}. Hiện chưa có sản phẩm nào có chứng nhận OCOP còn hiệu lực.`,
    producerSome: (name: string, province: string, n: number, list: string) =>
      `${name}, ${province}: ${n} sản phẩm OCOP có chứng nhận còn hiệu lực: ${list}.`,
    listed: (name: string, stars: number) => `${name} (${stars} sao)`,
    badgeAlt: (productName: string) =>
      `Chứng nhận OCOP của ${productName}: bấm để xem tình trạng hiện tại`,
  },
  en: {
    check: (url: string) => `See and check: ${url}`,
    valid: (w: CaptionWho, stars: number, until: string) =>
      `OCOP ${stars}-star product ${w.name} by ${w.producerName}, ${w.provinceName}. Certificate valid until ${until}.`,
    expiring: (w: CaptionWho, stars: number, until: string) =>
      `OCOP ${stars}-star product ${w.name} by ${w.producerName}, ${w.provinceName}. Certificate valid until ${until} (expiring soon).`,
    expired: (w: CaptionWho, stars: number, on: string) =>
      `${w.name} by ${w.producerName}, ${w.provinceName}. Its OCOP ${stars}-star certificate expired on ${on}.`,
    revoked: (w: CaptionWho, stars: number) =>
      `${w.name} by ${w.producerName}, ${w.provinceName}. The OCOP ${stars}-star certificate of this product was revoked.`,
    producerNone: (name: string, province: string) =>
      `${name}, ${province}. No product has an OCOP certificate in force at present.`,
    producerSome: (name: string, province: string, n: number, list: string) =>
      `${name}, ${province}: ${count(n, 'en', { one: '{n} OCOP product', other: '{n} OCOP products' })} with a certificate in force: ${list}.`,
    listed: (name: string, stars: number) => `${name} (${stars} stars)`,
    badgeAlt: (productName: string) =>
      `OCOP certificate of ${productName}: click to see its current status`,
  },
});
