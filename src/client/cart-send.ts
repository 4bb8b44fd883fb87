/**
 * Sending one producer's order and paying for it: the buttons of the channels the producer
 * published (Zalo opens the chat and copies the message, SMS and e-mail carry it, a call
 * needs none), "copy the order", the message itself, and the VietQR code of the order's
 * subtotal with the reference as the transfer note — with the sample-data warning drawn
 * inside the code's image when the account is sample data.
 */
import { formatVnd } from '../lib/i18n/format.ts';
import type { Locale } from '../lib/i18n/locales.ts';
import type { ClientCartStrings as CartStrings } from '../lib/i18n/ui/cart.ts';
import type { ProducerGroup } from '../lib/order/order-groups.ts';
import type { SendLinks } from '../lib/order/send-links.ts';
import { fillIn, h } from './cart-dom.ts';

const button =
  'inline-flex min-h-11 items-center justify-center gap-2 rounded-lg px-3 py-1 text-center text-sm font-semibold leading-tight no-underline';
const CHANNEL_CLASS = {
  zalo: `${button} bg-[#0068ff] text-white hover:bg-[#0052cc] hover:text-white`,
  sms: `${button} bg-brand-700 text-white hover:bg-brand-800 hover:text-white`,
  email: `${button} bg-brand-700 text-white hover:bg-brand-800 hover:text-white`,
  call: `${button} border border-brand-600 bg-white text-brand-800 hover:bg-brand-50`,
} as const;
const secondary = `${button} border border-gray-300 bg-white text-gray-900 hover:bg-gray-50`;

/** The VietQR of a group: undefined when the producer published no account. */
export function paymentBlock(
  group: ProducerGroup,
  reference: string,
  s: CartStrings,
  locale: Locale,
): HTMLElement | undefined {
  const bank = group.producer.bank;
  if (!bank || group.subtotal <= 0) return undefined;
  const figure = h('div', {
    class:
      'mx-auto w-64 max-w-full shrink-0 rounded-lg border border-gray-200 bg-white p-2 [&>svg]:block [&>svg]:h-auto [&>svg]:w-full',
    'data-vietqr': '',
    tabindex: '-1',
  });
  const block = h('section', {
    class: 'mt-4 rounded-lg border border-gray-200 bg-gray-50 p-4',
    'data-payment': '',
  });
  // The code is drawn when asked for (one pays once the producer has confirmed), so the
  // encoder and the payment library (8 KB) load only then, not with the page.
  const show = h(
    'button',
    { type: 'button', class: `${secondary} w-full`, 'data-vietqr-show': '' },
    s.qrShow,
  );
  show.addEventListener('click', () => {
    show.disabled = true;
    void import('./cart-vietqr.ts').then(({ drawVietQr }) => {
      show.remove();
      const drawn = drawVietQr(
        figure,
        {
          bin: bank.bin,
          accountNumber: bank.accountNumber,
          amount: group.subtotal,
          note: reference,
        },
        {
          title: fillIn(s.qrLabel, { ref: reference }),
          ...(group.producer.sample ? { warning: s.qrSample } : {}),
        },
      );
      if (!drawn) block.remove();
      else figure.focus();
    });
  });
  figure.append(show);
  const row = (term: string, value: string, data?: string) =>
    h(
      'div',
      { class: 'flex justify-between gap-3 border-b border-gray-100 py-1 last:border-0' },
      h('dt', { class: 'text-muted' }, term),
      h('dd', { class: 'text-right font-semibold', ...(data ? { [data]: '' } : {}) }, value),
    );
  block.append(
    h('h4', { class: 'font-semibold' }, s.qrTitle),
    ...(group.producer.sample
      ? [
          h(
            'p',
            {
              class:
                'mt-1 rounded border border-red-700 bg-red-50 p-2 text-sm font-semibold text-red-900',
              'data-sample-note': '',
            },
            s.qrSampleNote,
          ),
        ]
      : []),
    h(
      'div',
      { class: 'mt-3 flex flex-col gap-4 sm:flex-row sm:items-start' },
      figure,
      h(
        'div',
        { class: 'min-w-0 flex-1' },
        h(
          'dl',
          { class: 'text-sm' },
          row(s.bank, bank.bankName),
          row(s.accountNumber, bank.accountNumber),
          row(s.accountName, bank.accountName),
          row(s.amount, formatVnd(group.subtotal, locale), 'data-qr-amount'),
          row(s.transferNote, reference),
        ),
        h('p', { class: 'mt-2 text-sm text-muted' }, s.qrReference),
      ),
    ),
  );
  return block;
}

const messageText =
  'mt-2 max-h-72 overflow-auto rounded bg-gray-50 p-3 font-sans whitespace-pre-wrap';

/**
 * "See the message": the text as sent (Vietnamese, marked so), and on an English page the
 * same order in English under it, said to be for the buyer only.
 */
function messageBlock(links: SendLinks, s: CartStrings): HTMLElement {
  const english = links.messageInEnglish;
  return h(
    'details',
    { class: 'mt-3 text-sm' },
    h('summary', { class: 'cursor-pointer font-semibold text-brand-800' }, s.showMessage),
    english ? h('p', { class: 'mt-2 font-semibold' }, s.messageSentInVietnamese) : null,
    // Focusable: a long message scrolls, and a keyboard must reach it (axe scrollable-region).
    h(
      'pre',
      { class: messageText, lang: 'vi', tabindex: '0', 'data-order-text': '' },
      links.message,
    ),
    ...(english
      ? [
          h('p', { class: 'mt-3 font-semibold' }, s.messageInEnglish),
          h('pre', { class: messageText, tabindex: '0', 'data-order-text-en': '' }, english),
        ]
      : []),
  );
}

export interface SendBlockOptions {
  group: ProducerGroup;
  reference: string;
  links: SendLinks;
  /** What the buyer still has to fill in, as words; empty when ready. */
  missing: string;
  s: CartStrings;
  locale: Locale;
}

export function sendBlock(o: SendBlockOptions): HTMLElement {
  const { group, reference, links, s, locale } = o;
  const ready = !o.missing;
  const channel = (kind: keyof typeof CHANNEL_CLASS, href: string | undefined, label: string) =>
    href
      ? h(
          'a',
          {
            href,
            class: CHANNEL_CLASS[kind],
            'data-channel': kind,
            ...(kind === 'zalo' ? { target: '_blank', rel: 'noopener' } : {}),
            ...(ready || kind === 'call' ? {} : { 'aria-disabled': 'true' }),
          },
          label,
        )
      : null;
  const channels = [
    channel('zalo', links.zalo, s.sendZalo),
    channel('sms', links.sms, s.sendSms),
    channel('email', links.email, s.sendEmail),
    channel('call', links.call, s.call),
  ].filter((c) => c !== null);
  return h(
    'section',
    {
      class: 'rounded-xl border border-gray-200 bg-white p-4 shadow-sm',
      'data-send': group.producer.code,
      'data-reference': reference,
      'aria-labelledby': `gui-${group.producer.code}`,
    },
    h(
      'h3',
      { id: `gui-${group.producer.code}`, class: 'text-base leading-snug' },
      group.producer.name,
    ),
    h(
      'p',
      { class: 'mt-1 flex flex-wrap justify-between gap-x-3 text-sm' },
      h(
        'span',
        {},
        `${s.reference}: `,
        h('strong', { class: 'font-mono', 'data-ref': '' }, reference),
      ),
      h('span', { class: 'font-semibold tabular-nums' }, formatVnd(group.subtotal, locale)),
    ),
    ready
      ? null
      : h(
          'p',
          {
            class:
              'mt-3 rounded border border-amber-600 bg-amber-50 p-2 text-sm font-semibold text-amber-900',
            'data-send-missing': '',
          },
          o.missing,
        ),
    channels.length
      ? h('div', { class: 'mt-3 grid grid-cols-2 gap-2' }, ...channels)
      : h('p', { class: 'mt-3 text-sm' }, s.noChannels),
    h(
      'button',
      {
        type: 'button',
        class: `${secondary} mt-2 w-full`,
        'data-copy': '',
        ...(ready ? {} : { 'aria-disabled': 'true' }),
      },
      s.copyMessage,
    ),
    messageBlock(links, s),
    paymentBlock(group, reference, s, locale),
    h(
      'button',
      {
        type: 'button',
        class:
          'mt-3 min-h-11 w-full rounded-md text-sm font-semibold text-brand-800 underline hover:bg-brand-50',
        'data-sent': '',
      },
      s.sent,
    ),
  );
}
