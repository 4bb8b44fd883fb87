/**
 * The cart, kept in this browser only (localStorage, no account, no server): items as
 * product code + pack (sku) + quantity, and the buyer's details typed in the cart. Every
 * change is announced with a `ocop:cart` event on `window` (and other tabs hear `storage`).
 * Storage may be unavailable (private mode, full): the cart then lives for this page only.
 */
import { isQuantity, MAX_QUANTITY } from '../lib/order/money.ts';
import type { CartItem } from '../lib/order/order-groups.ts';
import type { Buyer } from '../lib/order/order-message.ts';

import { CART_EVENT, CART_KEY as KEY } from './cart-keys.ts';

export { CART_EVENT };
const CODE = /^[0-9abcdefghjkmnpqrstvwxyz]{6}$/;
const SKU = /^[a-z0-9-]{1,16}$/;
const MAX_ITEMS = 200;

export interface StoredCart {
  items: CartItem[];
  buyer: Buyer;
}

const EMPTY_BUYER: Buyer = { name: '', phone: '', address: '', note: '' };
let memory: StoredCart = { items: [], buyer: { ...EMPTY_BUYER } };

const str = (v: unknown, max: number) => (typeof v === 'string' ? v.slice(0, max) : '');

/** Whatever is stored is checked again: a cart edited by hand loses only what does not fit. */
export function parseStoredCart(raw: string | null): StoredCart {
  if (!raw) return { items: [], buyer: { ...EMPTY_BUYER } };
  try {
    const data = JSON.parse(raw) as { items?: unknown; buyer?: Record<string, unknown> };
    const items = (Array.isArray(data.items) ? data.items : [])
      .filter((i): i is CartItem => {
        if (typeof i !== 'object' || i === null) return false;
        const { code, sku, quantity } = i as Record<string, unknown>;
        return (
          typeof code === 'string' &&
          CODE.test(code) &&
          typeof sku === 'string' &&
          SKU.test(sku) &&
          isQuantity(quantity)
        );
      })
      .slice(0, MAX_ITEMS)
      .map(({ code, sku, quantity }) => ({ code, sku, quantity }));
    const b = data.buyer ?? {};
    return {
      items,
      buyer: {
        name: str(b['name'], 120),
        phone: str(b['phone'], 40),
        address: str(b['address'], 400),
        note: str(b['note'], 600),
      },
    };
  } catch {
    return { items: [], buyer: { ...EMPTY_BUYER } };
  }
}

export function readCart(): StoredCart {
  try {
    memory = parseStoredCart(localStorage.getItem(KEY));
  } catch {
    // Storage unavailable: keep the in-page copy.
  }
  return memory;
}

function write(cart: StoredCart): void {
  memory = cart;
  try {
    localStorage.setItem(KEY, JSON.stringify(cart));
  } catch {
    // Kept for this page only.
  }
  window.dispatchEvent(new CustomEvent(CART_EVENT));
}

/** Adds `quantity` packs (merging with the same pack already in the cart). */
export function addToCart(item: CartItem): void {
  const cart = readCart();
  const existing = cart.items.find((i) => i.code === item.code && i.sku === item.sku);
  const items = existing
    ? cart.items.map((i) =>
        i === existing ? { ...i, quantity: Math.min(MAX_QUANTITY, i.quantity + item.quantity) } : i,
      )
    : [...cart.items, item].slice(0, MAX_ITEMS);
  write({ ...cart, items });
}

export function setQuantity(code: string, sku: string, quantity: number): void {
  const cart = readCart();
  if (!isQuantity(quantity)) {
    removeItem(code, sku);
    return;
  }
  write({
    ...cart,
    items: cart.items.map((i) => (i.code === code && i.sku === sku ? { ...i, quantity } : i)),
  });
}

export function removeItem(code: string, sku: string): void {
  const cart = readCart();
  write({ ...cart, items: cart.items.filter((i) => !(i.code === code && i.sku === sku)) });
}

/** Removes the items of the given product codes (a producer's order once sent, say). */
export function removeCodes(codes: ReadonlySet<string>): void {
  const cart = readCart();
  write({ ...cart, items: cart.items.filter((i) => !codes.has(i.code)) });
}

export function saveBuyer(buyer: Buyer): void {
  write({ ...readCart(), buyer });
}

export function cartCount(): number {
  return readCart().items.reduce((n, i) => n + i.quantity, 0);
}

/** Calls `listener` on every change, here or in another tab. */
export function onCartChange(listener: () => void): void {
  window.addEventListener(CART_EVENT, listener);
  window.addEventListener('storage', (e) => {
    if (e.key === KEY) listener();
  });
}
