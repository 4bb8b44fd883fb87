/**
 * Placeholder product photos for image-pipeline benchmarks: 800×600 JPEGs, a solid colour with
 * one simple shape, no text. Same spec → same bytes.
 */
import sharp from 'sharp';
import type { Random } from './random.ts';

export const IMAGE_WIDTH = 800;
export const IMAGE_HEIGHT = 600;

const SHAPES = ['circle', 'square', 'triangle', 'diamond'] as const;
export type Shape = (typeof SHAPES)[number];

export interface PlaceholderImage {
  /** File name inside `products/images/`, e.g. "nuoc-mam-tan-phu.jpg". */
  file: string;
  background: string;
  foreground: string;
  shape: Shape;
}

const hsl = (h: number, s: number, l: number) => `hsl(${h.toFixed(0)},${s}%,${l}%)`;

export function placeholderSpec(random: Random, slug: string): PlaceholderImage {
  const hue = random.int(0, 359);
  return {
    file: `${slug}.jpg`,
    background: hsl(hue, random.int(35, 65), random.int(70, 85)),
    foreground: hsl((hue + random.int(120, 240)) % 360, random.int(45, 75), random.int(35, 55)),
    shape: random.pick(SHAPES),
  };
}

function shapeSvg(shape: Shape, fill: string): string {
  const cx = IMAGE_WIDTH / 2;
  const cy = IMAGE_HEIGHT / 2;
  const r = 180;
  switch (shape) {
    case 'circle':
      return `<circle cx="${cx}" cy="${cy}" r="${r}" fill="${fill}"/>`;
    case 'square':
      return `<rect x="${cx - r}" y="${cy - r}" width="${2 * r}" height="${2 * r}" rx="24" fill="${fill}"/>`;
    case 'triangle':
      return `<polygon points="${cx},${cy - r} ${cx + r},${cy + r} ${cx - r},${cy + r}" fill="${fill}"/>`;
    case 'diamond':
      return `<polygon points="${cx},${cy - r} ${cx + r},${cy} ${cx},${cy + r} ${cx - r},${cy}" fill="${fill}"/>`;
  }
}

/** The JPEG bytes of one placeholder. */
export function renderPlaceholder(spec: PlaceholderImage): Promise<Buffer> {
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${IMAGE_WIDTH}" height="${IMAGE_HEIGHT}">` +
    `<rect width="100%" height="100%" fill="${spec.background}"/>${shapeSvg(spec.shape, spec.foreground)}</svg>`;
  return sharp(Buffer.from(svg)).jpeg({ quality: 80, mozjpeg: false }).toBuffer();
}
