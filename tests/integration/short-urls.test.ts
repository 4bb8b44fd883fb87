/**
 * Short URLs survive a rename: a mini catalogue is built, one product's file is renamed (a new
 * slug, the same code), and the site is rebuilt with the same caches. `/p/<code>/` must then
 * link to the new product page, which exists, the old page must be gone, and the QR code must
 * still decode to the same short URL (a label printed before the rename keeps working).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rename, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import jsQR from 'jsqr';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MINI_PRODUCTS, MINI_TODAY, writeMiniCatalogue } from '../support/ocop-mini-catalogue.ts';

const SITE = 'https://ocop.example.vn';
const OLD_SLUG = MINI_PRODUCTS[0]!.id;
const NEW_SLUG = `${OLD_SLUG}-doi-ten`;

let dir: string;
let code: string;
const dist = (...parts: string[]) => path.join(dir, 'dist', ...parts);
const before: { svg?: Buffer; png?: Buffer } = {};

function build(): void {
  const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
    env: {
      ...process.env,
      SITE_URL: SITE,
      OCOP_CONTENT_DIR: path.join(dir, 'content'),
      OCOP_OUT_DIR: dist(),
      OCOP_CACHE_DIR: path.join(dir, 'cache'),
      OCOP_TODAY: MINI_TODAY,
      OCOP_SHARE_IMAGES: 'off',
    },
    encoding: 'utf8',
    timeout: 300_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0)
    throw new Error(`astro build failed:\n${result.stdout}\n${result.stderr}`);
}

async function decode(image: Buffer, width?: number): Promise<string | undefined> {
  let pipeline = sharp(image, { density: 300 });
  if (width) pipeline = pipeline.resize(width);
  const { data, info } = await pipeline
    .flatten({ background: '#ffffff' })
    .ensureAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  return jsQR(new Uint8ClampedArray(data), info.width, info.height)?.data;
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'ocop-short-urls-'));
  const products = path.join(dir, 'content', 'products');
  await writeMiniCatalogue(path.join(dir, 'content'));
  const file = path.join(products, `${OLD_SLUG}.json`);
  code = (JSON.parse(await readFile(file, 'utf8')) as { code: string }).code;
  build();
  before.svg = await readFile(dist('p', code, 'qr.svg'));
  before.png = await readFile(dist('p', code, 'qr.png'));
  expect(await readFile(dist('p', code, 'index.html'), 'utf8')).toContain(
    `href="/san-pham/${OLD_SLUG}/"`,
  );
  await rename(file, path.join(products, `${NEW_SLUG}.json`));
  build();
}, 660_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('after a product is renamed (new slug, same code)', () => {
  it('its old page is gone and its new page exists', () => {
    expect(existsSync(dist('san-pham', OLD_SLUG, 'index.html'))).toBe(false);
    expect(existsSync(dist('san-pham', NEW_SLUG, 'index.html'))).toBe(true);
    expect(existsSync(dist('en', 'san-pham', NEW_SLUG, 'index.html'))).toBe(true);
  });

  it('/p/<code>/ links to the new page, in both languages, and never to the old one', async () => {
    const vi = await readFile(dist('p', code, 'index.html'), 'utf8');
    expect(vi).toContain(`href="/san-pham/${NEW_SLUG}/"`);
    expect(vi).not.toContain(`/san-pham/${OLD_SLUG}/`);
    const en = await readFile(dist('en', 'p', code, 'index.html'), 'utf8');
    expect(en).toContain(`href="/en/san-pham/${NEW_SLUG}/"`);
    expect(en).not.toContain(`/san-pham/${OLD_SLUG}/`);
  });

  it('the new product page shows the same code and links to the same short URL', async () => {
    const html = await readFile(dist('san-pham', NEW_SLUG, 'index.html'), 'utf8');
    expect(html).toContain(`href="/p/${code}/"`);
    expect(html).toContain(`src="/p/${code}/qr.svg"`);
  });

  it('its QR code still decodes to the same short URL, byte for byte the same files', async () => {
    const png = await readFile(dist('p', code, 'qr.png'));
    const svg = await readFile(dist('p', code, 'qr.svg'));
    expect(await decode(png)).toBe(`${SITE}/p/${code}/`);
    expect(await decode(svg, 400)).toBe(`${SITE}/p/${code}/`);
    expect(png.equals(before.png!)).toBe(true);
    expect(svg.equals(before.svg!)).toBe(true);
  });
});
