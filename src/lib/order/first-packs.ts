/**
 * "All to cart" from a list of product codes: each product's first pack, in its minimum order
 * quantity (else one), and the codes that offer nothing to order. Pure, for the shortlist page.
 */
import type { CartItem } from './order-groups.ts';
import type { OrderProduct } from './types.ts';

export function firstPackItems(
  codes: readonly string[],
  products: ReadonlyMap<string, Pick<OrderProduct, 'offers' | 'minOrderQuantity'>>,
): { items: CartItem[]; without: string[] } {
  const items: CartItem[] = [];
  const without: string[] = [];
  for (const code of new Set(codes)) {
    const offer = products.get(code)?.offers[0];
    if (offer)
      items.push({ code, sku: offer.sku, quantity: products.get(code)?.minOrderQuantity ?? 1 });
    else without.push(code);
  }
  return { items, without };
}
