/**
 * Strings of the share images: what the cards print (always Vietnamese, one card serves
 * both languages) and the `og:image:alt` text, in the page's language. A product's stars and
 * status are worded by `standing-words.ts`, never here; these are the counts and labels only.
 */
import type { CertificateStatus } from '../../domain/certificate-status.ts';
import { defineStrings } from '../define-strings.ts';
import { standingLine } from '../standing-words.ts';
import { count, pluralForm } from '../plural.ts';

type Status = Pick<CertificateStatus, 'state' | 'validUntil'>;

/** A producer's products as its card counts them. */
interface ProducerCounts {
  stars: { 5: number; 4: number; 3: number };
  expired: number;
  revoked: number;
}

const inForce = (c: ProducerCounts) => c.stars[5] + c.stars[4] + c.stars[3];

const viCount = (n: number) => n.toLocaleString('vi-VN');
const enCount = (n: number) => n.toLocaleString('en');
const enProducts = (n: number) => count(n, 'en', { one: '{n} product', other: '{n} products' });

export const shareImageStrings = defineStrings({
  vi: {
    /** Under the big number of a producer card: its products in force. */
    products: (_n: number) => 'sản phẩm OCOP còn hiệu lực',
    expiredCount: (n: number) => `${viCount(n)} sản phẩm đã hết hạn`,
    revokedCount: (n: number) => `${viCount(n)} sản phẩm bị thu hồi chứng nhận`,
    motto: 'Mỗi xã một sản phẩm',
    siteTagline: 'Tra cứu sản phẩm OCOP 3–5 sao: chứng nhận còn hiệu lực, nơi sản xuất, nơi mua',
    siteCounts: (products: number, producers: number) =>
      `${viCount(products)} sản phẩm · ${viCount(producers)} chủ thể · 34 tỉnh, thành`,
    productAlt: (name: string, province: string, stars: number, status: Status) =>
      `${name}, ${province}: ${standingLine(stars, status, 'vi')}`,
    producerAlt: (name: string, province: string, c: ProducerCounts) =>
      [
        `${name}, ${province}: ${viCount(inForce(c))} sản phẩm OCOP còn hiệu lực`,
        c.expired > 0 && `${viCount(c.expired)} sản phẩm đã hết hạn`,
        c.revoked > 0 && `${viCount(c.revoked)} sản phẩm bị thu hồi chứng nhận`,
      ]
        .filter(Boolean)
        .join(', '),
  },
  en: {
    products: (n: number) =>
      pluralForm(n, 'en', { one: 'OCOP product in force', other: 'OCOP products in force' }),
    expiredCount: (n: number) => `${enProducts(n)} expired`,
    revokedCount: (n: number) => `${enProducts(n)} with certificate revoked`,
    motto: 'One commune, one product',
    siteTagline: '3- to 5-star OCOP products: valid certificates, who makes them, where to buy',
    siteCounts: (products: number, producers: number) =>
      `${enProducts(products)} · ${count(producers, 'en', { one: '{n} producer', other: '{n} producers' })} · 34 provinces`,
    productAlt: (name: string, province: string, stars: number, status: Status) =>
      `${name}, ${province}: ${standingLine(stars, status, 'en')}`,
    producerAlt: (name: string, province: string, c: ProducerCounts) =>
      [
        `${name}, ${province}: ${count(inForce(c), 'en', { one: '{n} OCOP product', other: '{n} OCOP products' })} in force`,
        c.expired > 0 && `${enCount(c.expired)} expired`,
        c.revoked > 0 && `${enCount(c.revoked)} with certificate revoked`,
      ]
        .filter(Boolean)
        .join(', '),
  },
});
