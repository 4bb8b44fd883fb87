/**
 * The header's cart link, on every page: the number of packs in the cart, kept up to date
 * (`ocop:cart` here, `storage` from other tabs). It reads the stored cart directly instead of
 * loading the cart store, so every page pays a few hundred bytes for it; the cart page itself
 * validates each item (`cart-store.ts`).
 */
import { CART_EVENT, CART_KEY } from './cart-keys.ts';

function packs(): number {
  try {
    const { items } = JSON.parse(localStorage.getItem(CART_KEY) ?? '{}') as { items?: unknown };
    if (!Array.isArray(items)) return 0;
    let n = 0;
    for (const item of items as { quantity?: unknown }[]) {
      const q = item.quantity;
      if (typeof q === 'number' && Number.isSafeInteger(q) && q > 0 && q <= 100_000) n += q;
    }
    return n;
  } catch {
    return 0;
  }
}

function show(): void {
  const n = packs();
  for (const count of document.querySelectorAll<HTMLElement>('[data-cart-count]')) {
    count.textContent = String(n);
    count.hidden = n === 0;
  }
}

show();
window.addEventListener(CART_EVENT, show);
window.addEventListener('storage', (e) => {
  if (e.key === CART_KEY) show();
});
