/**
 * The buyer's details on the cart page: the form is filled from the cart store, every change
 * is kept there (this browser only), and the problems (`buyerProblems`) are shown beside the
 * fields and returned in words for the send blocks ("To send an order, fill in …").
 */
import type { ClientCartStrings as CartStrings } from '../lib/i18n/ui/cart.ts';
import { buyerProblems, type BuyerProblem } from '../lib/order/buyer-check.ts';
import type { Buyer } from '../lib/order/order-message.ts';
import { readCart, saveBuyer } from './cart-store.ts';
import { fillIn } from './cart-dom.ts';

const FIELDS = ['name', 'phone', 'address', 'note'] as const;

export function readForm(form: HTMLFormElement): Buyer {
  const value = (name: string) =>
    (form.elements.namedItem(name) as HTMLInputElement | HTMLTextAreaElement | null)?.value ?? '';
  return {
    name: value('name'),
    phone: value('phone'),
    address: value('address'),
    note: value('note'),
  };
}

/** "To send an order, fill in your name, a phone number." — empty when nothing is missing. */
export function missingWords(problems: readonly BuyerProblem[], s: CartStrings): string {
  const words = problems
    .filter((p) => p !== 'phone-invalid')
    .map((p) => ({ name: s.needName, phone: s.needPhone, address: s.needAddress })[p as 'name']);
  const parts = [
    ...(words.length ? [fillIn(s.missingBefore, { fields: words.join(', ') })] : []),
    ...(problems.includes('phone-invalid') ? [s.badPhone] : []),
  ];
  return parts.join(' ');
}

/** Fills the form from the store and keeps it there (the store announces each change). */
export function bindBuyerForm(form: HTMLFormElement, s: CartStrings): void {
  const buyer = readCart().buyer;
  for (const name of FIELDS) {
    const el = form.elements.namedItem(name) as HTMLInputElement | HTMLTextAreaElement | null;
    if (el) el.value = buyer[name];
  }
  form.addEventListener('submit', (e) => {
    e.preventDefault();
  });
  form.addEventListener('input', () => {
    saveBuyer(readForm(form));
    showProblems(form, s, false);
  });
  // A field is marked only once the buyer has left it (or tried to send).
  form.addEventListener('focusout', () => {
    showProblems(form, s, false);
  });
}

const touched = new Set<string>();

/** Marks the fields with a problem (all of them when `all`), returns the problems. */
export function showProblems(form: HTMLFormElement, s: CartStrings, all: boolean): BuyerProblem[] {
  const problems = buyerProblems(readForm(form));
  for (const name of FIELDS) {
    const el = form.elements.namedItem(name) as HTMLElement | null;
    if (!el) continue;
    if (all || (document.activeElement !== el && (el as HTMLInputElement).value)) touched.add(name);
    const bad = problems.some((p) => p === name || (name === 'phone' && p === 'phone-invalid'));
    if (bad && touched.has(name)) el.setAttribute('aria-invalid', 'true');
    else el.removeAttribute('aria-invalid');
  }
  const phoneError = form.querySelector<HTMLElement>('[data-phone-error]');
  if (phoneError)
    phoneError.textContent =
      problems.includes('phone-invalid') && touched.has('phone') ? s.badPhone : '';
  const status = form.querySelector<HTMLElement>('[data-buyer-status]');
  if (status) {
    status.textContent = problems.length ? (all ? missingWords(problems, s) : '') : s.ready;
    status.className = `text-sm font-semibold ${problems.length ? 'text-amber-900' : 'text-emerald-800'}`;
  }
  return problems;
}

/** Takes the buyer to the first field to fix. */
export function focusFirstProblem(form: HTMLFormElement, problems: readonly BuyerProblem[]): void {
  const first = problems[0];
  if (!first) return;
  const name = first === 'phone-invalid' ? 'phone' : first;
  (form.elements.namedItem(name) as HTMLElement | null)?.focus();
}
