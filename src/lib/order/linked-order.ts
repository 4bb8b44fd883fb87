/**
 * An order opened from its link (`?don=`), checked against what the catalogue publishes
 * today: each line keeps the unit price written in the link (that is what the buyer was
 * shown and sent), today's price is set beside it, and lines whose product or pack the
 * catalogue no longer has, or that belong to another producer, are dropped and named.
 * Pure: the page hands in the decoded order, the lookup and today.
 */
import { MAX_VND, unitPriceFor } from './money.ts';
import {
  priceLine,
  type OrderLookup,
  type PricedLine,
  type ProducerGroup,
} from './order-groups.ts';
import type { EncodedOrder } from './order-link.ts';
import type { OrderProducer } from './types.ts';

export interface LinkedLine extends PricedLine {
  /** Today's unit price for the same quantity (wholesale tiers applied). */
  priceNow: number;
}

export interface LinkedGroup extends ProducerGroup {
  lines: LinkedLine[];
}

/** Not in the catalogue, another producer's product, or the order's sum out of every bound. */
export type LinkedDropReason = 'unknown-product' | 'other-producer' | 'too-large';

export interface LinkedOrder {
  reference: string;
  /** Undefined when the catalogue has no producer with the link's code. */
  group?: LinkedGroup;
  producerCode: string;
  dropped: { reason: LinkedDropReason; part: string }[];
}

export function linkedOrder(order: EncodedOrder, lookup: OrderLookup, today: string): LinkedOrder {
  const producer: OrderProducer | undefined = lookup.producer(order.producer);
  const dropped: LinkedOrder['dropped'] = [];
  const lines: LinkedLine[] = [];
  let subtotal = 0;
  for (const line of order.lines) {
    const part = `${line.code}.${line.sku}.${line.quantity}.${line.unitPrice}`;
    const product = lookup.product(line.code);
    const offer = product?.offers.find((o) => o.sku === line.sku);
    if (!product || !offer) {
      dropped.push({ reason: 'unknown-product', part });
      continue;
    }
    if (product.producer !== order.producer) {
      dropped.push({ reason: 'other-producer', part });
      continue;
    }
    // quantity × price, and the sum, stay below every bound: a tampered line is dropped.
    const total = line.quantity * line.unitPrice;
    if (total > MAX_VND || subtotal + total > MAX_VND) {
      dropped.push({ reason: 'too-large', part });
      continue;
    }
    const item = { code: line.code, sku: line.sku, quantity: line.quantity };
    let priced: PricedLine;
    try {
      priced = priceLine(item, product, offer, today);
    } catch {
      // Today's price × the link's quantity is out of bounds.
      dropped.push({ reason: 'too-large', part });
      continue;
    }
    subtotal += total;
    const linkTier = unitPriceFor(offer.price, offer.wholesale, line.quantity);
    const {
      item: pricedItem,
      product: p,
      offer: o,
      status,
      belowMinQuantity,
      outOfSeason,
    } = priced;
    lines.push({
      item: pricedItem,
      product: p,
      offer: o,
      status,
      belowMinQuantity,
      outOfSeason,
      // A tier is named only when the link's price is that tier's price.
      ...(linkTier.tier && linkTier.unitPrice === line.unitPrice ? { tier: linkTier.tier } : {}),
      unitPrice: line.unitPrice,
      total,
      priceNow: priced.unitPrice,
    });
  }
  if (!producer) return { reference: order.reference, producerCode: order.producer, dropped };
  const min = producer.minOrderValue;
  return {
    reference: order.reference,
    producerCode: order.producer,
    dropped,
    group: {
      producer,
      lines,
      subtotal,
      ...(min !== undefined ? { minimumMet: subtotal >= min } : {}),
    },
  };
}
