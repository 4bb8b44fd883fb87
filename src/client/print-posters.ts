/** The posters view (`PrintPostersPage.astro`): one A4 sheet per product of the list. */
import { displayCode } from '../lib/domain/codes.ts';
import { todayInVietnam } from '../lib/domain/dates.ts';
import { formatDate, formatPrice } from '../lib/i18n/format.ts';
import { cardState } from '../lib/shortlist/card.ts';
import { withCodeList } from '../lib/shortlist/code-list.ts';
import {
  cloneTemplate,
  fillIn,
  fillSlots,
  loadCards,
  pageCodes,
  pageLocale,
  starGlyphs,
} from './shortlist-cards.ts';
import { printableUrl, productQr, shortUrl, showProblems, whenPrintable } from './print-common.ts';

const root = document.querySelector<HTMLElement>('[data-print-posters]')!;
const strings = JSON.parse(root.dataset['strings'] ?? '{}') as Record<string, string>;
const locale = pageLocale();
const today = todayInVietnam();
const printButton = root.querySelector<HTMLButtonElement>('[data-action="print"]')!;

async function render() {
  const { codes, invalid, shared } = pageCodes();
  const { found, unknown } = await loadCards(codes);
  const site = printableUrl(root.dataset['site'] ?? location.origin);
  const sheets = found.map(({ code, card }) => {
    const poster = cloneTemplate('[data-poster-template]');
    const url = shortUrl(root, code);
    const state = cardState(card, today);
    const certificate =
      state === 'revoked'
        ? strings['certifiedRevoked']
        : state === 'expired'
          ? strings['certifiedExpired']
          : strings['certified'];
    fillSlots(poster, {
      name: card.name,
      'stars-text': fillIn(strings['stars'] ?? '', { n: card.stars }),
      'stars-glyphs': starGlyphs(card.stars),
      'stars-big': '★'.repeat(card.stars),
      price: card.price ? formatPrice(card.price, locale) : '',
      producer: card.producer,
      province: card.province,
      certificate: fillIn(certificate ?? '', {
        n: card.stars,
        decision: card.decision,
        date: formatDate(card.validUntil, locale),
      }),
      'short-url': printableUrl(url),
      code: displayCode(code),
      site,
    });
    poster.querySelector<HTMLElement>('[data-potential]')!.hidden = !card.potentialFiveStar;
    poster.querySelector<HTMLElement>('[data-qr]')!.innerHTML = productQr(url);
    const img = poster.querySelector<HTMLImageElement>('[data-slot-img]')!;
    if (card.image) img.src = card.image.large;
    else img.remove();
    poster.querySelector<HTMLElement>('[data-poster]')!.dataset['code'] = code;
    return poster;
  });
  const container = root.querySelector<HTMLElement>('[data-sheets]')!;
  container.replaceChildren(...sheets);
  showProblems(root.querySelector<HTMLElement>('[data-problems]')!, strings, unknown, invalid);
  root.querySelector<HTMLElement>('[data-nothing]')!.hidden = found.length > 0;
  root.querySelector<HTMLElement>('[data-summary]')!.textContent = found.length
    ? fillIn(strings['count'] ?? '', { n: found.length })
    : '';
  const back = root.querySelector<HTMLAnchorElement>('[data-back]')!;
  if (shared) back.href = withCodeList(back.pathname, codes);
  await whenPrintable(container);
  printButton.disabled = found.length === 0;
  root.dataset['printReady'] = 'true';
}

printButton.addEventListener('click', () => {
  print();
});
void render();
