/**
 * A product's standing in words (`i18n/standing-words.ts` picks one): the stars, and the
 * certificate's status with its date, never one without the other where stars are printed.
 */
import { defineStrings } from '../define-strings.ts';

export const standingStrings = defineStrings({
  vi: {
    stars: (n: number) => `OCOP ${n} sao`,
    valid: (date: string) => `Còn hiệu lực đến ${date}`,
    expiring: (date: string) => `Sắp hết hạn: hiệu lực đến ${date}`,
    expired: (date: string) => `Đã hết hạn ngày ${date}`,
    revoked: () => 'Chứng nhận đã bị thu hồi',
  },
  en: {
    stars: (n: number) => `OCOP ${n} stars`,
    valid: (date: string) => `Valid until ${date}`,
    expiring: (date: string) => `Expiring soon: valid until ${date}`,
    expired: (date: string) => `Expired on ${date}`,
    revoked: () => 'Certificate revoked',
  },
});
