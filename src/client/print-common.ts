/**
 * What both print views share: the QR code of a product's short URL (drawn here, so a sheet
 * of 200 labels needs no 200 image requests and never prints before its codes have loaded),
 * the list of codes that could not be shown, and the "ready to print" signal.
 */
import { displayCode } from '../lib/domain/codes.ts';
import { qrSvg } from '../lib/qr/index.ts';
import { fillIn } from './shortlist-cards.ts';

/** The short URL a product's QR code encodes: the same site URL as `/p/<code>/qr.svg`. */
export function shortUrl(root: HTMLElement, code: string): string {
  const site = root.dataset['site'] ?? location.origin;
  return new URL((root.dataset['shortPath'] ?? '/p/{code}/').replace('{code}', code), site).href;
}

const qrCache = new Map<string, string>();
export function productQr(url: string): string {
  let svg = qrCache.get(url);
  if (!svg) {
    svg = qrSvg(url);
    qrCache.set(url, svg);
  }
  return svg;
}

/** Lists codes that are not (or no longer) in the catalogue, and ones that are not codes. */
export function showProblems(
  list: HTMLElement,
  strings: Record<string, string>,
  unknown: string[],
  invalid: string[],
): void {
  const item = (text: string) => {
    const li = document.createElement('li');
    li.className = 'rounded-lg border border-amber-600 bg-amber-50 p-3';
    li.textContent = text;
    return li;
  };
  const items: HTMLLIElement[] = [];
  if (unknown.length)
    items.push(
      item(
        fillIn(strings['unknown'] ?? '', {
          n: unknown.length,
          codes: unknown.map(displayCode).join(', '),
        }),
      ),
    );
  if (invalid.length)
    items.push(
      item(fillIn(strings['invalid'] ?? '', { n: invalid.length, codes: invalid.join(', ') })),
    );
  list.replaceChildren(...items);
}

/** Resolves once the fonts and every image under `root` have loaded (or failed). */
export async function whenPrintable(root: ParentNode): Promise<void> {
  // Lay out first: a font starts loading when text set in it is laid out.
  document.body.getBoundingClientRect();
  const images = [...root.querySelectorAll('img')].filter((img) => img.getAttribute('src'));
  await Promise.all([
    document.fonts.ready,
    ...images.map((img) => img.decode().catch(() => undefined)),
  ]);
}
