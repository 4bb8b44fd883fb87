/**
 * One producer's part of the cart (or of an opened order link), drawn as a card: the
 * producer and its terms (where it ships, lead time, payment, minimum order), each line with
 * name, code, pack, certificate status in words, unit price (wholesale tier named) and line
 * total, and the subtotal. Editable in the cart (quantity stepper, remove); read-only for an
 * order link, where today's price is noted when it differs from the link's.
 */
import { displayCode } from '../lib/domain/codes.ts';
import { formatVnd } from '../lib/i18n/format.ts';
import { localized } from '../lib/i18n/localized.ts';
import type { Locale } from '../lib/i18n/locales.ts';
import { statusPhrase, starsPhrase } from '../lib/i18n/standing-words.ts';
import type { ClientCartStrings as CartStrings } from '../lib/i18n/ui/cart.ts';
import type { LinkedLine } from '../lib/order/linked-order.ts';
import type { PricedLine, ProducerGroup } from '../lib/order/order-groups.ts';
import { packLabel } from '../lib/order/pack-label.ts';
import type { OrderProducer } from '../lib/order/types.ts';
import { parseVietnamesePhone, formatPhone } from '../lib/domain/phone.ts';
import { fillIn, h } from './cart-dom.ts';

export interface GroupContext {
  s: CartStrings;
  locale: Locale;
  producerHref: (slug: string) => string;
  productHref: (code: string) => string;
  /** Editable cart lines (stepper, remove); false for an order link. */
  editable: boolean;
}

const STATUS_CLASS = {
  valid: 'border-emerald-700 bg-emerald-50 text-emerald-900',
  expiring: 'border-amber-600 bg-amber-50 text-amber-900',
  expired: 'border-red-700 bg-red-50 text-red-900',
  revoked: 'border-red-700 bg-red-50 text-red-900',
} as const;

const stepButton =
  'inline-flex size-11 items-center justify-center rounded-md border border-gray-300 bg-white text-xl font-semibold text-brand-800 hover:bg-brand-50 disabled:opacity-40';

const nameOf = (line: PricedLine, locale: Locale) =>
  localized(line.product.name, line.product.nameEn, locale).text;
/** `lang="vi"` for a Vietnamese name or pack shown on an English page (no English given). */
const marked = (vi: string, en: string | undefined, locale: Locale) =>
  localized(vi, en, locale).fallback ? { lang: 'vi' } : {};

/** The certificate in words: stars only beside a certificate in force. */
function statusLine(line: PricedLine, locale: Locale): HTMLElement {
  const { state } = line.status;
  const text =
    state === 'valid' || state === 'expiring'
      ? `${starsPhrase(line.product.stars, locale)} · ${statusPhrase(line.status, locale)}`
      : statusPhrase(line.status, locale);
  return h(
    'p',
    {
      class: `mt-1 inline-block rounded border px-2 py-0.5 text-xs font-semibold ${STATUS_CLASS[state]}`,
      'data-status': state,
    },
    text,
  );
}

function stepper(line: PricedLine, ctx: GroupContext): HTMLElement {
  const name = nameOf(line, ctx.locale);
  const key = `${line.item.code}.${line.item.sku}`;
  const input = h('input', {
    type: 'number',
    inputmode: 'numeric',
    min: '1',
    max: '9999',
    step: '1',
    value: String(line.item.quantity),
    'aria-label': fillIn(ctx.s.quantityOf, { name }),
    'data-quantity': '',
    'data-key': `${key}.q`,
    class:
      'h-11 w-16 rounded-md border border-gray-300 text-center font-semibold tabular-nums [appearance:textfield]',
  });
  const minus = h(
    'button',
    {
      type: 'button',
      class: stepButton,
      'data-step': '-1',
      'data-key': `${key}.-`,
      'aria-label': fillIn(ctx.s.decrease, { name }),
      disabled: line.item.quantity <= 1,
    },
    '−',
  );
  const plus = h(
    'button',
    {
      type: 'button',
      class: stepButton,
      'data-step': '1',
      'data-key': `${key}.+`,
      'aria-label': fillIn(ctx.s.increase, { name }),
      disabled: line.item.quantity >= 9999,
    },
    '+',
  );
  return h(
    'div',
    { class: 'flex items-center gap-1', role: 'group', 'aria-label': ctx.s.quantity },
    minus,
    input,
    plus,
  );
}

function priceText(line: PricedLine, ctx: GroupContext): string {
  const unit = `${line.item.quantity} × ${formatVnd(line.unitPrice, ctx.locale)}`;
  return line.tier
    ? `${unit} (${fillIn(ctx.s.wholesaleFrom, { n: line.tier.minQuantity })})`
    : unit;
}

function lineItem(line: PricedLine | LinkedLine, ctx: GroupContext): HTMLLIElement {
  const { s, locale } = ctx;
  const name = nameOf(line, locale);
  const notes: HTMLElement[] = [];
  if (line.belowMinQuantity && line.product.minOrderQuantity)
    notes.push(
      h(
        'p',
        { class: 'text-sm text-amber-900' },
        fillIn(s.belowMinQuantity, { n: line.product.minOrderQuantity }),
      ),
    );
  if (line.outOfSeason) notes.push(h('p', { class: 'text-sm text-amber-900' }, s.outOfSeason));
  if ('priceNow' in line && line.priceNow !== line.unitPrice)
    notes.push(
      h(
        'p',
        { class: 'text-sm text-amber-900', 'data-price-now': '' },
        fillIn(s.priceNow, { price: formatVnd(line.priceNow, locale) }),
      ),
    );
  const controls = ctx.editable
    ? h(
        'div',
        { class: 'mt-3 flex flex-wrap items-center justify-between gap-2' },
        stepper(line, ctx),
        h(
          'button',
          {
            type: 'button',
            'data-remove': '',
            'data-key': `${line.item.code}.${line.item.sku}.x`,
            'aria-label': fillIn(s.removeLabel, { name }),
            class:
              'min-h-11 rounded-md px-3 text-sm font-semibold text-red-800 underline hover:bg-red-50',
          },
          s.remove,
        ),
      )
    : null;
  return h(
    'li',
    { class: 'p-4', 'data-line': '', 'data-code': line.item.code, 'data-sku': line.item.sku },
    h(
      'div',
      { class: 'flex items-start justify-between gap-3' },
      h(
        'div',
        { class: 'min-w-0' },
        h(
          'a',
          {
            href: ctx.productHref(line.product.code),
            class: 'font-semibold leading-snug',
            'data-name': '',
            ...marked(line.product.name, line.product.nameEn, locale),
          },
          name,
        ),
        h(
          'p',
          { class: 'text-sm text-muted' },
          h(
            'span',
            marked(line.offer.pack, line.offer.packEn, locale),
            packLabel(line.offer, locale),
          ),
          ` · ${s.code} ${displayCode(line.product.code)}`,
        ),
        h(
          'p',
          { class: 'text-sm text-muted tabular-nums', 'data-unit-price': '' },
          priceText(line, ctx),
        ),
        statusLine(line, locale),
      ),
      h(
        'div',
        { class: 'shrink-0 text-right' },
        h(
          'p',
          { class: 'font-semibold tabular-nums', 'data-line-total': '' },
          formatVnd(line.total, locale),
        ),
      ),
    ),
    ...notes,
    controls,
  );
}

/** Where it ships, how soon, how one pays: words for the terms the producer published. */
export function termsList(producer: OrderProducer, ctx: GroupContext): HTMLElement {
  const { s } = ctx;
  const items: string[] = [];
  if (producer.shipsTo === 'nationwide') items.push(s.shipsNationwide);
  else if (producer.shipsToNames?.length)
    items.push(fillIn(s.shipsTo, { places: producer.shipsToNames.join(', ') }));
  const lead = producer.leadTimeDays;
  if (lead)
    items.push(
      lead.min === lead.max
        ? fillIn(s.leadTimeOne, { n: lead.min })
        : fillIn(s.leadTime, { min: lead.min, max: lead.max }),
    );
  const methods = [producer.cashOnDelivery ? s.cod : '', producer.bank ? s.transfer : ''].filter(
    Boolean,
  );
  items.push(fillIn(s.payment, { methods: methods.length ? methods.join(', ') : s.paymentAsk }));
  return h(
    'ul',
    { class: 'mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm text-muted', 'data-terms': '' },
    ...items.map((t) => h('li', {}, t)),
  );
}

/** How to reach a producer that takes no orders here. */
function contactInstead(producer: OrderProducer, ctx: GroupContext): HTMLElement {
  const { s } = ctx;
  const phone = producer.phone ? parseVietnamesePhone(producer.phone) : undefined;
  const zalo = producer.zalo ? parseVietnamesePhone(producer.zalo) : undefined;
  const links: HTMLElement[] = [];
  if (phone)
    links.push(
      h('a', { href: `tel:${phone.e164}` }, fillIn(s.callNumber, { phone: formatPhone(phone) })),
    );
  if (zalo?.kind === 'mobile')
    links.push(
      h(
        'a',
        { href: `https://zalo.me/${zalo.national}`, target: '_blank', rel: 'noopener' },
        fillIn(s.zaloNumber, { phone: formatPhone(zalo) }),
      ),
    );
  if (producer.email)
    links.push(
      h('a', { href: `mailto:${producer.email}` }, fillIn(s.emailTo, { email: producer.email })),
    );
  links.push(h('a', { href: ctx.producerHref(producer.slug) }, s.producerPage));
  return h(
    'div',
    { class: 'border-t border-amber-300 bg-amber-50 p-4', 'data-no-orders': '' },
    h('p', {}, s.noOrders),
    h('ul', { class: 'mt-2 flex flex-wrap gap-x-4 gap-y-2' }, ...links.map((a) => h('li', {}, a))),
    !phone && !producer.email ? h('p', { class: 'mt-2 text-sm' }, s.noContact) : null,
  );
}

export function minimumText(group: ProducerGroup, ctx: GroupContext): string | undefined {
  const min = group.producer.minOrderValue;
  if (min === undefined) return undefined;
  return group.minimumMet
    ? fillIn(ctx.s.minimumMet, { min: formatVnd(min, ctx.locale) })
    : fillIn(ctx.s.minimumMissing, {
        min: formatVnd(min, ctx.locale),
        missing: formatVnd(min - group.subtotal, ctx.locale),
      });
}

export function groupCard(group: ProducerGroup, ctx: GroupContext): HTMLElement {
  const { s, locale } = ctx;
  const { producer } = group;
  const headingId = `nha-sx-${producer.code}`;
  const minimum = minimumText(group, ctx);
  return h(
    'section',
    {
      class: 'overflow-hidden rounded-xl border border-gray-200 bg-white shadow-sm',
      'aria-labelledby': headingId,
      'data-group': producer.code,
    },
    h(
      'header',
      { class: 'border-b border-gray-200 bg-brand-50/40 p-4' },
      h(
        'h2',
        { id: headingId, class: 'text-lg leading-snug' },
        h('a', { href: ctx.producerHref(producer.slug) }, producer.name),
      ),
      h(
        'p',
        { class: 'text-sm text-muted' },
        fillIn(s.producerCode, { code: displayCode(producer.code) }),
      ),
      termsList(producer, ctx),
    ),
    h('ul', { class: 'divide-y divide-gray-200' }, ...group.lines.map((l) => lineItem(l, ctx))),
    h(
      'div',
      { class: 'border-t border-gray-200 p-4' },
      h(
        'p',
        { class: 'flex items-baseline justify-between gap-3' },
        h('span', { class: 'font-semibold' }, s.subtotal),
        h(
          'span',
          { class: 'text-lg font-bold tabular-nums', 'data-subtotal': '' },
          formatVnd(group.subtotal, locale),
        ),
      ),
      minimum
        ? h(
            'p',
            {
              class: `mt-1 text-sm ${group.minimumMet ? 'text-emerald-800' : 'font-semibold text-amber-900'}`,
              'data-minimum': group.minimumMet ? 'met' : 'missing',
            },
            minimum,
          )
        : null,
    ),
    producer.accepts ? null : contactInstead(producer, ctx),
  );
}
