/**
 * The cart page (`CartPage.astro`). Without `?don=`: the visitor's cart from the store,
 * grouped by producer (`groupCart`) from the ordering shards it needs, editable, with the
 * buyer's details and one send block per producer (its reference kept until it is sent).
 * With `?don=<order>`: exactly that order, read-only, as the link holds it (`decodeOrder`,
 * `linkedOrder`), with what was dropped named as text, and "add these to my cart".
 */
import { displayCode } from '../lib/domain/codes.ts';
import { todayInVietnam } from '../lib/domain/dates.ts';
import { formatVnd } from '../lib/i18n/format.ts';
import type { ClientCartStrings } from '../lib/i18n/ui/cart.ts';
import { buyerProblems } from '../lib/order/buyer-check.ts';
import { linkedOrder } from '../lib/order/linked-order.ts';
import { groupCart, type GroupedCart } from '../lib/order/order-groups.ts';
import { decodeOrder, ORDER_PARAM, type DropReason } from '../lib/order/order-link.ts';
import type { LinkedDropReason } from '../lib/order/linked-order.ts';
import { orderUrl, sendLinks } from '../lib/order/send-links.ts';
import {
  bindBuyerForm,
  focusFirstProblem,
  missingWords,
  readForm,
  showProblems,
} from './cart-buyer.ts';
import { copyText, fillIn, h, pageLocale } from './cart-dom.ts';
import { loadOrderData } from './cart-data.ts';
import { groupCard, type GroupContext } from './cart-groups.ts';
import { forgetReference, referencesFor } from './cart-references.ts';
import { paymentBlock, sendBlock } from './cart-send.ts';
import {
  addToCart,
  onCartChange,
  readCart,
  removeCodes,
  removeItem,
  setQuantity,
} from './cart-store.ts';
import { pluralForm } from '../lib/i18n/plural.ts';

const MAX_STEPPER = 9999;
const root = document.querySelector<HTMLElement>('[data-cart]')!;
const $ = (selector: string) => root.querySelector<HTMLElement>(selector)!;
const locale = pageLocale();
const s = JSON.parse(root.dataset['strings'] ?? '{}') as ClientCartStrings;
const today = todayInVietnam();
const site = root.dataset['site'] ?? location.origin;
const cartPath = root.dataset['cartPath'] ?? location.pathname;
/** The order link sent to a producer opens the Vietnamese cart page: the producer reads it. */
const orderPath = root.dataset['orderPath'] ?? cartPath;
const form = root.querySelector<HTMLFormElement>('[data-buyer]')!;
const ctx: GroupContext = {
  s,
  locale,
  editable: true,
  producerHref: (slug) => (root.dataset['producerHref'] ?? '').replace('{slug}', slug),
  productHref: (code) => (root.dataset['productHref'] ?? '').replace('{code}', code),
};

const say = (text: string) => {
  $('[data-message]').textContent = text;
};

function showDropped(dropped: { reason: DropReason | LinkedDropReason; part: string }[]) {
  const list = $('[data-dropped-list]');
  list.replaceChildren(
    ...dropped.map(({ reason, part }) => {
      const words = fillIn(s.dropReason[reason], { part });
      return h('li', {}, reason === 'too-long' ? words : `“${part}”: ${words}`);
    }),
  );
  $('[data-dropped]').hidden = dropped.length === 0;
}

function finish() {
  $('[data-loading]').hidden = true;
  root.dataset['ready'] = 'true';
}

// ---- The visitor's cart ---------------------------------------------------------------------

let renders = 0;
let shown: GroupedCart | undefined;
let references = new Map<string, string>();

function renderSend() {
  const grouped = shown;
  const container = $('[data-send-groups]');
  if (!grouped) {
    container.replaceChildren();
    return;
  }
  const buyer = readForm(form);
  const missing = missingWords(buyerProblems(buyer), s);
  container.replaceChildren(
    ...grouped.groups
      .filter((g) => g.producer.accepts)
      .map((group) => {
        const reference = references.get(group.producer.code)!;
        const link = orderUrl(site, orderPath, group, reference);
        return sendBlock({
          group,
          reference,
          links: sendLinks(group, reference, buyer, link, locale),
          missing,
          s,
          locale,
        });
      }),
  );
}

async function render() {
  const run = ++renders;
  const cart = readCart();
  if (cart.items.length === 0) {
    shown = undefined;
    references = referencesFor([]);
    $('[data-groups]').replaceChildren();
    $('[data-missing]').hidden = true;
    $('[data-total-box]').hidden = true;
    $('[data-checkout]').hidden = true;
    $('[data-count]').textContent = '';
    $('[data-empty]').hidden = false;
    finish();
    return;
  }
  let grouped: GroupedCart;
  try {
    const lookup = await loadOrderData(cart.items.map((i) => i.code));
    if (run !== renders) return;
    grouped = groupCart(cart.items, lookup, today);
  } catch {
    say(s.loadFailed);
    finish();
    return;
  }
  if (grouped.lowered.length > 0) {
    // Saved, so the message, the order link and the next visit carry what the page shows.
    for (const { item, to } of grouped.lowered) setQuantity(item.code, item.sku, to);
    say(
      grouped.lowered
        .map(({ item, name, to }) =>
          fillIn(s.quantityLowered, {
            name,
            from: item.quantity.toLocaleString(locale),
            to: to.toLocaleString(locale),
          }),
        )
        .join(' '),
    );
  }
  shown = grouped;
  references = referencesFor(grouped.groups.map((g) => g.producer.code));
  const focusKey = (document.activeElement as HTMLElement | null)?.dataset['key'];

  $('[data-empty]').hidden = true;
  $('[data-groups]').replaceChildren(...grouped.groups.map((g) => groupCard(g, ctx)));
  $('[data-missing]').hidden = grouped.missing.length === 0;
  $('[data-missing-list]').replaceChildren(
    ...grouped.missing.map((item) =>
      h(
        'li',
        {
          class: 'flex flex-wrap items-center justify-between gap-2 py-2',
          'data-missing-item': item.code,
        },
        h('span', {}, fillIn(s.missingItem, { code: displayCode(item.code), sku: item.sku })),
        h(
          'button',
          {
            type: 'button',
            class:
              'min-h-11 rounded-md px-3 text-sm font-semibold text-red-800 underline hover:bg-red-50',
            'data-remove-missing': '',
            'data-code': item.code,
            'data-sku': item.sku,
          },
          s.remove,
        ),
      ),
    ),
  );
  $('[data-total-box]').hidden = grouped.groups.length === 0;
  $('[data-total]').textContent = formatVnd(grouped.total, locale);
  const lines = grouped.groups.reduce((n, g) => n + g.lines.length, 0);
  const producers = grouped.groups.length;
  $('[data-count]').textContent = producers
    ? fillIn(s.count, {
        items: fillIn(pluralForm(lines, locale, { one: s.countItem, other: s.countItems }), {
          n: lines,
        }),
        producers: fillIn(
          pluralForm(producers, locale, { one: s.countProducer, other: s.countProducers }),
          { n: producers },
        ),
      })
    : '';
  $('[data-checkout]').hidden =
    grouped.overCeiling || !grouped.groups.some((g) => g.producer.accepts);
  if (grouped.overCeiling) say(s.totalTooLarge);
  else if ($('[data-message]').textContent === s.totalTooLarge) say('');
  renderSend();

  if (focusKey) {
    const again = root.querySelector<HTMLElement>(`[data-key="${CSS.escape(focusKey)}"]`);
    const input = root.querySelector<HTMLElement>(
      `[data-key="${CSS.escape(focusKey.replace(/\.[^.]+$/, '.q'))}"]`,
    );
    if (again && !(again as HTMLButtonElement).disabled) again.focus();
    else (input ?? $('[data-title]')).focus();
  }
  finish();
}

function lineOf(el: Element): { code: string; sku: string; quantity: number } | undefined {
  const li = el.closest<HTMLElement>('[data-line]');
  const code = li?.dataset['code'];
  const sku = li?.dataset['sku'];
  const item = readCart().items.find((i) => i.code === code && i.sku === sku);
  return item;
}

function groupOf(el: Element) {
  const code = el.closest<HTMLElement>('[data-send]')?.dataset['send'];
  const group = shown?.groups.find((g) => g.producer.code === code);
  const reference = code ? references.get(code) : undefined;
  return group && reference ? { group, reference } : undefined;
}

function messageOf(el: Element): string {
  return el.closest('[data-send]')?.querySelector('[data-order-text]')?.textContent ?? '';
}

function blockedByBuyer(event: Event): boolean {
  const problems = showProblems(form, s, true);
  if (!problems.length) return false;
  event.preventDefault();
  focusFirstProblem(form, problems);
  return true;
}

function bindCart() {
  $('[data-title]').tabIndex = -1;
  bindBuyerForm(form, s);
  root.addEventListener('click', (event) => {
    const target = event.target as Element;
    const step = target.closest<HTMLElement>('[data-step]');
    if (step) {
      const item = lineOf(step);
      if (item)
        setQuantity(
          item.code,
          item.sku,
          Math.min(MAX_STEPPER, Math.max(1, item.quantity + Number(step.dataset['step']))),
        );
      return;
    }
    const remove = target.closest('[data-remove]');
    if (remove) {
      const item = lineOf(remove);
      if (item) removeItem(item.code, item.sku);
      return;
    }
    const missing = target.closest<HTMLElement>('[data-remove-missing]');
    if (missing) {
      removeItem(missing.dataset['code'] ?? '', missing.dataset['sku'] ?? '');
      return;
    }
    const channel = target.closest<HTMLAnchorElement>('a[data-channel]');
    if (channel) {
      if (channel.dataset['channel'] === 'call') return;
      if (blockedByBuyer(event)) return;
      if (channel.dataset['channel'] === 'zalo') {
        const found = groupOf(channel);
        void copyText(messageOf(channel)).then((ok) => {
          say(ok && found ? fillIn(s.copiedZalo, { ref: found.reference }) : s.copyFailed);
        });
      }
      return;
    }
    const copy = target.closest('[data-copy]');
    if (copy) {
      if (blockedByBuyer(event)) return;
      const found = groupOf(copy);
      void copyText(messageOf(copy)).then((ok) => {
        say(ok && found ? fillIn(s.copied, { ref: found.reference }) : s.copyFailed);
      });
      return;
    }
    const sent = target.closest('[data-sent]');
    if (sent) {
      const found = groupOf(sent);
      if (!found) return;
      forgetReference(found.group.producer.code);
      removeCodes(new Set(found.group.lines.map((l) => l.item.code)));
      say(fillIn(s.sentDone, { ref: found.reference }));
      $('[data-title]').focus();
    }
  });
  root.addEventListener('change', (event) => {
    const input = (event.target as Element).closest<HTMLInputElement>('[data-quantity]');
    if (!input) return;
    const item = lineOf(input);
    const n = Number(input.value);
    if (!item) return;
    if (Number.isInteger(n) && n >= 1) setQuantity(item.code, item.sku, Math.min(MAX_STEPPER, n));
    else input.value = String(item.quantity);
  });
  onCartChange(() => {
    void render();
  });
  void render();
}

// ---- An order opened from its link ----------------------------------------------------------

async function showLinkedOrder(param: string) {
  $('[data-intro]').hidden = true;
  $('[data-link-bar]').hidden = false;
  const decoded = decodeOrder(param);
  const order = decoded.order;
  if (!order) {
    showDropped(decoded.dropped);
    say(s.linkNoOrder);
    $('[data-action="add-linked"]').hidden = true;
    $('[data-link-intro]').textContent = '';
    finish();
    return;
  }
  $('[data-title]').textContent = fillIn(s.orderTitle, { ref: order.reference });
  document.title = `${fillIn(s.orderTitle, { ref: order.reference })} – ${document.title}`;
  let linked;
  try {
    const lookup = await loadOrderData(
      order.lines.map((l) => l.code),
      [order.producer],
    );
    linked = linkedOrder(order, lookup, today);
  } catch {
    say(s.loadFailed);
    finish();
    return;
  }
  showDropped([...decoded.dropped, ...linked.dropped]);
  const group = linked.group;
  if (!group) {
    say(fillIn(s.linkUnknownProducer, { code: displayCode(order.producer) }));
    $('[data-action="add-linked"]').hidden = true;
    finish();
    return;
  }
  $('[data-link-intro]').textContent = fillIn(s.linkIntro, {
    ref: order.reference,
    producer: group.producer.name,
  });
  if (group.lines.length === 0) {
    say(s.linkEmpty);
    $('[data-action="add-linked"]').hidden = true;
    finish();
    return;
  }
  const payment = paymentBlock(group, order.reference, s, locale);
  const card = groupCard(group, { ...ctx, editable: false });
  if (payment) card.append(h('div', { class: 'border-t border-gray-200 p-4 pt-0' }, payment));
  $('[data-groups]').replaceChildren(card);
  $('[data-action="add-linked"]').addEventListener('click', () => {
    for (const line of group.lines)
      addToCart({ code: line.item.code, sku: line.item.sku, quantity: line.item.quantity });
    location.assign(cartPath);
  });
  finish();
}

const param = new URLSearchParams(location.search).get(ORDER_PARAM);
if (param !== null) void showLinkedOrder(param);
else bindCart();
