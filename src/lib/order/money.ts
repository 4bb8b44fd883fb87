/**
 * Money in the storefront: whole đồng (VND has no minor unit), integers throughout, never
 * floating point. Every product and sum is checked against a ceiling far above any real order,
 * so a tampered quantity or price can never overflow, round or turn negative.
 */

/** 10 billion đồng: no OCOP order comes near it, and sums stay exact in a double. */
export const MAX_VND = 10_000_000_000;
/** The most of one item one order may ask for. */
export const MAX_QUANTITY = 100_000;

export class MoneyError extends RangeError {
  constructor(message: string) {
    super(message);
    this.name = 'MoneyError';
  }
}

export const isVnd = (value: unknown): value is number =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 && value <= MAX_VND;

export const isQuantity = (value: unknown): value is number =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= 1 && value <= MAX_QUANTITY;

/** quantity × unit price, exact, or a MoneyError. */
export function lineTotal(quantity: number, unitPrice: number): number {
  if (!isQuantity(quantity)) throw new MoneyError(`not a quantity: ${String(quantity)}`);
  if (!isVnd(unitPrice)) throw new MoneyError(`not a price in đồng: ${String(unitPrice)}`);
  const total = quantity * unitPrice;
  if (total > MAX_VND) throw new MoneyError(`${quantity} × ${unitPrice} đ is above ${MAX_VND} đ`);
  return total;
}

/** The sum of amounts in đồng, exact, or a MoneyError. */
export function sumVnd(amounts: readonly number[]): number {
  let sum = 0;
  for (const a of amounts) {
    if (!isVnd(a)) throw new MoneyError(`not an amount in đồng: ${String(a)}`);
    sum += a;
    if (sum > MAX_VND) throw new MoneyError(`the total is above ${MAX_VND} đ`);
  }
  return sum;
}

export interface WholesaleTier {
  /** From this many units on… */
  minQuantity: number;
  /** …each unit costs this (đồng). */
  unitPrice: number;
}

/**
 * The unit price for `quantity`: the tier with the largest threshold the quantity reaches,
 * else the retail price. Tiers may come in any order.
 */
export function unitPriceFor(
  retail: number,
  tiers: readonly WholesaleTier[],
  quantity: number,
): { unitPrice: number; tier?: WholesaleTier } {
  let best: WholesaleTier | undefined;
  for (const t of tiers)
    if (quantity >= t.minQuantity && (!best || t.minQuantity > best.minQuantity)) best = t;
  return best ? { unitPrice: best.unitPrice, tier: best } : { unitPrice: retail };
}

/**
 * The most units of one pack a single order line can carry: `MAX_QUANTITY`, or fewer when even
 * the dearest of the retail and wholesale prices times the quantity would pass `MAX_VND`.
 */
export function largestQuantity(retail: number, tiers: readonly WholesaleTier[] = []): number {
  const dearest = Math.max(retail, ...tiers.map((t) => t.unitPrice));
  return dearest > 0 ? Math.min(MAX_QUANTITY, Math.floor(MAX_VND / dearest)) : MAX_QUANTITY;
}
