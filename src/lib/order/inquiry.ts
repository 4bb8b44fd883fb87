/**
 * A wholesale inquiry (a request for a quote, not an order): the products asked about grouped
 * by producer, each pack with the quantity the buyer asks for and what that quantity would
 * reach among the producer's published tiers, the certificate status on the day, and the
 * buyer's details checked before anything is sent. Pure: the browser hands in what the build
 * published and today.
 */
import type { CertificateStatus } from '../domain/certificate-status.ts';
import { isValidIsoDate, parseIsoDate } from '../domain/dates.ts';
import { parseVietnamesePhone } from '../domain/phone.ts';
import { isQuantity, unitPriceFor, type WholesaleTier } from './money.ts';
import { productStatus } from './order-groups.ts';
import type { OrderOffer, OrderProducer, OrderProduct } from './types.ts';

export interface InquiryBuyer {
  business: string;
  contact: string;
  phone: string;
  email: string;
  /** Name of the 2025 province to deliver to, as listed ("Hà Nội"). */
  province: string;
  /** YYYY-MM-DD, or empty. */
  wantedBy: string;
  note: string;
}

export const EMPTY_BUYER: InquiryBuyer = {
  business: '',
  contact: '',
  phone: '',
  email: '',
  province: '',
  wantedBy: '',
  note: '',
};

/** How many of a pack are asked for, by `code.sku`. */
export type Quantities = Record<string, number>;
export const packKey = (code: string, sku: string): string => `${code}.${sku}`;

export interface InquiryPack {
  offer: OrderOffer;
  /** 0 when the buyer asks nothing for this pack. */
  quantity: number;
  /** The price that quantity would reach: a tier's, else the reference price. */
  unitPrice: number;
  tier?: WholesaleTier;
  belowMinQuantity: boolean;
}

export interface InquiryProduct {
  product: OrderProduct;
  status: CertificateStatus;
  packs: InquiryPack[];
  outOfSeason: boolean;
}

export interface InquiryGroup {
  producer: OrderProducer;
  products: InquiryProduct[];
}

/** A pack at a quantity: the tier that quantity reaches (tiers in any order), if any. */
export function quotePack(
  product: Pick<OrderProduct, 'minOrderQuantity'>,
  offer: OrderOffer,
  quantity: number,
): InquiryPack {
  const asked = isQuantity(quantity) ? quantity : 0;
  const { unitPrice, tier } = unitPriceFor(offer.price, offer.wholesale, Math.max(asked, 1));
  return {
    offer,
    quantity: asked,
    unitPrice,
    ...(tier ? { tier } : {}),
    belowMinQuantity:
      asked > 0 && product.minOrderQuantity !== undefined && asked < product.minOrderQuantity,
  };
}

export interface InquiryLookup {
  product: (code: string) => OrderProduct | undefined;
  producer: (code: string) => OrderProducer | undefined;
}

/**
 * The products of `codes` grouped by producer, in the order producers first appear; codes the
 * ordering data does not know (no packs published, or no longer listed) come back as `missing`.
 */
export function groupInquiry(
  codes: readonly string[],
  lookup: InquiryLookup,
  quantities: Quantities,
  today: string,
): { groups: InquiryGroup[]; missing: string[] } {
  const groups = new Map<string, InquiryGroup>();
  const missing: string[] = [];
  const month = parseIsoDate(today).month;
  for (const code of codes) {
    const product = lookup.product(code);
    const producer = product && lookup.producer(product.producer);
    if (!product || !producer) {
      missing.push(code);
      continue;
    }
    let group = groups.get(producer.code);
    if (!group) {
      group = { producer, products: [] };
      groups.set(producer.code, group);
    }
    group.products.push({
      product,
      status: productStatus(product, today),
      packs: product.offers.map((o) =>
        quotePack(product, o, quantities[packKey(code, o.sku)] ?? 0),
      ),
      outOfSeason: product.seasonMonths !== undefined && !product.seasonMonths.includes(month),
    });
  }
  return { groups: [...groups.values()], missing };
}

/** The packs of a group the buyer asks about. */
export const askedPacks = (group: InquiryGroup): { item: InquiryProduct; pack: InquiryPack }[] =>
  group.products.flatMap((item) =>
    item.packs.filter((p) => p.quantity > 0).map((pack) => ({ item, pack })),
  );

export type BuyerProblem = 'business' | 'contact' | 'phone' | 'email' | 'province' | 'wantedBy';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * What is missing or wrong in the buyer's details (empty when they can be sent). `provinces`:
 * the names of the 34 provinces (the page's select has them, so the browser needs no list).
 */
export function buyerProblems(
  buyer: InquiryBuyer,
  today: string,
  provinces: readonly string[],
): BuyerProblem[] {
  const problems: BuyerProblem[] = [];
  if (!buyer.business.trim()) problems.push('business');
  if (!buyer.contact.trim()) problems.push('contact');
  if (!parseVietnamesePhone(buyer.phone)) problems.push('phone');
  if (buyer.email.trim() && !EMAIL.test(buyer.email.trim())) problems.push('email');
  if (!provinces.includes(buyer.province)) problems.push('province');
  if (buyer.wantedBy && (!isValidIsoDate(buyer.wantedBy) || buyer.wantedBy < today))
    problems.push('wantedBy');
  return problems;
}

const CROCKFORD_UPPER = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const INQUIRY_REFERENCE = /^HG[0-9A-HJKMNP-TV-Z]{6}$/;

/** "HG" and six characters of Crockford base 32 (an order's reference starts "DH"). */
export function newInquiryReference(random: () => number = Math.random): string {
  let out = 'HG';
  for (let i = 0; i < 6; i++) out += CROCKFORD_UPPER[Math.floor(random() * 32)]!;
  return out;
}
