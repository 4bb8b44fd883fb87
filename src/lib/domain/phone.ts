/**
 * Vietnamese telephone numbers as people write them ("0912 345 678", "+84 912 345 678",
 * "024 3851 2345", "1800 1234"): parsed into one national form and E.164, or refused.
 *
 * The numbering plan since 2018: mobiles are 10 digits starting 03, 05, 07, 08 or 09; fixed
 * lines are 11 digits starting 02 (area code of two or three digits after the 0, then the
 * subscriber); 1800/1900 service numbers have 8 or 10 digits.
 */

export type PhoneKind = 'mobile' | 'landline' | 'service';

export interface VietnamesePhone {
  kind: PhoneKind;
  /** Digits as dialled inside Viet Nam: "0912345678". */
  national: string;
  /** International form, for `tel:` and `sms:` links: "+84912345678" (service numbers stay national). */
  e164: string;
}

const MOBILE = /^0[35789]\d{8}$/;
const LANDLINE = /^02\d{9}$/;
const SERVICE = /^1[89]00(\d{4}|\d{6})$/;

export function parseVietnamesePhone(input: string): VietnamesePhone | undefined {
  let digits = input.trim().replace(/[\s.()-]/g, '');
  if (!/^\+?\d+$/.test(digits)) return undefined;
  if (digits.startsWith('+84')) digits = `0${digits.slice(3)}`;
  else if (digits.startsWith('84') && digits.length >= 11) digits = `0${digits.slice(2)}`;
  if (MOBILE.test(digits))
    return { kind: 'mobile', national: digits, e164: `+84${digits.slice(1)}` };
  if (LANDLINE.test(digits))
    return { kind: 'landline', national: digits, e164: `+84${digits.slice(1)}` };
  if (SERVICE.test(digits)) return { kind: 'service', national: digits, e164: digits };
  return undefined;
}

/** Grouped for reading: "0912 345 678", "024 3851 2345", "0227 3851 234", "1800 1234". */
export function formatPhone(phone: VietnamesePhone): string {
  const d = phone.national;
  if (phone.kind === 'mobile') return `${d.slice(0, 4)} ${d.slice(4, 7)} ${d.slice(7)}`;
  if (phone.kind === 'service') return `${d.slice(0, 4)} ${d.slice(4)}`;
  const area = d.startsWith('024') || d.startsWith('028') ? 3 : 4;
  const rest = d.slice(area);
  return `${d.slice(0, area)} ${rest.slice(0, 4)} ${rest.slice(4)}`;
}
