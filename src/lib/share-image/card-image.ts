/**
 * Renders one card to its image: the layout (`render.ts`) and the product photo
 * (`photo-panel.ts`) are made side by side; librsvg (through sharp) rasterises only the
 * columns that no pasted panel or photo covers, to RGB; the shared parts drawn before and
 * the photo are copied in (libvips' composite would blend the whole card once per overlay:
 * 8 ms for a card's three); the card is encoded as JPEG (PNG for the site's card) from those
 * pixels. A photo embedded in the SVG as a data URL would cost a JPEG re-encode, base64 and a
 * decode inside librsvg.
 */
import sharp from 'sharp';
import { columnsToDraw, cropSvg } from './columns.ts';
import {
  SHARE_IMAGE_HEIGHT,
  SHARE_IMAGE_WIDTH,
  shareImageFormat,
  type ShareCardFields,
} from './fields.ts';
import { photoPixels } from './photo-panel.ts';
import { bodyFits, cardSvg, unclipImages } from './render.ts';
import { keepParts, pasteRgb } from './shared-parts.ts';

/**
 * Quality 80 with the standard Huffman tables: the same pixels as with optimised ones (the
 * coefficients are the same), about 12 % more bytes, and 4–5 ms less a card (encoding about
 * 2.5 instead of 7 ms).
 */
export const JPEG_OPTIONS = { quality: 80, optimiseCoding: false } as const;

/** Milliseconds a card spent in each stage (the photo is fitted while satori lays out). */
export interface CardStages {
  layout: number;
  photo: number;
  rasterise: number;
  paste: number;
  encode: number;
}

export interface RenderedCard {
  /** The encoded image, 1200 × 630 (JPEG, or PNG for the site's card). */
  data: Buffer;
  missing: string[];
  stages: CardStages;
}

const since = (started: number) => performance.now() - started;

export async function renderShareCard(
  fields: ShareCardFields,
  photo?: Buffer | null,
): Promise<RenderedCard> {
  const stages: CardStages = { layout: 0, photo: 0, rasterise: 0, paste: 0, encode: 0 };
  const withPhoto = fields.kind === 'product' && Boolean(photo);
  const timed = async <T>(stage: keyof CardStages, work: Promise<T>) => {
    const started = performance.now();
    const result = await work;
    stages[stage] = since(started);
    return result;
  };
  const [drawing, pixels] = await Promise.all([
    timed('layout', cardSvg(fields, withPhoto)),
    withPhoto && photo ? timed('photo', photoPixels(photo)) : undefined,
  ]);

  const width = SHARE_IMAGE_WIDTH;
  const height = SHARE_IMAGE_HEIGHT;
  const photoBox = pixels && { left: 0, top: 0, width: pixels.info.width, height };
  const columns = columnsToDraw(
    [...drawing.pastes.map((p) => p.box), ...(photoBox ? [photoBox] : [])],
    width,
    height,
  );
  const svg = unclipImages(drawing.svg);
  const cropped = columns.width < width ? cropSvg(svg, columns, width, height) : null;
  const drawn = await timed(
    'rasterise',
    sharp(Buffer.from(cropped ?? svg))
      .removeAlpha()
      .raw()
      .toBuffer(),
  );

  let started = performance.now();
  const card = cropped ? Buffer.alloc(width * height * 3) : drawn;
  if (cropped) pasteRgb(card, width, { ...columns, top: 0, height }, drawn);
  // The shared parts drawn on a card that fits are kept, cut from its raster.
  if (bodyFits(drawing.boxes))
    keepParts(
      drawing.drawn,
      drawing.layout,
      drawing.boxes,
      card,
      width,
      cropped ? columns : undefined,
    );
  for (const { box, pixels: part } of drawing.pastes) pasteRgb(card, width, box, part.data);
  if (pixels && photoBox) pasteRgb(card, width, photoBox, pixels.data);
  stages.paste = since(started);

  started = performance.now();
  const image = sharp(card, { raw: { width, height, channels: 3 } });
  const data = await (
    shareImageFormat(fields) === 'png'
      ? image.png({ palette: true, compressionLevel: 9 })
      : image.jpeg(JPEG_OPTIONS)
  ).toBuffer();
  stages.encode = since(started);
  return { data, missing: drawing.missing, stages };
}
