/**
 * The posters view (`PrintPostersPage.astro`): one A4 sheet per product of the list. Each
 * sheet prints the certificate's status on the day it is printed, in words beside the stars,
 * and that day; a product not in force (expired, revoked) gets its status in large type in
 * place of the big stars. Before printing, the notice names such products and can leave them
 * out (the URL then lists the products printed, so a reload prints the same).
 */
import { displayCode } from '../lib/domain/codes.ts';
import { todayInVietnam } from '../lib/domain/dates.ts';
import { formatDate, formatPrice } from '../lib/i18n/format.ts';
import { printedHost, printedUrl } from '../lib/print/printed-url.ts';
import { cardName, cardPrice } from '../lib/shortlist/card.ts';
import { cardStanding, leaveOut } from '../lib/shortlist/card-standing.ts';
import { STATUS_ICON } from '../components/ui/status-look.ts';
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

const root = document.querySelector<HTMLElement>('[data-print-posters]')!;
const strings = JSON.parse(root.dataset['strings'] ?? '{}') as Record<string, string>;
const locale = pageLocale();
/** The day the sheets are printed (Vietnam time): the status printed is the status on that day. */
const today = todayInVietnam();
const printButton = root.querySelector<HTMLButtonElement>('[data-action="print"]')!;
const original = pageCodes();
let codes = original.codes;
const cards = loadCards(original.codes);
const notice = standingNotice(root, { today, locale }, (left) => {
  codes = leaveOut(original.codes, left);
  const query = left.length
    ? `?${SHORTLIST_PARAM}=${formatCodeList(codes)}`
    : original.shared
      ? `?${SHORTLIST_PARAM}=${formatCodeList(original.codes)}`
      : '';
  history.replaceState(null, '', `${location.pathname}${query}`);
  void render();
});

async function render() {
  root.dataset['printReady'] = 'false';
  const loaded = await cards;
  const found = loaded.found.filter((f) => codes.includes(f.code));
  notice.show(found);
  const site = printedHost(root.dataset['site'] ?? location.origin);
  const asOf = fillIn(strings['asOf'] ?? '', { date: formatDate(today, locale) });
  const sheets = found.map(({ code, card }) => {
    const poster = cloneTemplate('[data-poster-template]');
    const url = shortUrl(root, code);
    const standing = cardStanding(card, today, locale);
    fillName(poster, cardName(card, locale));
    fillSlots(poster, {
      'stars-text': standing.stars,
      'stars-glyphs': starGlyphs(card.stars),
      'stars-big': '★'.repeat(card.stars),
      'status-icon': STATUS_ICON[standing.state],
      status: standing.status,
      price: card.price ? formatPrice(cardPrice(card.price, locale), locale) : '',
      producer: card.producer,
      province: card.province,
      decision: fillIn(
        (standing.state === 'revoked' ? strings['decisionRevoked'] : strings['decision']) ?? '',
        { decision: card.decision },
      ),
      'as-of': asOf,
      'short-url': printedUrl(url),
      code: displayCode(code),
      site,
    });
    poster.querySelector<HTMLElement>('[data-potential]')!.hidden =
      !card.potentialFiveStar || !standing.inForce;
    poster.querySelector<HTMLElement>('[data-qr]')!.innerHTML = productQr(url);
    const img = poster.querySelector<HTMLImageElement>('[data-slot-img]')!;
    if (card.image) img.src = card.image.large;
    else img.remove();
    const sheet = poster.querySelector<HTMLElement>('[data-poster]')!;
    sheet.dataset['code'] = code;
    sheet.dataset['state'] = standing.state;
    sheet.dataset['inForce'] = String(standing.inForce);
    return poster;
  });
  const container = root.querySelector<HTMLElement>('[data-sheets]')!;
  container.replaceChildren(...sheets);
  showProblems(
    root.querySelector<HTMLElement>('[data-problems]')!,
    strings,
    loaded.unknown,
    original.invalid,
  );
  root.querySelector<HTMLElement>('[data-nothing]')!.hidden = found.length > 0;
  root.querySelector<HTMLElement>('[data-summary]')!.textContent = found.length
    ? fillIn(strings['count'] ?? '', { n: found.length })
    : '';
  const back = root.querySelector<HTMLAnchorElement>('[data-back]')!;
  // Back to the list as it was: leaving products out of a print does not change the list.
  if (original.shared) back.href = withCodeList(back.pathname, original.codes);
  await whenPrintable(container);
  printButton.disabled = found.length === 0;
  root.dataset['printReady'] = 'true';
}

printButton.addEventListener('click', () => {
  print();
});
void render();
