/**
 * The shortlist page (`ShortlistPage.astro`): draws the visitor's list, or a shared one from
 * `?sp=`, from the card shards; remove, reorder, clear (with undo); share as a URL (copy, Web
 * Share) and a QR code drawn here; links to the print views for the same codes. A shared list
 * never replaces the visitor's own unless they say so.
 */
import { displayCode } from '../lib/domain/codes.ts';
import { todayInVietnam } from '../lib/domain/dates.ts';
import { formatPrice } from '../lib/i18n/format.ts';
import { qrSvg } from '../lib/qr/index.ts';
import { cardName, cardPrice, type ProductCardData } from '../lib/shortlist/card.ts';
import { cardStanding, leaveOut } from '../lib/shortlist/card-standing.ts';
import {
  formatCodeList,
  SHORTLIST_MAX,
  SHORTLIST_PARAM,
  withCodeList,
} from '../lib/shortlist/code-list.ts';
import {
  cloneTemplate,
  fillIn,
  fillName,
  fillSlots,
  loadCards,
  pageCodes,
  pageLocale,
  showWhen,
  starGlyphs,
} from './shortlist-cards.ts';
import { onShortlistChange, readShortlist, writeShortlist } from './shortlist-store.ts';
import { standingNotice } from './standing-notice.ts';
import { pluralForm } from '../lib/i18n/plural.ts';

const root = document.querySelector<HTMLElement>('[data-shortlist]')!;
const strings = JSON.parse(root.dataset['strings'] ?? '{}') as Record<string, string>;
const text = (key: string, values: Record<string, string | number> = {}) =>
  fillIn(strings[key] ?? key, values);
const $ = (selector: string) => root.querySelector<HTMLElement>(selector)!;
const shareInput = root.querySelector<HTMLInputElement>('[data-share-url]')!;
const locale = pageLocale();
const today = todayInVietnam();
const ownPath = root.dataset['shortlistPath'] ?? location.pathname;

const initial = pageCodes();
/** Showing a shared list (from `?sp=`) rather than the visitor's own. */
let shared = initial.shared;
const sharedCodes = initial.codes;
let shownCodes: string[] = [];
let unknownCodes: string[] = [];
let renderCount = 0;
/** Products left out of the print links by the notice above them (the list keeps them). */
let leftOutOfPrint: string[] = [];
const printNotice = standingNotice(root, { today, locale }, (left) => {
  leftOutOfPrint = left;
  showPrintLinks();
});
let printable: { code: string; card: ProductCardData }[] = [];

const currentCodes = () => (shared ? sharedCodes : readShortlist());

function fillItem(item: HTMLElement, code: string, card: ProductCardData, index: number) {
  item.dataset['code'] = code;
  const link = item.querySelector<HTMLAnchorElement>('[data-slot="name"]')!;
  link.href = (root.dataset['productHref'] ?? '').replace('{slug}', card.slug);
  const standing = cardStanding(card, today, locale);
  fillName(item, cardName(card, locale));
  fillSlots(item, {
    'stars-glyphs': starGlyphs(card.stars),
    'stars-text': standing.stars,
    status: standing.status,
    producer: card.producer,
    province: card.province,
    price: card.price ? formatPrice(cardPrice(card.price, locale), locale) : '',
    code: displayCode(code),
  });
  item.querySelector<HTMLElement>('[data-potential]')!.hidden = !card.potentialFiveStar;
  showWhen(item, standing.state);
  const img = item.querySelector<HTMLImageElement>('[data-slot-img]')!;
  if (card.image) img.src = card.image.thumb;
  img.hidden = !card.image;
  for (const button of item.querySelectorAll<HTMLButtonElement>('[data-action]')) {
    button.setAttribute(
      'aria-label',
      fillIn(button.dataset['labelTemplate'] ?? '', { name: cardName(card, locale).text }),
    );
    button.dataset['code'] = code;
  }
  item.querySelector<HTMLButtonElement>('[data-action="up"]')!.disabled = index === 0;
  item.querySelector<HTMLButtonElement>('[data-action="down"]')!.disabled =
    index === shownCodes.length - 1;
  item.querySelector<HTMLElement>('[data-own-only]')!.hidden = shared;
}

function showProblems(invalid: string[], dropped: number) {
  const list = $('[data-problems]');
  list.replaceChildren();
  const add = (message: string, dropUnknown = false) => {
    const item = cloneTemplate('[data-problem-template]');
    fillSlots(item, { text: message });
    item.querySelector<HTMLElement>('[data-action="drop-unknown"]')!.hidden = !dropUnknown;
    list.append(item);
  };
  const codes = (list: string[]) => list.map(displayCode).join(', ');
  if (unknownCodes.length)
    add(text('unknown', { n: unknownCodes.length, codes: codes(unknownCodes) }), !shared);
  if (invalid.length) add(text('invalid', { n: invalid.length, codes: invalid.join(', ') }));
  if (dropped) add(text('dropped', { n: dropped }));
}

function showSharedBar() {
  const own = readShortlist();
  $('[data-shared]').hidden = !shared;
  $('[data-title-own]').hidden = shared;
  $('[data-title-shared]').hidden = !shared;
  $('[data-intro]').hidden = shared;
  $('[data-action="save"]').hidden = !shared || own.length > 0;
  $('[data-action="merge"]').hidden = !shared || own.length === 0;
  const replace = $('[data-action="replace"]');
  replace.hidden = !shared || own.length === 0;
  replace.textContent = text('saveReplace', { n: own.length });
  const viewMine = $('[data-view-mine]');
  viewMine.hidden = !shared || own.length === 0;
  viewMine.textContent = text('viewMine', { n: own.length });
}

function showShare(codes: string[]) {
  const url = new URL(withCodeList(ownPath, codes), location.origin).href;
  shareInput.value = url;
  $('[data-qr]').innerHTML = qrSvg(url, { errorCorrection: 'M', title: text('qrLabel') });
  $('[data-action="share"]').hidden = typeof navigator.share !== 'function';
}

/** The print links: the list shown, less the products the notice left out. */
function showPrintLinks() {
  const codes = leaveOut(
    printable.map((f) => f.code),
    leftOutOfPrint,
  );
  printNotice.show(printable.filter((f) => codes.includes(f.code)));
  // Always `?sp=`, even empty: without it the print views print the visitor's whole list.
  for (const link of root.querySelectorAll<HTMLAnchorElement>('[data-print-link]'))
    link.href = `${link.pathname}?${SHORTLIST_PARAM}=${formatCodeList(codes)}`;
}

async function render() {
  const run = ++renderCount;
  const codes = currentCodes();
  const { found, unknown } = await loadCards(codes);
  if (run !== renderCount) return; // a newer render started while this one waited
  shownCodes = found.map((f) => f.code);
  unknownCodes = unknown;
  const items = found.map(({ code, card }, i) => {
    const fragment = cloneTemplate('[data-item-template]');
    fillItem(fragment.querySelector<HTMLElement>('[data-item]')!, code, card, i);
    return fragment;
  });
  $('[data-items]').replaceChildren(...items);
  $('[data-loading]').hidden = true;
  $('[data-empty]').hidden = found.length > 0;
  $('[data-tools]').hidden = found.length === 0;
  $('[data-action="clear"]').hidden = shared || codes.length === 0;
  $('[data-count]').textContent = found.length
    ? text(pluralForm(found.length, locale, { one: 'countOne', other: 'count' }), {
        n: found.length,
      })
    : '';
  showProblems(shared ? initial.invalid : [], shared ? initial.dropped : 0);
  showSharedBar();
  if (found.length) showShare(shownCodes);
  printable = found;
  showPrintLinks();
  root.dataset['ready'] = 'true';
}

function say(message: string, undo?: () => void) {
  const line = $('[data-message]');
  line.textContent = message;
  if (undo) {
    const fragment = cloneTemplate('[data-undo-template]');
    const button = fragment.querySelector<HTMLButtonElement>('button')!;
    button.addEventListener('click', () => {
      undo();
      line.textContent = '';
    });
    line.append(' ', fragment);
  }
}

function move(code: string, by: number) {
  const codes = readShortlist();
  const from = codes.indexOf(code);
  const to = from + by;
  if (from < 0 || to < 0 || to >= codes.length) return;
  codes.splice(to, 0, ...codes.splice(from, 1));
  writeShortlist(codes);
  // Keep the focus on the same button of the moved product.
  const action = by < 0 ? 'up' : 'down';
  void render().then(() => {
    const button = root.querySelector<HTMLButtonElement>(
      `[data-item][data-code="${code}"] [data-action="${action}"]`,
    );
    (button && !button.disabled
      ? button
      : root.querySelector<HTMLButtonElement>(
          `[data-item][data-code="${code}"] [data-action="${by < 0 ? 'down' : 'up'}"]`,
        )
    )?.focus();
  });
}

function becomeOwn(codes: string[]) {
  writeShortlist(codes);
  shared = false;
  history.replaceState(null, '', ownPath);
  say(text('saved'));
  void render();
}

async function copyShareUrl() {
  try {
    await navigator.clipboard.writeText(shareInput.value);
    say(text('copied'));
  } catch {
    shareInput.select();
    say(text('copyFailed'));
  }
}

function removeItem(code: string) {
  const index = shownCodes.indexOf(code);
  writeShortlist(readShortlist().filter((c) => c !== code));
  void render().then(() => {
    const buttons = root.querySelectorAll<HTMLElement>('[data-item] [data-action="remove"]');
    (buttons[Math.min(index, buttons.length - 1)] ?? $('h1')).focus();
  });
}

function clearList() {
  const before = readShortlist();
  writeShortlist([]);
  say(text('cleared'), () => {
    writeShortlist(before);
  });
}

function share() {
  navigator
    .share({ title: document.title, text: text('shareText'), url: shareInput.value })
    .catch(() => undefined);
}

const actions: Record<string, (code: string) => void> = {
  up: (code) => {
    move(code, -1);
  },
  down: (code) => {
    move(code, 1);
  },
  remove: removeItem,
  clear: clearList,
  'drop-unknown': () => {
    writeShortlist(readShortlist().filter((c) => !unknownCodes.includes(c)));
  },
  save: () => {
    becomeOwn(shownCodes);
  },
  replace: () => {
    becomeOwn(shownCodes);
  },
  merge: () => {
    becomeOwn([...readShortlist(), ...shownCodes].slice(0, SHORTLIST_MAX));
  },
  copy: () => {
    void copyShareUrl();
  },
  share,
};

root.addEventListener('click', (event) => {
  const button = (event.target as Element).closest<HTMLButtonElement>('button[data-action]');
  const action = actions[button?.dataset['action'] ?? ''];
  if (button && action) action(button.dataset['code'] ?? '');
});

onShortlistChange(() => {
  if (shared) showSharedBar();
  else void render();
});

void render();
