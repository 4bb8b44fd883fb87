/**
 * What the browser knows for ordering: a product's offers and a producer's contact and terms,
 * written at build time (small JSON files) from the validated content, and a cart line. Plain
 * data, shared by the build and the browser.
 */
import type { WholesaleTier } from './money.ts';

export interface OrderOffer {
  sku: string;
  pack: string;
  packEn?: string;
  /** Reference price per pack, đồng. */
  price: number;
  wholesale: WholesaleTier[];
}

export interface OrderProduct {
  code: string;
  name: string;
  nameEn?: string;
  producer: string;
  offers: OrderOffer[];
  minOrderQuantity?: number;
  /** Months it is available, when seasonal. */
  seasonMonths?: number[];
  stars: 3 | 4 | 5;
  /** Certificate facts, for the status on the day the cart is read. */
  validUntil: string;
  revoked?: true;
}

export interface OrderProducer {
  code: string;
  slug: string;
  name: string;
  /** National digits, e.g. "0912345678". */
  phone?: string;
  zalo?: string;
  email?: string;
  accepts: boolean;
  shipsTo?: 'nationwide' | string[];
  /** Province names, for `shipsTo` other than nationwide. */
  shipsToNames?: string[];
  leadTimeDays?: { min: number; max: number };
  minOrderValue?: number;
  cashOnDelivery: boolean;
  bank?: { bin: string; bankName: string; accountNumber: string; accountName: string };
  /** Any of the above was written for the sample catalogue: payment codes say so. */
  sample: boolean;
  /** Codes of its products that offer at least one pack (a wholesale inquiry lists them). */
  products?: string[];
}

/** One line of a cart or an order: a pack of a product, how many, at what unit price. */
export interface OrderLine {
  code: string;
  sku: string;
  quantity: number;
  /** Unit price when added (reference, đồng). */
  unitPrice: number;
}
