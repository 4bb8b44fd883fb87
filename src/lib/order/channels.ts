/**
 * The links that send an order through the channel the buyer picks. Zalo has no documented way
 * to prefill a message, so its link only opens the producer's chat (`https://zalo.me/<phone>`)
 * and the page copies the message for the buyer to paste. SMS (RFC 5724) and e-mail (RFC 6068)
 * carry the text; a call needs none.
 */
import { parseVietnamesePhone } from '../domain/phone.ts';

export function zaloLink(phone: string): string | undefined {
  const p = parseVietnamesePhone(phone);
  return p?.kind === 'mobile' ? `https://zalo.me/${p.national}` : undefined;
}

export function telLink(phone: string): string | undefined {
  const p = parseVietnamesePhone(phone);
  return p ? `tel:${p.e164}` : undefined;
}

export function smsLink(phone: string, body: string): string | undefined {
  const p = parseVietnamesePhone(phone);
  return p?.kind === 'mobile' ? `sms:${p.e164}?body=${encodeURIComponent(body)}` : undefined;
}

export function mailtoLink(email: string, subject: string, body: string): string {
  return `mailto:${encodeURIComponent(email).replace('%40', '@')}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}
