/**
 * Parts drawn alike on many cards (`shared()` in `elements.ts`: the footer, a product's star
 * line and motif panel, a producer's kind line and count panel) are laid out and rasterised
 * once per worker, then pasted. The first card with a part is drawn whole and the part's
 * pixels are kept, by the part's tree (as JSON) and its box; on the next cards the part is an
 * empty box of the same size, so satori lays out and librsvg rasterises only the rest, and the
 * kept pixels go back over the box. A part whose box lands elsewhere on a card (a body too
 * full pushes the footer down) is not pasted: that card is drawn whole.
 */
import type { CardChild, CardElement, LaidOutBox } from './elements.ts';

/** A part's pixels (RGB) and the box they were cut from. */
export interface PartPixels {
  box: LaidOutBox;
  data: Buffer;
}

/** A part to paste on a card: its key and pixels. */
export interface Paste extends PartPixels {
  key: string;
}

/** How many parts a worker keeps (a few dozen motifs, footers and star lines in practice). */
const MAX_PARTS = 512;
const kept = new Map<string, PartPixels>();

/** A part's identity: its whole tree, so two parts drawn alike share pixels and no others. */
const signature = (part: CardElement) => JSON.stringify(part);

/** Whole-pixel box around a laid-out box (satori's boxes may be fractional). */
export function pixelBox(box: LaidOutBox): LaidOutBox {
  const left = Math.floor(box.left);
  const top = Math.floor(box.top);
  return {
    left,
    top,
    width: Math.ceil(box.left + box.width) - left,
    height: Math.ceil(box.top + box.height) - top,
  };
}

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
const PLACING = /^(margin|align-?self|flex-?(grow|shrink|basis)|position|top|left|right|bottom)/i;

/**
 * The tree with every shared part already kept replaced by an empty box of its size (and its
 * key, so its box is measured), and the parts to paste; null when a part is not kept yet.
 */
export function withStandIns(tree: CardElement): { tree: CardElement; pastes: Paste[] } | null {
  const pastes: Paste[] = [];
  const swap = (element: CardElement): CardElement | null => {
    if (element.shared) {
      const part = kept.get(signature(element));
      if (!part) return null;
      pastes.push({ key: element.key!, ...part });
      const style = (element.props['style'] ?? {}) as Record<string, unknown>;
      const placing = Object.entries(style).filter(([name]) => PLACING.test(name));
      return {
        type: 'div',
        key: element.key!,
        props: {
          style: {
            ...Object.fromEntries(placing),
            display: 'flex',
            width: part.box.width,
            height: part.box.height,
            flexShrink: 0,
          },
        },
      };
    }
    const children: CardChild[] = [];
    for (const child of childrenOf(element)) {
      if (child && typeof child === 'object') {
        const swapped = swap(child);
        if (!swapped) return null;
        children.push(swapped);
      } else children.push(child);
    }
    return {
      ...element,
      props: {
        ...element.props,
        children: Array.isArray(element.props.children) ? children : children[0],
      },
    };
  };
  const swapped = swap(tree);
  return swapped && { tree: swapped, pastes };
}

/** Whether every part to paste landed where its pixels were cut from. */
export function pastesFit(pastes: readonly Paste[], boxes: Record<string, LaidOutBox>): boolean {
  return pastes.every(({ key, box }) => {
    const at = boxes[key];
    return at !== undefined && at.left === box.left && at.top === box.top;
  });
}

/**
 * Keeps the pixels of a whole card's shared parts, cut from its raster (RGB, `width` wide;
 * only from `drawn` columns when not all were rasterised). Only parts whose laid-out box is
 * whole pixels are kept (their stand-in is the same size).
 */
export function keepParts(
  tree: CardElement,
  boxes: Record<string, LaidOutBox>,
  rgb: Buffer,
  width: number,
  drawn: { left: number; width: number } = { left: 0, width },
): void {
  for (const part of sharedParts(tree)) {
    const box = part.key === undefined ? undefined : boxes[part.key];
    if (!box || kept.size >= MAX_PARTS) continue;
    if (box.left < drawn.left || box.left + box.width > drawn.left + drawn.width) continue;
    const whole = pixelBox(box);
    if (whole.left !== box.left || whole.top !== box.top) continue;
    if (whole.width !== box.width || whole.height !== box.height) continue;
    const data = Buffer.alloc(box.width * box.height * 3);
    for (let y = 0; y < box.height; y++) {
      const from = ((box.top + y) * width + box.left) * 3;
      rgb.copy(data, y * box.width * 3, from, from + box.width * 3);
    }
    kept.set(signature(part), { box, data });
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

/** Forgets every kept part (tests). */
export function forgetParts(): void {
  kept.clear();
}
