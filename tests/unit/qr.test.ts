import { describe, expect, it } from 'vitest';
import jsQR from 'jsqr';
import sharp from 'sharp';
import { encode } from 'uqr';
import {
  qrMatrix,
  qrSvg,
  QR_QUIET_ZONE_MODULES,
  type QrErrorCorrection,
  type QrMatrix,
} from '../../src/lib/qr/index.ts';
import { qrPng, renderQrPng } from '../../src/lib/qr/png.ts';

const SHORT_URL = 'https://ocop.example.vn/p/k7q2m4/';
const LONG_URL = `https://ocop.example.vn/san-pham/${'nuoc-mam-nhi-ca-com-40-do-dam-'.repeat(8)}chai-500-ml/?utm_source=nhan&utm_medium=qr`;
const VIETNAMESE = 'Bánh cáy làng Nguyễn — HTX Bánh cáy Nguyễn, Thái Bình (nay Hưng Yên), 4★';

interface Raster {
  data: Uint8ClampedArray;
  width: number;
  height: number;
}

async function rasterise(image: Buffer, width?: number): Promise<Raster> {
  let pipeline = sharp(image, { density: 300 });
  if (width) pipeline = pipeline.resize(width, width, { kernel: 'nearest' });
  const { data, info } = await pipeline
    .flatten({ background: '#ffffff' })
    .ensureAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { data: new Uint8ClampedArray(data), width: info.width, height: info.height };
}

const decode = ({ data, width, height }: Raster) =>
  jsQR(data, width, height, { inversionAttempts: 'dontInvert' })?.data;

/** Every pixel outside the symbol (the quiet zone) is white. */
function quietZoneIsWhite({ data, width }: Raster, modulePixels: number): boolean {
  const margin = Math.floor(QR_QUIET_ZONE_MODULES * modulePixels) - 1;
  for (let y = 0; y < width; y++)
    for (let x = 0; x < width; x++) {
      const inside = x >= margin && y >= margin && x < width - margin && y < width - margin;
      if (!inside && data[(y * width + x) * 4]! < 200) return false;
    }
  return true;
}

/** Error correction level written in the symbol's format bits (first copy). */
function formatLevel({ modules, size }: QrMatrix): QrErrorCorrection {
  const q = QR_QUIET_ZONE_MODULES;
  const at = (x: number, y: number) => modules[(y + q) * size + (x + q)]!;
  const positions: [number, number][] = [
    ...[0, 1, 2, 3, 4, 5].map((i): [number, number] => [8, i]),
    [8, 7],
    [8, 8],
    [7, 8],
    ...[9, 10, 11, 12, 13, 14].map((i): [number, number] => [14 - i, 8]),
  ];
  const bits = positions.reduce((acc, [x, y], i) => acc | (at(x, y) << i), 0) ^ 0x5412;
  return (['M', 'L', 'H', 'Q'] as const)[bits >>> 13]!;
}

describe('qrMatrix', () => {
  it('draws exactly what uqr draws with its own mask choice, at every level', () => {
    const levels = ['L', 'M', 'Q', 'H'] as const;
    for (let i = 0; i < 400; i++) {
      const text = `${SHORT_URL}${'x'.repeat(i % 90)}${i % 3 === 0 ? VIETNAMESE : ''}`;
      const errorCorrection = levels[i % 4]!;
      const reference = encode(text, { ecc: errorCorrection, border: QR_QUIET_ZONE_MODULES });
      const ours = qrMatrix(text, { errorCorrection });
      expect(ours.mask).toBe(reference.maskPattern);
      expect(ours.size).toBe(reference.size);
      const flat = Uint8Array.from(reference.data.flat(), (dark) => (dark ? 1 : 0));
      expect(ours.modules).toEqual(flat);
    }
  });

  it('uses level Q and keeps a short URL at version 4 with a 4-module quiet zone', () => {
    const matrix = qrMatrix(SHORT_URL);
    expect(matrix.errorCorrection).toBe('Q');
    expect(formatLevel(matrix)).toBe('Q');
    expect(matrix.version).toBe(4);
    expect(matrix.symbolSize).toBe(33);
    expect(matrix.size).toBe(33 + 2 * QR_QUIET_ZONE_MODULES);
    expect(formatLevel(qrMatrix(SHORT_URL, { errorCorrection: 'H' }))).toBe('H');
  });
});

describe('qrSvg', () => {
  it('is one path on a white square, sized in modules, crisp, with its title', () => {
    const svg = qrSvg(SHORT_URL, { title: 'Mã QR <K7Q2M4>' });
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 41 41"/);
    expect(svg).toContain('shape-rendering="crispEdges"');
    expect(svg).toContain('<title>Mã QR &lt;K7Q2M4&gt;</title>');
    expect(svg).toContain('<rect width="41" height="41" fill="#fff"/>');
    expect(svg.match(/<path /g)).toHaveLength(1);
  });

  it.each([
    ['short URL', SHORT_URL],
    ['long URL', LONG_URL],
    ['Vietnamese text', VIETNAMESE],
  ])('decodes to the exact %s at several sizes, quiet zone white', async (_, text) => {
    const svg = Buffer.from(qrSvg(text));
    const { size } = qrMatrix(text);
    for (const modulePixels of [3, 5, 8]) {
      const raster = await rasterise(svg, size * modulePixels);
      expect(decode(raster)).toBe(text);
      expect(quietZoneIsWhite(raster, modulePixels)).toBe(true);
    }
  });
});

describe('qrPng', () => {
  it('is a 1-bit greyscale PNG, scale pixels a module, 300 dpi', async () => {
    const png = qrPng(SHORT_URL, { scale: 10 });
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
    expect([png[24], png[25]]).toEqual([1, 0]); // bit depth 1, greyscale
    const meta = await sharp(png).metadata();
    expect(meta.width).toBe(410);
    expect(meta.height).toBe(410);
    expect(meta.density).toBe(300);
  });

  it.each([
    ['short URL', SHORT_URL],
    ['long URL', LONG_URL],
    ['Vietnamese text', VIETNAMESE],
  ])('decodes to the exact %s at scales 2, 4 and 10, quiet zone white', async (_, text) => {
    for (const scale of [2, 4, 10]) {
      const raster = await rasterise(qrPng(text, { scale }));
      expect(raster.width).toBe(qrMatrix(text).size * scale);
      expect(decode(raster)).toBe(text);
      expect(quietZoneIsWhite(raster, scale)).toBe(true);
    }
  });

  it('draws each code on its own, whatever was drawn before it (one buffer serves them all)', () => {
    const alone = Buffer.from(qrPng(SHORT_URL, { scale: 4 }));
    // A larger code at a larger scale, then the first again: the same bytes.
    qrPng(LONG_URL, { scale: 10 });
    expect(Buffer.compare(qrPng(SHORT_URL, { scale: 4 }), alone)).toBe(0);
    const matrix = qrMatrix(VIETNAMESE);
    expect(Buffer.compare(renderQrPng(matrix), renderQrPng(matrix))).toBe(0);
  });

  it('the quiet zone is exactly 4 modules: the finder pattern starts right after it', async () => {
    const scale = 4;
    const { data, width } = await rasterise(qrPng(SHORT_URL, { scale }));
    const dark = (module: number) => data[(module * scale * width + module * scale) * 4]! < 128;
    expect([0, 1, 2, 3].some(dark)).toBe(false);
    expect(dark(4)).toBe(true);
  });

  /**
   * A price sticker across the middle: a dark band 45 % of the symbol wide and 33 % high
   * (~15 % of its modules) from module (9, 9), clear of the finder patterns.
   */
  function blot(matrix: QrMatrix): { matrix: QrMatrix; share: number } {
    const modules = matrix.modules.slice();
    const q = QR_QUIET_ZONE_MODULES;
    const width = Math.round(0.45 * matrix.symbolSize);
    const height = Math.round(0.33 * matrix.symbolSize);
    for (let y = 9; y < 9 + height; y++)
      for (let x = 9; x < 9 + width; x++) modules[(y + q) * matrix.size + (x + q)] = 1;
    return { matrix: { ...matrix, modules }, share: (width * height) / matrix.symbolSize ** 2 };
  }

  it('level Q still decodes with ~15 % of the modules covered; level L does not', async () => {
    const q = blot(qrMatrix(SHORT_URL));
    expect(q.share).toBeGreaterThanOrEqual(0.14);
    expect(decode(await rasterise(renderQrPng(q.matrix, { scale: 4 })))).toBe(SHORT_URL);

    const l = blot(qrMatrix(SHORT_URL, { errorCorrection: 'L' }));
    expect(l.share).toBeGreaterThanOrEqual(0.14);
    expect(decode(await rasterise(renderQrPng(l.matrix, { scale: 4 })))).toBeUndefined();
  });
});
