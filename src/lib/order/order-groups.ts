/**
 * A cart grouped by producer: each line priced (wholesale tiers applied) with its certificate
 * status on the day, each producer's subtotal, its minimum order (met or not). Pure: the
 * browser hands in the cart, a lookup of what the build published, and today.
 */
import { statusOn, type CertificateStatus } from '../domain/certificate-status.ts';
import { parseIsoDate } from '../domain/dates.ts';
import { largestQuantity, lineTotal, MAX_VND, unitPriceFor, type WholesaleTier } from './money.ts';
import type { OrderOffer, OrderProducer, OrderProduct } from './types.ts';

export interface CartItem {
  code: string;
  sku: string;
  quantity: number;
}

export interface PricedLine {
  item: CartItem;
  product: OrderProduct;
  offer: OrderOffer;
  unitPrice: number;
  /** The wholesale tier that set the price, if any. */
  tier?: WholesaleTier;
  total: number;
  status: CertificateStatus;
  /** Below the product's minimum order quantity. */
  belowMinQuantity: boolean;
  /** Seasonal, and this month is not in its season. */
  outOfSeason: boolean;
}

export interface ProducerGroup {
  producer: OrderProducer;
  lines: PricedLine[];
  subtotal: number;
  /** Undefined when the producer sets no minimum. */
  minimumMet?: boolean;
}

export interface GroupedCart {
  groups: ProducerGroup[];
  /** Items whose product, pack or producer the catalogue no longer has. */
  missing: CartItem[];
  /**
   * Items asking for more than one order line can carry (above `MAX_VND`): priced at `to`, the
   * largest quantity that fits; the page saves `to` and says so.
   */
  lowered: { item: CartItem; name: string; to: number }[];
  total: number;
  /**
   * The total passes `MAX_VND` (many lines, each within it): the page shows the cart so the
   * buyer can lower it, but sends nothing until it fits.
   */
  overCeiling: boolean;
}

/** Each line is at most `MAX_VND`, so a cart's sum stays an exact integer far below 2^53. */
const addUp = (amounts: readonly number[]) => amounts.reduce((sum, a) => sum + a, 0);

export interface OrderLookup {
  product: (code: string) => OrderProduct | undefined;
  producer: (code: string) => OrderProducer | undefined;
}

/** The status of a product's certificate on `today`, from what the browser keeps. */
export const productStatus = (p: Pick<OrderProduct, 'validUntil' | 'revoked'>, today: string) =>
  statusOn(p.validUntil, p.revoked === true, today);

export function priceLine(
  item: CartItem,
  product: OrderProduct,
  offer: OrderOffer,
  today: string,
): PricedLine {
  const { unitPrice, tier } = unitPriceFor(offer.price, offer.wholesale, item.quantity);
  const month = parseIsoDate(today).month;
  return {
    item,
    product,
    offer,
    unitPrice,
    ...(tier ? { tier } : {}),
    total: lineTotal(item.quantity, unitPrice),
    status: productStatus(product, today),
    belowMinQuantity:
      product.minOrderQuantity !== undefined && item.quantity < product.minOrderQuantity,
    outOfSeason: product.seasonMonths !== undefined && !product.seasonMonths.includes(month),
  };
}

/** Groups in the order their producers first appear in the cart; lines keep cart order. */
export function groupCart(
  items: readonly CartItem[],
  lookup: OrderLookup,
  today: string,
): GroupedCart {
  const groups = new Map<string, ProducerGroup>();
  const missing: CartItem[] = [];
  const lowered: GroupedCart['lowered'] = [];
  for (const asked of items) {
    let item = asked;
    const product = lookup.product(item.code);
    const offer = product?.offers.find((o) => o.sku === item.sku);
    const producer = product && lookup.producer(product.producer);
    if (!product || !offer || !producer) {
      missing.push(item);
      continue;
    }
    const most = largestQuantity(offer.price, offer.wholesale);
    if (item.quantity > most) {
      lowered.push({ item, name: product.name, to: most });
      item = { ...item, quantity: most };
    }
    let group = groups.get(producer.code);
    if (!group) {
      group = { producer, lines: [], subtotal: 0 };
      groups.set(producer.code, group);
    }
    group.lines.push(priceLine(item, product, offer, today));
  }
  const list = [...groups.values()].map((g) => {
    const subtotal = addUp(g.lines.map((l) => l.total));
    const min = g.producer.minOrderValue;
    return { ...g, subtotal, ...(min !== undefined ? { minimumMet: subtotal >= min } : {}) };
  });
  const total = addUp(list.map((g) => g.subtotal));
  return { groups: list, missing, lowered, total, overCeiling: total > MAX_VND };
}
