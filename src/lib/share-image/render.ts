/**
 * Lays a share card out: satori sets the card's tree and turns every letter into a path with
 * the shipped fonts (so the result does not depend on fonts installed on the machine), the
 * name as large as fits; shared parts drawn before stand as empty boxes (`shared-parts.ts`).
 * `card-image.ts` rasterises and encodes the result.
 */
import satori from 'satori';
import { asNode, h, type CardElement, type LaidOutBox } from './elements.ts';
import { SHARE_IMAGE_HEIGHT, SHARE_IMAGE_WIDTH, type ShareCardFields } from './fields.ts';
import { FONT_FAMILY, FONT_WEIGHTS, loadFonts } from './fonts.ts';
import { landedElsewhere, placePastes, withStandIns, type Paste } from './shared-parts.ts';
import { PRODUCER_NAME_BOX, producerCard } from './producer-card.ts';
import { PRODUCT_NAME_BOX, productCard } from './product-card.ts';
import { siteCard } from './site-card.ts';
import {
  BODY_END_KEY,
  BODY_KEY,
  BODY_PAD_BOTTOM,
  estimateNameSize,
  FOOTER_KEY,
  NAME_KEY,
  NAME_LINE_HEIGHT,
  NAME_MAX_LINES,
  type NameFit,
} from './theme.ts';

export interface SvgResult {
  svg: string;
  /** Characters no loaded font has a glyph for: satori leaves them blank. */
  missing: string[];
  /** Height of the element keyed `name`, if there is one. */
  nameHeight: number | undefined;
  /** The boxes of the keyed elements (`name`, `body`, `body-end`, `footer`), by key. */
  boxes: Record<string, LaidOutBox>;
}

/**
 * Whether a card's body holds all it sets: its last line ends above the footer (and its bottom
 * padding), and the footer ends on the card. A body with more than its room grows: it runs up
 * over the status and pushes the footer off the card's foot, where the image cuts it.
 */
export function bodyFits(
  boxes: Record<string, LaidOutBox>,
  height: number = SHARE_IMAGE_HEIGHT,
): boolean {
  const body = boxes[BODY_KEY];
  const end = boxes[BODY_END_KEY];
  const footer = boxes[FOOTER_KEY];
  if (!body || !end || !footer) return true;
  return (
    end.top + end.height <= footer.top - BODY_PAD_BOTTOM + 1 && footer.top + footer.height <= height
  );
}

/** Lays out a tree as SVG with the shipped fonts, noting characters none of them has. */
export async function drawSvg(
  tree: CardElement,
  width = SHARE_IMAGE_WIDTH,
  height = SHARE_IMAGE_HEIGHT,
): Promise<SvgResult> {
  const missing = new Set<string>();
  const boxes: Record<string, LaidOutBox> = {};
  const svg = await satori(asNode(tree), {
    width,
    height,
    fonts: await loadFonts(),
    // Satori asks for more fonts only for text no loaded font covers; none is given, the
    // characters are recorded (and render as nothing rather than as boxes).
    loadAdditionalAsset: (_language, segment) => {
      for (const ch of segment) if (ch.trim()) missing.add(ch);
      return Promise.resolve([]);
    },
    onNodeDetected: (node) => {
      if (typeof node.key === 'string')
        boxes[node.key] = {
          left: node.left,
          top: node.top,
          width: node.width,
          height: node.height,
        };
    },
  });
  return { svg, missing: [...missing], nameHeight: boxes[NAME_KEY]?.height, boxes };
}

/**
 * Satori draws each inline `<svg>` (stars, pin, motif) as an `<image>` with a clip path and a
 * mask that are both just the image's own box. The cards size every inline SVG to its box,
 * so they cut nothing, but librsvg renders each mask on an offscreen canvas: dropping them
 * leaves the pixels identical (unit-tested) and rasterises a card about three times faster.
 */
export function unclipImages(svg: string): string {
  return svg.replace(/<image [^>]*\/>/g, (tag) =>
    tag
      .replace(/ clip-path="url\(#satori_cp-[^)]*\)"/, '')
      .replace(/ mask="url\(#satori_om-[^)]*\)"/, ''),
  );
}

/** A card's SVG, with what the renderer pastes on it and keeps from it. */
export interface CardDrawing extends SvgResult {
  /** Shared parts drawn before, to paste over their stand-ins (placed). */
  pastes: Paste[];
  /** The tree drawn: its shared parts (those not pasted) are kept once rasterised. */
  drawn: CardElement;
  /** The card's layout (its kind): shared parts are kept and pasted within one layout. */
  layout: string;
}

/**
 * Lays out a tree with its shared parts drawn before as empty boxes, if they land where they
 * were drawn before (those that land elsewhere are drawn); else whole (`shared-parts.ts`).
 */
async function drawCard(tree: CardElement, layout: string): Promise<CardDrawing> {
  const standIns = withStandIns(tree, layout);
  if (standIns.pastes.length > 0) {
    const first = await withPastes(standIns, layout);
    if (first.drawing) return first.drawing;
    // Parts that landed where they were never drawn are drawn this time (and kept there too);
    // the others are still pasted. Stand-ins have their parts' sizes: the layout is the same.
    const elsewhere = landedElsewhere(standIns.pastes, first.boxes);
    if (elsewhere.size < standIns.pastes.length) {
      const again = await withPastes(withStandIns(tree, layout, elsewhere), layout);
      if (again.drawing) return again.drawing;
    }
  }
  return { ...(await drawSvg(tree)), pastes: [], drawn: tree, layout };
}

/** Lays out a tree with stand-ins; the drawing if every paste lands where it can be pasted. */
async function withPastes(
  standIns: { tree: CardElement; pastes: Paste[] },
  layout: string,
): Promise<{ drawing: CardDrawing | null; boxes: Record<string, LaidOutBox> }> {
  const result = await drawSvg(standIns.tree);
  const pastes = placePastes(standIns.pastes, result.boxes, SHARE_IMAGE_WIDTH, SHARE_IMAGE_HEIGHT);
  return {
    drawing: pastes ? { ...result, pastes, drawn: standIns.tree, layout } : null,
    boxes: result.boxes,
  };
}

/**
 * Lays out a card with its name as large as fits on three balanced lines, and the whole body
 * (name, certified name, producer, province…) inside its room: from an estimated size down,
 * measuring each time (usually the estimate fits: one layout). An English card whose certified
 * Vietnamese name does not fit even at the smallest size is drawn without it; a name too long
 * even then is cut with an ellipsis.
 */
export async function cardSvg(fields: ShareCardFields, withPhoto = false): Promise<CardDrawing> {
  if (fields.kind === 'site') return drawCard(siteCard(fields), fields.kind);
  const tree = (fit: NameFit) =>
    fields.kind === 'product' ? productCard(fields, fit, withPhoto) : producerCard(fields, fit);
  const box = fields.kind === 'product' ? PRODUCT_NAME_BOX : PRODUCER_NAME_BOX;
  const first = box.sizes.indexOf(estimateNameSize(fields.name, box));
  const passes =
    fields.kind === 'product' && fields.certifiedName !== null ? [true, false] : [true];
  for (const certifiedName of passes)
    for (const size of box.sizes.slice(first)) {
      const result = await drawCard(tree({ size, fitted: true, certifiedName }), fields.kind);
      const maxHeight = NAME_MAX_LINES * Math.round(size * NAME_LINE_HEIGHT) + 1;
      if (
        result.nameHeight !== undefined &&
        result.nameHeight <= maxHeight &&
        bodyFits(result.boxes)
      )
        return result;
    }
  return drawCard(
    tree({ size: box.sizes.at(-1)!, fitted: false, certifiedName: false }),
    fields.kind,
  );
}

/** Characters of `text` that no shipped font can draw (an empty list when all can). */
export async function missingGlyphs(text: string): Promise<string[]> {
  const line = (weight: number) =>
    h('div', { style: { fontSize: 32, fontWeight: weight } }, text.normalize('NFC'));
  const tree = h(
    'div',
    { style: { display: 'flex', flexDirection: 'column', fontFamily: FONT_FAMILY } },
    ...FONT_WEIGHTS.map(line),
  );
  return (await drawSvg(tree, 4000, 200)).missing;
}
