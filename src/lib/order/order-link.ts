/**
 * An order inside a URL, so the producer can open exactly the order the buyer sent without a
 * server: `/gio-hang/?don=1~DH7K2QAB~raeqe9~f4mpg6.300g.2.45000_x7k2m4.1kg.1.120000`
 * (version, order reference, producer code, then lines: code.sku.quantity.unitPrice).
 * Only unreserved URL characters, so nothing is escaped and the link survives chat apps.
 *
 * Decoding trusts nothing: every part is matched against its pattern and bounds; what does
 * not fit is dropped and named, never shown as markup, never a broken page.
 */
import { CODE_PATTERN } from '../domain/codes.ts';
import { isQuantity, isVnd } from './money.ts';
import type { OrderLine } from './types.ts';

export const ORDER_PARAM = 'don';
export const ORDER_LINK_VERSION = '1';
/** Longer links are refused whole (chat apps and some hosts cut URLs near 2,000 characters). */
export const MAX_ORDER_PARAM_LENGTH = 1800;
export const MAX_ORDER_LINES = 60;

const REFERENCE = /^DH[0-9A-HJKMNP-TV-Z]{6}$/;
const SKU = /^[a-z0-9-]{1,16}$/;
const CROCKFORD_UPPER = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

export interface EncodedOrder {
  reference: string;
  producer: string;
  lines: OrderLine[];
}

/** Why a part of a link was dropped. */
export type DropReason =
  | 'too-long'
  | 'bad-version'
  | 'bad-reference'
  | 'bad-producer'
  | 'bad-line'
  | 'bad-code'
  | 'bad-sku'
  | 'bad-quantity'
  | 'bad-price'
  | 'too-many-lines'
  | 'duplicate-line';

export interface Dropped {
  reason: DropReason;
  /** The part as it was in the link, cut to 40 characters (shown as text, never as markup). */
  part: string;
}

/** "DH" and six characters of Crockford base 32: about a billion references. */
export function newOrderReference(random: () => number = Math.random): string {
  let out = 'DH';
  for (let i = 0; i < 6; i++) out += CROCKFORD_UPPER[Math.floor(random() * 32)]!;
  return out;
}

export function encodeOrder(order: EncodedOrder): string {
  const lines = order.lines.map((l) => `${l.code}.${l.sku}.${l.quantity}.${l.unitPrice}`);
  return [ORDER_LINK_VERSION, order.reference, order.producer, lines.join('_')].join('~');
}

const cut = (s: string) => (s.length > 40 ? `${s.slice(0, 40)}…` : s);

/**
 * The order in `param`, with what was dropped. `order` is undefined when the link cannot be an
 * order at all (too long, wrong version, no valid reference or producer).
 */
export function decodeOrder(param: string): { order?: EncodedOrder; dropped: Dropped[] } {
  const dropped: Dropped[] = [];
  if (param.length > MAX_ORDER_PARAM_LENGTH)
    return { dropped: [{ reason: 'too-long', part: `${param.length}` }] };
  const [version, reference = '', producer = '', body = ''] = param.split('~');
  if (version !== ORDER_LINK_VERSION)
    return { dropped: [{ reason: 'bad-version', part: cut(version ?? '') }] };
  if (!REFERENCE.test(reference))
    return { dropped: [{ reason: 'bad-reference', part: cut(reference) }] };
  if (!CODE_PATTERN.test(producer))
    return { dropped: [{ reason: 'bad-producer', part: cut(producer) }] };
  const lines: OrderLine[] = [];
  const seen = new Set<string>();
  for (const raw of body.split('_').filter(Boolean)) {
    const parts = raw.split('.');
    if (parts.length !== 4) {
      dropped.push({ reason: 'bad-line', part: cut(raw) });
      continue;
    }
    const [code, sku, q, p] = parts as [string, string, string, string];
    const quantity = /^\d{1,6}$/.test(q) ? Number(q) : NaN;
    const unitPrice = /^\d{1,11}$/.test(p) ? Number(p) : NaN;
    let reason: DropReason | undefined;
    if (!CODE_PATTERN.test(code)) reason = 'bad-code';
    else if (!SKU.test(sku)) reason = 'bad-sku';
    else if (!isQuantity(quantity)) reason = 'bad-quantity';
    else if (!isVnd(unitPrice) || unitPrice === 0) reason = 'bad-price';
    else if (seen.has(`${code}.${sku}`)) reason = 'duplicate-line';
    else if (lines.length >= MAX_ORDER_LINES) reason = 'too-many-lines';
    if (reason) {
      dropped.push({ reason, part: cut(raw) });
      continue;
    }
    seen.add(`${code}.${sku}`);
    lines.push({ code, sku, quantity, unitPrice });
  }
  return { order: { reference, producer, lines }, dropped };
}
