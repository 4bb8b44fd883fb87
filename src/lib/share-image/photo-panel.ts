/**
 * The product photo fitted whole into the card's photo panel (never cropped: a photo's own
 * caption, such as "Ảnh minh họa · dữ liệu mẫu" at the foot of the sample illustrations,
 * stays on the card), letterboxed with the photo's mean colour, as raw RGB pixels that the
 * renderer lays over the drawn card.
 *
 * The photo is decoded and resized once (libvips shrinks a large JPEG while decoding it) and
 * the mean is read from the resized pixels. It used to be encoded again as JPEG and decoded
 * three more times: 80 ms a photo, now about 10. (Those passes meant to average the photo's
 * top and bottom edges, but sharp's `stats()` reads the whole image whatever is extracted: the
 * letterbox has always been the photo's mean colour, and stays so.)
 */
import sharp from 'sharp';
import { SHARE_IMAGE_HEIGHT } from './fields.ts';
import { PRODUCT_VISUAL_WIDTH } from './product-card.ts';

export interface PanelPixels {
  data: Buffer;
  info: { width: number; height: number; channels: 3 };
}

/** Mean colour of RGB pixels, each channel rounded. */
export function meanColour(rgb: Buffer): [number, number, number] {
  const sums = [0, 0, 0];
  for (let i = 0; i < rgb.length; i += 3) {
    sums[0]! += rgb[i]!;
    sums[1]! += rgb[i + 1]!;
    sums[2]! += rgb[i + 2]!;
  }
  const count = rgb.length / 3;
  return [0, 1, 2].map((c) => Math.round(sums[c]! / count)) as [number, number, number];
}

/** `rgb` (`w` × `h`) centred on a `width` × `height` panel of `colour`. */
function letterbox(
  rgb: Buffer,
  w: number,
  h: number,
  width: number,
  height: number,
  colour: readonly number[],
): Buffer {
  const panel = Buffer.alloc(width * height * 3);
  for (let i = 0; i < panel.length; i += 3) {
    panel[i] = colour[0]!;
    panel[i + 1] = colour[1]!;
    panel[i + 2] = colour[2]!;
  }
  const left = Math.floor((width - w) / 2);
  const top = Math.floor((height - h) / 2);
  for (let y = 0; y < h; y++)
    rgb.copy(panel, ((top + y) * width + left) * 3, y * w * 3, (y + 1) * w * 3);
  return panel;
}

export async function photoPixels(
  photo: Buffer,
  width = PRODUCT_VISUAL_WIDTH,
  height = SHARE_IMAGE_HEIGHT,
): Promise<PanelPixels> {
  const fitted = await sharp(photo)
    .rotate()
    .resize(width, height, { fit: 'inside' })
    .removeAlpha()
    .toColourspace('srgb')
    .raw()
    .toBuffer({ resolveWithObject: true });
  const { width: w, height: h } = fitted.info;
  const data = letterbox(fitted.data, w, h, width, height, meanColour(fitted.data));
  return { data, info: { width, height, channels: 3 } };
}
