/**
 * Everything one producer's order needs to be sent: the absolute order link
 * (`/gio-hang/?don=…` for that producer's lines), the message and subject in Vietnamese (the
 * producer's language, `producerMessage`), on an English page the same order in English for the
 * buyer to read, and the links of the channels the producer published (Zalo, SMS, e-mail, call).
 * Pure: the cart page hands in the group, the reference, the buyer and the site's origin.
 */
import type { Locale } from '../i18n/locales.ts';
import { mailtoLink, smsLink, telLink, zaloLink } from './channels.ts';
import type { ProducerGroup } from './order-groups.ts';
import { encodeOrder, ORDER_PARAM } from './order-link.ts';
import { orderMessage, orderSubject, producerMessage, type Buyer } from './order-message.ts';

export interface SendLinks {
  /** Absolute URL that opens exactly this order. */
  orderUrl: string;
  /** The subject and the message as sent: in Vietnamese, which the producer reads. */
  subject: string;
  message: string;
  /** On an English page: the same order in English, for the buyer (never sent). */
  messageInEnglish?: string;
  zalo?: string;
  sms?: string;
  email?: string;
  call?: string;
}

/** `<site><cartPath>?don=<order>`: the lines as priced in the group (wholesale tiers applied). */
export function orderUrl(
  site: string,
  cartPath: string,
  group: Pick<ProducerGroup, 'producer' | 'lines'>,
  reference: string,
): string {
  const url = new URL(cartPath, site);
  const param = encodeOrder({
    reference,
    producer: group.producer.code,
    lines: group.lines.map((l) => ({
      code: l.product.code,
      sku: l.offer.sku,
      quantity: l.item.quantity,
      unitPrice: l.unitPrice,
    })),
  });
  // The encoded order uses unreserved characters only: no escaping needed, none wanted.
  return `${url.origin}${url.pathname}?${ORDER_PARAM}=${param}`;
}

export function sendLinks(
  group: ProducerGroup,
  reference: string,
  buyer: Buyer,
  link: string,
  locale: Locale,
): SendLinks {
  const { producer } = group;
  const message = producerMessage(reference, group, buyer, link, locale);
  const subject = orderSubject(reference, group, 'vi');
  const zalo = producer.zalo ? zaloLink(producer.zalo) : undefined;
  const sms = producer.phone ? smsLink(producer.phone, message) : undefined;
  const call = producer.phone ? telLink(producer.phone) : undefined;
  return {
    orderUrl: link,
    subject,
    message,
    ...(locale === 'en'
      ? { messageInEnglish: orderMessage(reference, group, buyer, link, 'en') }
      : {}),
    ...(zalo ? { zalo } : {}),
    ...(sms ? { sms } : {}),
    ...(producer.email ? { email: mailtoLink(producer.email, subject, message) } : {}),
    ...(call ? { call } : {}),
  };
}
