/**
 * "Add to cart" forms (`form[data-cart-form]`, see `components/order/`): a pack (`sku`, a radio
 * or a hidden input) and a quantity go into the cart store; the form's status line says what was
 * added and how many items the cart holds. Listens on the document, so forms a script renders
 * later (search results) work too. Without JavaScript the submit buttons stay hidden.
 */
import { addToCart, cartCount } from './cart-store.ts';
import { pageLocale } from './cart-dom.ts';
import { isQuantity } from '../lib/order/money.ts';
import { cartAddedStrings } from '../lib/i18n/ui/cart-added.ts';

const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (m, k: string) => (k in values ? String(values[k]) : m));

/** The full announcement for the product page, a short one for compact forms (`data-compact`). */
const addedTemplate = (compact: boolean) => {
  const words = cartAddedStrings(pageLocale());
  return compact ? words.addedShort : words.added;
};

export function submitCartForm(form: HTMLFormElement): boolean {
  const code = form.dataset['code'] ?? '';
  const fields = new FormData(form);
  const skuField = fields.get('sku');
  const sku = typeof skuField === 'string' ? skuField : '';
  const quantityField = fields.get('quantity');
  const quantity = typeof quantityField === 'string' ? Number(quantityField) : 1;
  const status = form.querySelector<HTMLElement>('[data-cart-status]');
  if (!sku || !isQuantity(quantity)) {
    if (status) status.textContent = form.dataset['invalid'] ?? '';
    return false;
  }
  addToCart({ code, sku, quantity });
  const input = form.querySelector<HTMLInputElement>(`[name="sku"][value="${CSS.escape(sku)}"]`);
  const pack = input?.dataset['pack'] ?? form.dataset['pack'] ?? sku;
  if (status)
    status.textContent = fill(addedTemplate(form.dataset['compact'] !== undefined), {
      quantity,
      pack,
      count: cartCount(),
    });
  return true;
}

function reveal(): void {
  for (const el of document.querySelectorAll<HTMLElement>('[data-cart-submit]')) el.hidden = false;
}

document.addEventListener('submit', (event) => {
  const form = event.target;
  if (!(form instanceof HTMLFormElement) || !form.matches('[data-cart-form]')) return;
  event.preventDefault();
  submitCartForm(form);
});
reveal();
