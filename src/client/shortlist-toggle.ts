/**
 * "Add to list / In list ✓" buttons. The page holds only their room (`[data-shortlist-slot]`,
 * see `shortlist-toggle-html.ts`): without JavaScript there is no list to add to, so this
 * writes each button, then keeps it in step with the list and says what a press did.
 */
import { shortlistToggleStrings } from '../lib/i18n/ui/shortlist-toggle.ts';
import { SHORTLIST_MAX } from '../lib/shortlist/code-list.ts';
import { pageLocale } from './cart-dom.ts';
import { onShortlistChange, readShortlist, writeShortlist } from './shortlist-store.ts';

const words = shortlistToggleStrings(pageLocale());

function span(text: string, attributes: Record<string, string> = {}): HTMLSpanElement {
  const element = document.createElement('span');
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.textContent = text;
  return element;
}

/**
 * A card's button is named after its product for screen readers ("Add to list – Tea"), from
 * the card's heading, in the language the heading is in.
 */
function productName(slot: HTMLElement): HTMLSpanElement | null {
  const heading = slot.closest('[data-product]')?.querySelector<HTMLElement>('.card-link > span');
  const name = heading?.textContent.trim();
  if (!heading || !name) return null;
  const lang = heading.closest<HTMLElement>('[lang]')?.lang;
  return span(` – ${name}`, { class: 'sr-only', ...(lang ? { lang } : {}) });
}

/** Writes a slot's button and status line; the button. */
function writeToggle(slot: HTMLElement): HTMLButtonElement {
  const small = slot.classList.contains('list-toggle-box-sm');
  const button = document.createElement('button');
  button.type = 'button';
  button.className = `list-toggle ${small ? 'min-h-9 px-2 text-sm' : 'min-h-11 px-3'}`;
  button.dataset['shortlistToggle'] = '';
  button.dataset['code'] = slot.dataset['code'] ?? '';
  const name = small ? productName(slot) : null;
  const out = span('', { 'data-when': 'out' });
  out.append(span('+ ', { 'aria-hidden': 'true' }), words.add);
  const inList = span(words.inList, { 'data-when': 'in' });
  inList.hidden = true;
  if (name) {
    out.append(name);
    inList.append(name.cloneNode(true));
  }
  button.append(out, inList);
  slot.append(button, span('', { role: 'status', class: 'sr-only', 'data-shortlist-status': '' }));
  return button;
}

const buttons = [...document.querySelectorAll<HTMLElement>('[data-shortlist-slot]')].map(
  writeToggle,
);

function show(codes: readonly string[]): void {
  for (const button of buttons) {
    const inList = codes.includes(button.dataset['code'] ?? '');
    button.dataset['inList'] = String(inList);
    for (const label of button.querySelectorAll<HTMLElement>('[data-when]'))
      label.hidden = label.dataset['when'] !== (inList ? 'in' : 'out');
  }
}

function announce(button: HTMLElement, key: 'added' | 'removed' | 'full'): void {
  const status = button.parentElement?.querySelector<HTMLElement>('[data-shortlist-status]');
  if (status) status.textContent = words[key].replace('{max}', String(SHORTLIST_MAX));
}

for (const button of buttons) {
  button.addEventListener('click', () => {
    const code = button.dataset['code'] ?? '';
    const codes = readShortlist();
    if (codes.includes(code)) {
      writeShortlist(codes.filter((c) => c !== code));
      announce(button, 'removed');
    } else if (codes.length >= SHORTLIST_MAX) {
      announce(button, 'full');
    } else {
      writeShortlist([...codes, code]);
      announce(button, 'added');
    }
  });
}
show(readShortlist());
onShortlistChange(show);
