/**
 * The shortlist page's "Add all to the cart": the first pack of every product shown, from the
 * ordering data (`/du-lieu/dat-hang/p-<xx>.json`); the status line says how many were added
 * and names the products that offer nothing to order.
 */
import { assets } from '../lib/i18n/routes.ts';
import { firstPackItems } from '../lib/order/first-packs.ts';
import type { OrderProduct } from '../lib/order/types.ts';
import { shardKey } from '../lib/shortlist/card.ts';
import { addToCart } from './cart-store.ts';
import { fillIn } from './shortlist-cards.ts';

const box = document.querySelector<HTMLElement>('[data-cart-all]');
const list = document.querySelector<HTMLElement>('[data-items]');

async function loadOrderProducts(codes: readonly string[]): Promise<Map<string, OrderProduct>> {
  const out = new Map<string, OrderProduct>();
  await Promise.all(
    [...new Set(codes.map(shardKey))].map(async (key) => {
      const response = await fetch(assets.orderProducts(key));
      // A shard with no orderable product is not written: a 404 means "nothing to order".
      if (!response.ok) return;
      const shard = (await response.json()) as Record<string, OrderProduct>;
      for (const [code, product] of Object.entries(shard)) out.set(code, product);
    }),
  );
  return out;
}

if (box && list) {
  const button = box.querySelector<HTMLButtonElement>('button')!;
  const status = box.querySelector<HTMLElement>('[role="status"]')!;
  const shownItems = () => [...list.querySelectorAll<HTMLElement>('[data-item][data-code]')];
  const update = () => (box.hidden = shownItems().length === 0);
  new MutationObserver(update).observe(list, { childList: true });
  update();
  const addAll = async () => {
    const shown = shownItems();
    const names = new Map(
      shown.map((li) => [
        li.dataset['code']!,
        li.querySelector('[data-slot="name"]')?.textContent.trim() ?? li.dataset['code']!,
      ]),
    );
    button.disabled = true;
    try {
      const { items, without } = firstPackItems(
        [...names.keys()],
        await loadOrderProducts([...names.keys()]),
      );
      for (const item of items) addToCart(item);
      const parts = [fillIn(box.dataset['added'] ?? '', { n: items.length })];
      if (without.length)
        parts.push(
          fillIn(box.dataset['without'] ?? '', {
            names: without.map((c) => names.get(c)).join(', '),
          }),
        );
      status.textContent = parts.join(' ');
    } catch {
      status.textContent = box.dataset['failed'] ?? '';
    } finally {
      button.disabled = false;
    }
  };
  button.addEventListener('click', () => void addAll());
}
