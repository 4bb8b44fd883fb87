/**
 * The wholesale inquiry page (`WholesaleInquiryPage.astro`): reads the products to ask about
 * (`?cs=<producer>`, else `?sp=<codes>`, else the visitor's shortlist), groups them by producer,
 * and keeps the buyer's details and quantities in this browser. Each producer's request gets a
 * reference and is sent through the channels the producer published — Zalo (opens the chat;
 * the message is copied, since Zalo cannot prefill one), SMS, e-mail with a subject, a call —
 * with the message from `lib/order/inquiry-message.ts`; the A4 sheets are redrawn on each change.
 */
import { displayCode, normaliseCode } from '../lib/domain/codes.ts';
import { todayInVietnam } from '../lib/domain/dates.ts';
import { formatPhone, parseVietnamesePhone } from '../lib/domain/phone.ts';
import { formatVnd } from '../lib/i18n/format.ts';
import type { InquiryStrings } from '../lib/i18n/ui/inquiry.ts';
import { mailtoLink, smsLink, telLink, zaloLink } from '../lib/order/channels.ts';
import {
  askedPacks,
  buyerProblems,
  groupInquiry,
  newInquiryReference,
  packKey,
  type InquiryBuyer,
  type InquiryGroup,
  type InquiryLookup,
} from '../lib/order/inquiry.ts';
import { inquiryMessage, inquirySubject, producerInquiry } from '../lib/order/inquiry-message.ts';
import {
  leadTimePhrase,
  packName,
  paymentPhrase,
  productName,
  reachedPhrase,
  seasonPhrase,
  shipsToPhrase,
  standingWords,
  tiersPhrase,
} from '../lib/order/inquiry-words.ts';
import { isQuantity } from '../lib/order/money.ts';
import { cloneTemplate, fillIn, fillSlots, pageCodes, pageLocale } from './shortlist-cards.ts';
import { loadInquiryData, producerProductCodes } from './inquiry-data.ts';
import { drawSheet } from './inquiry-sheet.ts';
import { readInquiry, writeInquiry } from './inquiry-store.ts';

type Strings = Pick<
  InquiryStrings,
  | 'missing'
  | 'invalid'
  | 'summary'
  | 'problems'
  | 'needBuyer'
  | 'needQuantity'
  | 'noMinimum'
  | 'sendTitle'
  | 'call'
  | 'zaloCopied'
  | 'copied'
  | 'copyFailed'
  | 'quantityLabel'
>;

const root = document.querySelector<HTMLElement>('[data-inquiry]')!;
const s = JSON.parse(root.dataset['strings'] ?? '{}') as Strings;
const $ = (sel: string, from: ParentNode = root): HTMLElement =>
  from.querySelector<HTMLElement>(sel)!;
const form = $('form[data-buyer]') as HTMLFormElement;
const locale = pageLocale();
const today = todayInVietnam();
const provinces = [...form.querySelectorAll('option')].map((o) => o.value).filter(Boolean);
const BUYER_FIELDS = ['business', 'contact', 'phone', 'email', 'province', 'wantedBy', 'note'];

let stored = readInquiry();
let codes: string[] = [];
let lookup: InquiryLookup = { product: () => undefined, producer: () => undefined };
/** Each group's section on screen, by producer code. */
const sections = new Map<string, HTMLElement>();
/** The message each producer would be sent, by producer code. */
const messages = new Map<string, string>();

const field = (name: string) =>
  form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

function say(message: string) {
  $('[data-message]').textContent = message;
}

async function codesToAsk(): Promise<{ codes: string[]; invalid: string[] }> {
  const cs = new URLSearchParams(location.search).get('cs');
  if (cs !== null) {
    const producer = normaliseCode(cs);
    return producer
      ? { codes: await producerProductCodes(producer), invalid: [] }
      : { codes: [], invalid: [cs] };
  }
  const list = pageCodes();
  return { codes: list.codes, invalid: list.invalid };
}

function currentGroups(): InquiryGroup[] {
  return groupInquiry(codes, lookup, stored.quantities, today).groups;
}

function reference(producerCode: string): string {
  let ref = stored.references[producerCode];
  if (!ref) {
    ref = newInquiryReference();
    stored = { ...stored, references: { ...stored.references, [producerCode]: ref } };
    writeInquiry(stored);
  }
  return ref;
}

function drawGroup(group: InquiryGroup): DocumentFragment {
  const { producer } = group;
  const fragment = cloneTemplate('[data-group-template]');
  const section = $('[data-group]', fragment);
  section.dataset['producer'] = producer.code;
  const name = $('[data-slot="producer"]', section) as HTMLAnchorElement;
  name.href = (root.dataset['producerHref'] ?? '').replace('{slug}', producer.slug);
  fillSlots(section, {
    producer: producer.name,
    'min-order':
      producer.minOrderValue !== undefined
        ? formatVnd(producer.minOrderValue, locale)
        : s.noMinimum,
    'ships-to': shipsToPhrase(producer, locale) ?? '–',
    'lead-time': leadTimePhrase(producer, locale) ?? '–',
    payment: paymentPhrase(producer, locale),
    'send-title': fillIn(s.sendTitle, { producer: producer.name }),
  });
  $('[data-sample]', section).hidden = !producer.sample;
  $('[data-not-accepting]', section).hidden = producer.accepts;
  const list = $('[data-products]', section);
  for (const item of group.products) {
    const { product } = item;
    const li = cloneTemplate('[data-product-template]');
    const season = seasonPhrase(product, locale);
    fillSlots(li, {
      name: productName(product, locale),
      code: displayCode(product.code),
      status: standingWords(product, item.status, locale),
      moq: String(product.minOrderQuantity ?? ''),
      season: season ?? '',
    });
    ($('[data-slot="name"]', li) as HTMLAnchorElement).href = (
      root.dataset['productHref'] ?? ''
    ).replace('{code}', product.code);
    $('[data-moq]', li).hidden = !product.minOrderQuantity;
    $('[data-season]', li).hidden = !season;
    const packs = $('[data-packs]', li);
    for (const pack of item.packs) {
      const row = cloneTemplate('[data-pack-template]');
      const key = packKey(product.code, pack.offer.sku);
      fillSlots(row, {
        pack: packName(pack.offer, locale),
        price: formatVnd(pack.offer.price, locale),
        tiers: tiersPhrase(pack.offer, locale),
        'quantity-label': fillIn(s.quantityLabel, {
          pack: packName(pack.offer, locale),
          name: productName(product, locale),
        }),
      });
      $('[data-pack]', row).dataset['key'] = key;
      const input = $('[data-quantity]', row) as HTMLInputElement;
      input.name = `q-${key}`;
      if (pack.quantity) input.value = String(pack.quantity);
      packs.append(row);
    }
    list.append(li);
  }
  return fragment;
}

function setLink(a: HTMLAnchorElement, url: string | undefined, blocked: boolean) {
  a.parentElement!.hidden = !url;
  if (url && !blocked) {
    a.href = url;
    a.removeAttribute('aria-disabled');
  } else {
    a.removeAttribute('href');
    a.setAttribute('aria-disabled', 'true');
  }
}

function updateGroup(group: InquiryGroup, buyer: InquiryBuyer, problems: string[]) {
  const section = sections.get(group.producer.code);
  if (!section) return;
  const { producer } = group;
  for (const item of group.products)
    for (const pack of item.packs) {
      const row = section.querySelector<HTMLElement>(
        `[data-pack][data-key="${packKey(item.product.code, pack.offer.sku)}"]`,
      );
      if (row) fillSlots(row, { reached: pack.quantity ? reachedPhrase(pack, locale) : '' });
    }
  const ref = reference(producer.code);
  // Sent in Vietnamese, the producer's language; an English page shows the English beside it.
  const message = producerInquiry(ref, group, buyer, locale);
  const inEnglish = locale === 'en' ? inquiryMessage(ref, group, buyer, 'en') : '';
  const asked = askedPacks(group).length > 0;
  const blocked = problems.length
    ? fillIn(s.needBuyer, { fields: problems.join(', ') })
    : asked
      ? ''
      : s.needQuantity;
  fillSlots(section, { reference: ref, message, 'message-en': inEnglish });
  $('[data-blocked]', section).textContent = blocked;
  messages.set(producer.code, message);
  const phone = producer.phone ?? producer.zalo;
  const mobile = [producer.phone, producer.zalo].find(
    (p) => p && parseVietnamesePhone(p)?.kind === 'mobile',
  );
  const zalo = producer.zalo ? zaloLink(producer.zalo) : undefined;
  const link = (channel: string) => $(`[data-channel="${channel}"]`, section) as HTMLAnchorElement;
  setLink(link('zalo'), zalo, Boolean(blocked));
  setLink(link('sms'), mobile ? smsLink(mobile, message) : undefined, Boolean(blocked));
  setLink(
    link('email'),
    producer.email
      ? mailtoLink(producer.email, inquirySubject(ref, group, 'vi'), message)
      : undefined,
    Boolean(blocked),
  );
  const parsed = phone ? parseVietnamesePhone(phone) : undefined;
  link('call').textContent = fillIn(s.call, { phone: parsed ? formatPhone(parsed) : '' });
  setLink(link('call'), phone ? telLink(phone) : undefined, false);
  ($('[data-action="copy"]', section) as HTMLButtonElement).disabled = Boolean(blocked);
  $('[data-zalo-hint]', section).hidden = !zalo;
  $('[data-no-channel]', section).hidden = Boolean(phone ?? producer.email);
}

function refresh() {
  const groups = currentGroups();
  const buyer = stored.buyer;
  const problems = buyerProblems(buyer, today, provinces).map((p) => s.problems[p]);
  for (const name of ['phone', 'email', 'wantedBy']) {
    const el = field(name);
    const bad = el.value !== '' && buyerProblems(buyer, today, provinces).includes(name as never);
    el.toggleAttribute('aria-invalid', bad);
  }
  for (const group of groups) updateGroup(group, buyer, problems);
  const context = {
    locale,
    today,
    site: root.dataset['site'] ?? '',
    buyer,
    noMinimum: s.noMinimum,
  };
  $('[data-sheets]').replaceChildren(
    ...groups.map((g) => drawSheet(g, reference(g.producer.code), context)),
  );
}

function readForm() {
  const buyer = { ...stored.buyer };
  for (const name of BUYER_FIELDS) buyer[name as keyof InquiryBuyer] = field(name).value;
  stored = { ...stored, buyer };
  writeInquiry(stored);
  refresh();
}

function showProblems(missing: string[], invalid: string[]) {
  const items: HTMLLIElement[] = [];
  const add = (text: string) => {
    const li = document.createElement('li');
    li.className = 'rounded-lg border border-amber-600 bg-amber-50 p-3';
    li.textContent = text;
    items.push(li);
  };
  if (missing.length)
    add(fillIn(s.missing, { n: missing.length, codes: missing.map(displayCode).join(', ') }));
  if (invalid.length) add(fillIn(s.invalid, { n: invalid.length, codes: invalid.join(', ') }));
  $('[data-problems]').replaceChildren(...items);
}

async function start() {
  for (const name of BUYER_FIELDS) field(name).value = stored.buyer[name as keyof InquiryBuyer];
  field('wantedBy').setAttribute('min', today);
  const asked = await codesToAsk();
  lookup = await loadInquiryData(asked.codes);
  codes = asked.codes;
  const { groups, missing } = groupInquiry(codes, lookup, stored.quantities, today);
  codes = codes.filter((c) => !missing.includes(c));
  showProblems(missing, asked.invalid);
  const container = $('[data-groups]');
  container.replaceChildren(...groups.map(drawGroup));
  for (const section of container.querySelectorAll<HTMLElement>('[data-group]'))
    sections.set(section.dataset['producer'] ?? '', section);
  const products = groups.reduce((n, g) => n + g.products.length, 0);
  $('[data-summary]').textContent = products
    ? fillIn(s.summary, { products, producers: groups.length })
    : '';
  $('[data-nothing]').hidden = products > 0;
  $('[data-print-tools]').hidden = products === 0;
  refresh();
  root.dataset['ready'] = 'true';
}

form.addEventListener('input', readForm);
form.addEventListener('submit', (e) => {
  e.preventDefault();
});

$('[data-groups]').addEventListener('input', (event) => {
  const input = event.target as HTMLInputElement;
  const key = input.closest<HTMLElement>('[data-pack]')?.dataset['key'];
  if (!key) return;
  const n = Number(input.value);
  const quantities = Object.fromEntries(
    Object.entries(stored.quantities).filter(([k]) => k !== key),
  );
  if (input.value !== '' && isQuantity(n)) quantities[key] = n;
  stored = { ...stored, quantities };
  writeInquiry(stored);
  refresh();
});

async function copy(section: HTMLElement, done: string) {
  try {
    await navigator.clipboard.writeText(messages.get(section.dataset['producer'] ?? '') ?? '');
    say(done);
  } catch {
    say(s.copyFailed);
  }
}

$('[data-groups]').addEventListener('click', (event) => {
  const target = (event.target as HTMLElement).closest<HTMLElement>(
    '[data-channel="zalo"], [data-action="copy"]',
  );
  const section = target?.closest<HTMLElement>('[data-group]');
  if (!target || !section) return;
  if (target.dataset['action'] === 'copy') void copy(section, s.copied);
  else if (target.hasAttribute('href'))
    void copy(
      section,
      fillIn(s.zaloCopied, { producer: $('[data-slot="producer"]', section).textContent }),
    );
});

/** The sheets' font is fetched only when they are printed (the page itself does not use it). */
async function printSheets() {
  await Promise.all(
    ['400', '700'].map((w) => document.fonts.load(`${w} 9pt 'Be Vietnam Pro'`, 'Đ')),
  ).catch(() => undefined);
  print();
}

$('[data-action="print"]').addEventListener('click', () => {
  void printSheets();
});

$('[data-action="new"]').addEventListener('click', () => {
  const references = Object.fromEntries(
    Object.entries(stored.references).filter(([code]) => !sections.has(code)),
  );
  const quantities = Object.fromEntries(
    Object.entries(stored.quantities).filter(([key]) => !codes.includes(key.split('.')[0]!)),
  );
  stored = { ...stored, quantities, references };
  writeInquiry(stored);
  for (const input of root.querySelectorAll<HTMLInputElement>('[data-quantity]')) input.value = '';
  refresh();
});

void start();
