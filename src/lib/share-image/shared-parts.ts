/**
 * Parts drawn alike on many cards (`shared()` in `elements.ts`: the footer, a product's star
 * line, status box, province line and motif panel; a producer's kind line, province line and
 * count panel) are laid out and rasterised once per worker, then pasted. A part is drawn the
 * first time as part of its card and its pixels are kept, by the part's tree (as JSON); on
 * the next cards with it, it is an empty box of the same size, so satori lays out and librsvg
 * rasterises only the rest, and the pixels kept of it at that place are copied over the box.
 *
 * A part is pasted only where it was drawn before, on whole pixels inside the card (its
 * antialiasing may differ elsewhere, and a card must not depend on what its worker drew
 * before); otherwise the card is drawn whole and the part kept at that place too. Kept pixels are bounded (`MAX_BYTES`), the least recently used
 * dropped first.
 */
import type { CardChild, CardElement, LaidOutBox } from './elements.ts';

/** A part's pixels (RGB), its size and where on the card it was drawn. */
export interface PartPixels {
  width: number;
  height: number;
  data: Buffer;
  left: number;
  top: number;
}

/**
 * A part to paste on a card: its key, the pixels kept of it (one set per place it was drawn
 * at), and (once laid out) where, with the pixels drawn at that very place.
 */
export interface Paste {
  key: string;
  pixels: PartPixels;
  drawnAt: readonly PartPixels[];
  box: LaidOutBox;
}

/**
 * Bytes of kept pixels a worker holds at most (a motif panel is 0.9 MB, a footer, status box
 * or province line 0.05–0.1 MB; 2,000 products fill it after about 1,000 cards).
 */
const MAX_BYTES = 64 * 1024 * 1024;
const kept = new Map<string, PartPixels[]>();
let keptBytes = 0;
let dropped = 0;

/**
 * A part's identity: the card layout it sits in (its size follows its container: a footer is
 * 608 px wide on a product card, 712 on a producer's) and its whole tree, so two parts drawn
 * alike share pixels and no others.
 */
const signature = (layout: string, part: CardElement) => `${layout}\n${JSON.stringify(part)}`;

const whole = (box: LaidOutBox) =>
  [box.left, box.top, box.width, box.height].every((n) => Number.isInteger(n));

const childrenOf = (element: CardElement): CardChild[] => {
  const { children } = element.props;
  return Array.isArray(children) ? children : [children];
};

/** The shared parts of a tree, outermost first (a shared part's insides are its own). */
export function sharedParts(tree: CardElement): CardElement[] {
  if (tree.shared) return [tree];
  return childrenOf(tree).flatMap((child) =>
    child && typeof child === 'object' ? sharedParts(child) : [],
  );
}

/** Style that places a box among its siblings (kept on its stand-in). */
const PLACING = /^(margin|alignSelf|flexGrow|flexShrink|flexBasis|position|top|left|right|bottom)/;

/** An empty box the size of a kept part, with its key (so it is measured). */
function standIn(part: CardElement, pixels: PartPixels): CardElement {
  const style = (part.props['style'] ?? {}) as Record<string, unknown>;
  const placing = Object.entries(style).filter(([name]) => PLACING.test(name));
  return {
    type: 'div',
    key: part.key!,
    props: {
      style: {
        ...Object.fromEntries(placing),
        display: 'flex',
        width: pixels.width,
        height: pixels.height,
        flexShrink: 0,
      },
    },
  };
}

/**
 * The tree (of a card laid out as `layout`, e.g. its kind) with every shared part already
 * kept replaced by its stand-in, and the parts to paste (their boxes still to be laid out).
 * Parts not kept yet stay in the tree, to be drawn.
 */
export function withStandIns(
  tree: CardElement,
  layout: string,
  /** Keys of parts to draw this time even if kept (they land where they were not drawn). */
  draw: ReadonlySet<string> = new Set(),
): { tree: CardElement; pastes: Paste[] } {
  const pastes: Paste[] = [];
  if (!pastesParts(layout)) return { tree, pastes };
  const swap = (element: CardElement): CardElement => {
    if (element.shared && element.key !== undefined && !draw.has(element.key)) {
      const key = signature(layout, element);
      const drawnAt = kept.get(key);
      const pixels = drawnAt?.[0];
      if (!drawnAt || !pixels) return element;
      // Used again: last to be dropped (a footer or a motif outlives the statuses around it).
      kept.delete(key);
      kept.set(key, drawnAt);
      pastes.push({
        key: element.key,
        pixels,
        drawnAt,
        box: { left: 0, top: 0, width: 0, height: 0 },
      });
      return standIn(element, pixels);
    }
    const { children } = element.props;
    if (children === undefined) return element;
    const swapped = childrenOf(element).map((c) => (c && typeof c === 'object' ? swap(c) : c));
    return {
      ...element,
      props: { ...element.props, children: Array.isArray(children) ? swapped : swapped[0] },
    };
  };
  return { tree: swap(tree), pastes };
}

/**
 * The pastes placed where their stand-ins were laid out, or null if one landed off whole
 * pixels, at another size, outside the `width` × `height` card, or where that part was never
 * drawn: a part's antialiased edges are only the same where it was drawn, and a card must come
 * out byte for byte the same whatever its worker drew before (a next-day build equals a cold
 * one: `tests/integration/next-day-build.test.ts`). The card is then drawn whole, and the part
 * kept at that place too.
 */
export function placePastes(
  pastes: readonly Paste[],
  boxes: Record<string, LaidOutBox>,
  width: number,
  height: number,
): Paste[] | null {
  const placed: Paste[] = [];
  for (const paste of pastes) {
    const box = boxes[paste.key];
    if (!box || !whole(box)) return null;
    if (box.width !== paste.pixels.width || box.height !== paste.pixels.height) return null;
    if (box.left < 0 || box.top < 0 || box.left + box.width > width) return null;
    if (box.top + box.height > height) return null;
    const pixels = paste.drawnAt.find((p) => p.left === box.left && p.top === box.top);
    if (!pixels) return null;
    placed.push({ ...paste, pixels, box });
  }
  return placed;
}

/**
 * Whether cards laid out as `layout` get parts pasted. A producer card is drawn whole: text
 * next to its kind line and count panel can reach into their boxes, so a part cut from one
 * producer's card could carry a neighbour's antialiased pixels onto another's (a next-day
 * build's producer card once differed from a cold build's by that).
 */
export const pastesParts = (layout: string): boolean => layout !== 'producer';

/** Keys of the pastes whose stand-in landed where that part was never drawn. */
export function landedElsewhere(
  pastes: readonly Paste[],
  boxes: Record<string, LaidOutBox>,
): Set<string> {
  return new Set(
    pastes
      .filter(({ key, drawnAt }) => {
        const box = boxes[key];
        return !box || !drawnAt.some((p) => p.left === box.left && p.top === box.top);
      })
      .map((p) => p.key),
  );
}

/**
 * Keeps the pixels of the shared parts drawn on a card laid out as `layout` (those still in
 * the tree drawn), cut
 * from its raster (RGB, `width` wide; only from the `drawn` columns). Only parts laid out on
 * whole pixels are kept; past `budget` bytes, the parts used least recently are dropped.
 */
export function keepParts(
  tree: CardElement,
  layout: string,
  boxes: Record<string, LaidOutBox>,
  rgb: Buffer,
  width: number,
  drawn: { left: number; width: number } = { left: 0, width },
  budget = MAX_BYTES,
): void {
  if (!pastesParts(layout)) return;
  for (const part of sharedParts(tree)) {
    const box = part.key === undefined ? undefined : boxes[part.key];
    if (!box || !whole(box) || box.width === 0 || box.height === 0) continue;
    if (box.left < drawn.left || box.left + box.width > drawn.left + drawn.width) continue;
    if ((box.top + box.height) * width * 3 > rgb.length) continue;
    const key = signature(layout, part);
    const drawnAt = kept.get(key) ?? [];
    if (drawnAt.some((p) => p.left === box.left && p.top === box.top)) continue;
    const data = Buffer.alloc(box.width * box.height * 3);
    for (let y = 0; y < box.height; y++) {
      const from = ((box.top + y) * width + box.left) * 3;
      rgb.copy(data, y * box.width * 3, from, from + box.width * 3);
    }
    kept.delete(key);
    kept.set(key, [
      ...drawnAt,
      { width: box.width, height: box.height, data, left: box.left, top: box.top },
    ]);
    keptBytes += data.length;
    for (const [oldest, places] of kept) {
      if (keptBytes <= budget) break;
      kept.delete(oldest);
      keptBytes -= places.reduce((n, p) => n + p.data.length, 0);
      dropped += places.length;
    }
  }
}

/** Copies RGB pixels (`box.width` × `box.height`) into an RGB image `width` wide at the box. */
export function pasteRgb(
  target: Buffer,
  width: number,
  box: Pick<LaidOutBox, 'left' | 'top' | 'width' | 'height'>,
  rgb: Buffer,
): void {
  const row = box.width * 3;
  for (let y = 0; y < box.height; y++)
    rgb.copy(target, ((box.top + y) * width + box.left) * 3, y * row, (y + 1) * row);
}

/** How many parts this worker keeps, their bytes, and how many it dropped for room. */
export function keptPartsStats(): { parts: number; bytes: number; dropped: number } {
  return {
    parts: [...kept.values()].reduce((n, places) => n + places.length, 0),
    bytes: keptBytes,
    dropped,
  };
}

/** Forgets every kept part (tests). */
export function forgetParts(): void {
  kept.clear();
  keptBytes = 0;
  dropped = 0;
}
