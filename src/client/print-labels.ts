/**
 * The label sheets view (`PrintLabelsPage.astro`): the list laid out on the chosen label stock,
 * each product `copies` times from label `start` on, the whole sheet moved by the calibration
 * offset. Settings live in the URL (shareable, reloadable); the offset is also kept on this
 * device, since it belongs to the printer rather than to a list.
 */
import { displayCode } from '../lib/domain/codes.ts';
import { todayInVietnam } from '../lib/domain/dates.ts';
import { formatDate, formatPrice } from '../lib/i18n/format.ts';
import { count } from '../lib/i18n/plural.ts';
import { labelBox, labelsPerSheet } from '../lib/print/label-layouts.ts';
import { planLabels } from '../lib/print/label-plan.ts';
import {
  labelOptionParams,
  parseLabelOptions,
  formatOffset,
  type LabelOptions,
} from '../lib/print/print-options.ts';
import { cardName, cardPrice, type ProductCardData } from '../lib/shortlist/card.ts';
import { cardStanding, leaveOut } from '../lib/shortlist/card-standing.ts';
import { formatCodeList, SHORTLIST_PARAM, withCodeList } from '../lib/shortlist/code-list.ts';
import {
  cloneTemplate,
  fillIn,
  fillName,
  fillSlots,
  loadCards,
  pageCodes,
  pageLocale,
  starGlyphs,
} from './shortlist-cards.ts';
import { productQr, shortUrl, showProblems, whenPrintable } from './print-common.ts';
import { standingNotice } from './standing-notice.ts';

const OFFSET_KEY = 'ocop:lech-in-nhan';
const root = document.querySelector<HTMLElement>('[data-print-labels]')!;
const strings = JSON.parse(root.dataset['strings'] ?? '{}') as Record<string, string>;
const form = root.querySelector<HTMLFormElement>('[data-settings]')!;
const printButton = root.querySelector<HTMLButtonElement>('[data-action="print"]')!;
const locale = pageLocale();
/** The day the sheet is printed (Vietnam time): the status printed is the status on that day. */
const today = todayInVietnam();
/** "1 A4 sheet", "3 A4 sheets": the page's forms (`labelsOne`, `sheetsOther`…) for `n`. */
const counted = (n: number, what: 'labels' | 'sheets') =>
  count(n, locale, {
    one: strings[`${what}One`] ?? '{n}',
    other: strings[`${what}Other`] ?? '{n}',
  });
const asOf = fillIn(strings['asOf'] ?? '', { date: formatDate(today, locale) });
const original = pageCodes();
/** The list printed: the page's list, less the products left out by the notice. */
let list = original;
const input = (name: string) => form.elements.namedItem(name) as HTMLInputElement;

function storedOffset(): string | null {
  try {
    return localStorage.getItem(OFFSET_KEY);
  } catch {
    return null;
  }
}

function readUrl(): { options: LabelOptions; calibration: boolean } {
  const params = new URLSearchParams(location.search);
  if (!params.has('lech')) params.set('lech', storedOffset() ?? '0,0');
  return { options: parseLabelOptions(params), calibration: params.get('hieu-chinh') === '1' };
}

function readForm(): { options: LabelOptions; calibration: boolean } {
  const params = new URLSearchParams();
  params.set('khuon', (form.elements.namedItem('khuon') as HTMLSelectElement).value);
  params.set('ban', input('ban').value);
  params.set('batdau', input('batdau').value);
  params.set('lech', `${input('lech-x').value || 0},${input('lech-y').value || 0}`);
  return { options: parseLabelOptions(params), calibration: input('hieu-chinh').checked };
}

function showForm({ options, calibration }: ReturnType<typeof readUrl>) {
  (form.elements.namedItem('khuon') as HTMLSelectElement).value = options.layout.id;
  input('ban').value = String(options.copies);
  input('batdau').max = String(labelsPerSheet(options.layout));
  input('batdau').value = String(options.start);
  input('lech-x').value = String(options.offset.x);
  input('lech-y').value = String(options.offset.y);
  input('hieu-chinh').checked = calibration;
}

function writeUrl({ options, calibration }: ReturnType<typeof readUrl>) {
  // Written by hand rather than by URLSearchParams, which would turn every comma into %2C.
  const query = [
    ...(list.shared ? [`${SHORTLIST_PARAM}=${formatCodeList(list.codes)}`] : []),
    ...labelOptionParams(options).map(([k, v]) => `${k}=${v}`),
    ...(calibration ? ['hieu-chinh=1'] : []),
  ];
  history.replaceState(null, '', `${location.pathname}?${query.join('&')}`);
  try {
    localStorage.setItem(OFFSET_KEY, formatOffset(options.offset));
  } catch {
    // Not kept: the offset still travels in the URL.
  }
}

function makeLabel(code: string, card: ProductCardData): DocumentFragment {
  const label = cloneTemplate('[data-label-template]');
  const standing = cardStanding(card, today, locale);
  fillName(label, cardName(card, locale));
  fillSlots(label, {
    'stars-glyphs': starGlyphs(card.stars),
    'stars-text': standing.stars,
    status: standing.status,
    price: card.price ? formatPrice(cardPrice(card.price, locale), locale) : '',
    'as-of': asOf,
    code: displayCode(code),
  });
  label.querySelector<HTMLElement>('[data-qr]')!.innerHTML = productQr(shortUrl(root, code));
  const box = label.querySelector<HTMLElement>('[data-label]')!;
  box.dataset['code'] = code;
  box.dataset['inForce'] = String(standing.inForce);
  return label;
}

/** A sheet from its template, its content moved by the calibration offset. */
function sheet(
  template: string,
  options: LabelOptions,
  fill: (area: HTMLElement) => void,
): DocumentFragment {
  const fragment = cloneTemplate(template);
  const area = fragment.querySelector<HTMLElement>('[data-area]')!;
  area.style.transform = `translate(${options.offset.x}mm, ${options.offset.y}mm)`;
  fill(area);
  return fragment;
}

/** Cuts `el`'s text at a word, with "…", until it fits its box (its max-height, from CSS). */
function fit(el: HTMLElement) {
  const words = el.textContent.split(' ');
  for (let n = words.length; n > 1 && el.scrollHeight > el.clientHeight + 1;)
    el.textContent = `${words.slice(0, --n).join(' ')}…`;
}

/**
 * Once the font is in, on each product's first label: name and price cut to their two lines,
 * and when the column is still too full (long name and status on the smallest stock) the price
 * to one; the product's other labels get the same text. Measured at full size (no screen zoom).
 */
function fitLabels(container: HTMLElement) {
  container.dataset['measuring'] = '';
  const fitted = new Map<string | undefined, Element>();
  for (const label of container.querySelectorAll<HTMLElement>('[data-label]')) {
    const code = label.dataset['code'];
    const text = label.querySelector<HTMLElement>('.label-text')!;
    const done = fitted.get(code);
    if (done) {
      text.replaceWith(done.cloneNode(true));
      continue;
    }
    const price = text.querySelector<HTMLElement>('.label-price')!;
    fit(text.querySelector<HTMLElement>('.label-name')!);
    fit(price);
    if (text.scrollHeight > text.clientHeight + 1) {
      text.dataset['tight'] = '';
      fit(price);
    }
    fitted.set(code, text);
  }
  delete container.dataset['measuring'];
}

const cards = loadCards(original.codes);
let settings = readUrl();
const notice = standingNotice(root, { today, locale }, (left) => {
  list = left.length
    ? { ...original, codes: leaveOut(original.codes, left), shared: true }
    : original;
  writeUrl(settings);
  void render(settings);
});

async function render({ options, calibration }: ReturnType<typeof readUrl>) {
  root.dataset['printReady'] = 'false';
  const { layout } = options;
  const loaded = await cards;
  const found = loaded.found.filter((f) => list.codes.includes(f.code));
  const { unknown } = loaded;
  notice.show(calibration ? [] : found);
  const container = root.querySelector<HTMLElement>('[data-sheets]')!;
  const summary = root.querySelector<HTMLElement>('[data-summary]')!;
  if (calibration) {
    container.replaceChildren(
      sheet('[data-calibration-template]', options, (area) => {
        const note = area.querySelector<HTMLElement>('[data-note]')!;
        note.textContent = fillIn(note.dataset['template'] ?? '', {
          dx: options.offset.x,
          dy: options.offset.y,
        });
      }),
    );
    summary.textContent = '';
  } else {
    const sheets = planLabels(found, layout, options).map((slots) =>
      sheet('[data-sheet-template]', options, (area) => {
        area.dataset['layout'] = layout.id;
        area.style.setProperty('--pad', String(layout.padding));
        area.style.setProperty('--qr', String(layout.qr));
        area.style.setProperty('--font', String(layout.font));
        area.style.setProperty('--h', String(layout.height));
        slots.forEach((slot, i) => {
          if (!slot) return;
          const fragment = makeLabel(slot.code, slot.card);
          const label = fragment.querySelector<HTMLElement>('[data-label]')!;
          const box = labelBox(layout, i);
          Object.assign(label.style, {
            left: `${box.x}mm`,
            top: `${box.y}mm`,
            width: `${box.width}mm`,
            height: `${box.height}mm`,
          });
          label.dataset['slot'] = String(i + 1);
          area.append(fragment);
        });
      }),
    );
    container.replaceChildren(...sheets);
    summary.textContent = found.length
      ? fillIn(strings['summary'] ?? '', {
          labels: counted(found.length * options.copies, 'labels'),
          sheets: counted(sheets.length, 'sheets'),
        })
      : '';
  }
  showProblems(root.querySelector<HTMLElement>('[data-problems]')!, strings, unknown, list.invalid);
  root.querySelector<HTMLElement>('[data-nothing]')!.hidden = calibration || found.length > 0;
  const back = root.querySelector<HTMLAnchorElement>('[data-back]')!;
  // Back to the list as it was: leaving products out of a print does not change the list.
  if (original.shared) back.href = withCodeList(back.pathname, original.codes);
  await whenPrintable(container);
  fitLabels(container);
  printButton.disabled = !calibration && found.length === 0;
  root.dataset['printReady'] = 'true';
}

showForm(settings);
void render(settings);

form.addEventListener('change', () => {
  settings = readForm();
  input('batdau').max = String(labelsPerSheet(settings.options.layout));
  writeUrl(settings);
  void render(settings);
});
form.addEventListener('submit', (event) => {
  event.preventDefault();
});
printButton.addEventListener('click', () => {
  print();
});
