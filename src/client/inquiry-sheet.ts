/**
 * The printed request (`WholesaleInquiryPage.astro`, `@media print`): one A4 sheet per
 * producer from `[data-sheet-template]`, with the site, reference, date, buyer, producer and
 * its terms, and a row per pack (the quantity asked, or blank to fill in by hand), its
 * reference price, tiers, the price the quantity reaches and the certificate status.
 */
import { displayCode } from '../lib/domain/codes.ts';
import { formatPhone, parseVietnamesePhone } from '../lib/domain/phone.ts';
import { formatDate, formatVnd } from '../lib/i18n/format.ts';
import type { Locale } from '../lib/i18n/locales.ts';
import type { InquiryBuyer, InquiryGroup } from '../lib/order/inquiry.ts';
import {
  inquiryWords,
  leadTimePhrase,
  packName,
  paymentPhrase,
  productName,
  reachedPhrase,
  seasonPhrase,
  shipsToPhrase,
  standingWords,
  tiersPhrase,
} from '../lib/order/inquiry-words.ts';
import { cloneTemplate, fillSlots } from './shortlist-cards.ts';

export interface SheetContext {
  locale: Locale;
  today: string;
  site: string;
  buyer: InquiryBuyer;
  noMinimum: string;
}

const phoneText = (s: string | undefined) => {
  const p = s ? parseVietnamesePhone(s) : undefined;
  return p ? formatPhone(p) : (s ?? '');
};

export function drawSheet(group: InquiryGroup, reference: string, c: SheetContext) {
  const { locale, buyer } = c;
  const iw = inquiryWords(locale);
  const { producer } = group;
  const sheet = cloneTemplate('[data-sheet-template]');
  fillSlots(sheet, {
    site: c.site,
    reference,
    date: formatDate(c.today, locale),
    business: buyer.business.trim() || '…',
    contact: buyer.contact.trim(),
    phone: phoneText(buyer.phone.trim()),
    email: buyer.email.trim(),
    province: buyer.province || '…',
    'wanted-by': buyer.wantedBy ? formatDate(buyer.wantedBy, locale) : '…',
    producer: producer.name,
    'producer-contact': [phoneText(producer.phone ?? producer.zalo), producer.email]
      .filter(Boolean)
      .join(' · '),
    'min-order':
      producer.minOrderValue !== undefined
        ? formatVnd(producer.minOrderValue, locale)
        : c.noMinimum,
    'ships-to': shipsToPhrase(producer, locale) ?? '…',
    'lead-time': leadTimePhrase(producer, locale) ?? '…',
    payment: paymentPhrase(producer, locale),
    note: buyer.note.trim(),
  });
  const rows = sheet.querySelector<HTMLElement>('[data-rows]')!;
  let n = 0;
  for (const item of group.products)
    for (const pack of item.packs) {
      const row = cloneTemplate('[data-row-template]');
      const { product } = item;
      const season = seasonPhrase(product, locale);
      fillSlots(row, {
        no: String(++n),
        name: productName(product, locale),
        code: displayCode(product.code),
        terms: [
          ...(product.minOrderQuantity ? [iw.minQuantity(product.minOrderQuantity)] : []),
          ...(season ? [season] : []),
        ].join(' · '),
        pack: packName(pack.offer, locale),
        quantity: pack.quantity ? String(pack.quantity) : '',
        price: formatVnd(pack.offer.price, locale),
        tiers: tiersPhrase(pack.offer, locale),
        reached: pack.quantity ? reachedPhrase(pack, locale) : '',
        status: standingWords(product, item.status, locale),
      });
      rows.append(row);
    }
  return sheet;
}
