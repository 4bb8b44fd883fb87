/**
 * `photoPixels`: a photo fitted whole into the 480 × 630 panel, centred, on its mean colour,
 * as RGB; grey and portrait photos included.
 */
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { meanColour, photoPixels } from '../../src/lib/share-image/photo-panel.ts';

/** A photo of two halves, `a` on the left and `b` on the right. */
async function halves(width: number, height: number, a: string, b: string, grey = false) {
  const left = await sharp({
    create: { width: width / 2, height, channels: 3, background: a },
  })
    .png()
    .toBuffer();
  const image = sharp({ create: { width, height, channels: 3, background: b } }).composite([
    { input: left, left: 0, top: 0 },
  ]);
  return (grey ? image.toColourspace('b-w') : image).jpeg({ quality: 95 }).toBuffer();
}

const at = (data: Buffer, x: number, y: number) => [
  ...data.subarray((y * 480 + x) * 3, (y * 480 + x) * 3 + 3),
];
const near = (pixel: number[], colour: number[]) =>
  pixel.every((v, i) => Math.abs(v - colour[i]!) <= 3);

describe('photoPixels', () => {
  it('fits a landscape photo whole, centred, letterboxed with its mean colour', async () => {
    const { data, info } = await photoPixels(await halves(1200, 900, '#ff0000', '#0000ff'));
    expect(info).toEqual({ width: 480, height: 630, channels: 3 });
    // 1200 × 900 → 480 × 360, from row 135 to row 494.
    expect(near(at(data, 10, 300), [255, 0, 0])).toBe(true);
    expect(near(at(data, 470, 300), [0, 0, 255])).toBe(true);
    expect(near(at(data, 240, 20), [128, 0, 128])).toBe(true);
    expect(near(at(data, 240, 620), [128, 0, 128])).toBe(true);
    expect(near(at(data, 10, 140), [255, 0, 0])).toBe(true);
    expect(near(at(data, 10, 130), [128, 0, 128])).toBe(true);
  });

  it('fits a portrait photo whole with bands left and right', async () => {
    const { data } = await photoPixels(await halves(300, 900, '#00ff00', '#00ff00'));
    // 300 × 900 → 210 × 630, from column 135 to 344.
    expect(near(at(data, 240, 315), [0, 255, 0])).toBe(true);
    expect(near(at(data, 5, 315), [0, 255, 0])).toBe(true); // the band is the photo's colour
  });

  it('gives RGB for a grey photo', async () => {
    const { data } = await photoPixels(await halves(800, 600, '#202020', '#e0e0e0', true));
    expect(data.length).toBe(480 * 630 * 3);
    expect(near(at(data, 240, 10), [128, 128, 128])).toBe(true);
  });
});

describe('meanColour', () => {
  it('averages each channel', () => {
    expect(meanColour(Buffer.from([0, 10, 200, 100, 30, 0]))).toEqual([50, 20, 100]);
  });
});
