/**
 * What an embeddable badge says (`lib/badge/badge-content.ts`), in each language: a producer's
 * Vietnamese site embeds `/p/<code>/huy-hieu.svg`, an English one `/en/p/<code>/badge.svg`.
 */
import { defineStrings } from '../define-strings.ts';

export const badgeStrings = defineStrings({
  vi: {
    stars: (n: number) => `${n} sao`,
    valid: (monthYear: string) => `Còn hiệu lực đến ${monthYear}`,
    expiring: (monthYear: string) => `Sắp hết hạn ${monthYear}`,
    expired: 'Đã hết hạn',
    revoked: 'Đã thu hồi',
    title: (stars: number, line: string, name: string, code: string) =>
      `OCOP ${stars} sao · ${line} · ${name} (mã ${code})`,
  },
  en: {
    stars: (n) => `${n} stars`,
    valid: (monthYear) => `Valid until ${monthYear}`,
    expiring: (monthYear) => `Expires ${monthYear}`,
    expired: 'Expired',
    revoked: 'Revoked',
    title: (stars, line, name, code) => `OCOP ${stars} stars · ${line} · ${name} (code ${code})`,
  },
});
