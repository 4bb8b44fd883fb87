/** The header's cart link: the number of packs in the cart, kept up to date (`ocop:cart`). */
import { cartCount, onCartChange } from './cart-store.ts';

function show(): void {
  const n = cartCount();
  for (const count of document.querySelectorAll<HTMLElement>('[data-cart-count]')) {
    count.textContent = String(n);
    count.hidden = n === 0;
  }
}

show();
onCartChange(show);
