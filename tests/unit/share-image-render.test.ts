/**
 * The cards look as they did before the renderer was made faster: a few sample cards (a
 * product with its photo, expired, revoked, English, producers, the site) are drawn and
 * compared with reference images drawn the earlier way (`tests/fixtures/share-image-reference/`).
 * They may differ only invisibly: per channel a mean absolute difference under 1.5 and no
 * 16 × 16 block differing by 16 or more on average (one letter changed makes a block differ by
 * ~90: the last test shows the check can fail). `UPDATE_SHARE_IMAGE_REFERENCES=1` redraws the references, for a change
 * of drawing that is meant (bump the render version in `cache.ts` with it).
 */
import { getProvince } from '../../src/lib/domain/provinces.ts';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import {
  producerShareFields,
  productShareFields,
  siteShareFields,
  type ShareCardFields,
} from '../../src/lib/share-image/fields.ts';
import { renderShareCard } from '../../src/lib/share-image/card-image.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const referenceDir = path.join(root, 'tests/fixtures/share-image-reference');
const site = 'https://ocop.example.vn';
const province = (slug: string) => getProvince(slug)!;
const valid = {
  stars: 4,
  status: { state: 'valid', validUntil: '2027-12-15' },
  inForce: true,
} as const;

const product = (over: Partial<Parameters<typeof productShareFields>[0]>) =>
  productShareFields({
    locale: 'vi',
    name: 'Bánh cáy làng Nguyễn',
    standing: valid,
    province: province('hung-yen'),
    producer: 'Xưởng chế biến thực phẩm bánh kẹo Thiên Đức',
    category: 'I.3.b',
    photo: null,
    site,
    ...over,
  });

const producer = (locale: 'vi' | 'en') =>
  producerShareFields({
    locale,
    name: 'Hợp tác xã Dừa sáp Hòa Tân',
    type: locale === 'vi' ? 'Hợp tác xã' : 'Cooperative',
    province: province('vinh-long'),
    products: [
      valid,
      { stars: 5, status: { state: 'valid', validUntil: '2028-03-01' }, inForce: true },
      { stars: 3, status: { state: 'expired', validUntil: '2025-01-10' }, inForce: false },
      { stars: 4, status: { state: 'revoked', validUntil: '2026-05-01' }, inForce: false },
    ],
    site,
  });

/** The sample cards: name, fields, photo file (relative to the repository). */
export const SAMPLE_CARDS: [string, ShareCardFields, string | null][] = [
  [
    'product-photo',
    product({ photo: 'banh-cay-lang-nguyen.jpg' }),
    'content/products/images/banh-cay-lang-nguyen.jpg',
  ],
  [
    'product-expired',
    product({
      name: 'Nước mắm Phú Quốc Đặc biệt',
      category: 'I.3.a',
      standing: {
        stars: 5,
        status: { state: 'expired', validUntil: '2025-07-14' },
        inForce: false,
      },
    }),
    null,
  ],
  [
    'product-revoked',
    product({
      name: 'Trà shan tuyết cổ thụ Hà Giang',
      category: 'II.1.a',
      standing: {
        stars: 3,
        status: { state: 'revoked', validUntil: '2026-02-01' },
        inForce: false,
      },
    }),
    null,
  ],
  [
    'product-en-expiring',
    product({
      locale: 'en',
      nameEn: 'Nguyen village cay cake',
      standing: {
        stars: 4,
        status: { state: 'expiring', validUntil: '2027-02-15' },
        inForce: true,
      },
    }),
    null,
  ],
  ['producer-vi', producer('vi'), null],
  ['producer-en', producer('en'), null],
  ['site-vi', siteShareFields({ locale: 'vi', products: 127, producers: 86, site }), null],
];

/** Invisible: under these (AVIF alone puts ~0.4 and ~5 between a card and its reference). */
const MAX_MEAN = 1.5;
const MAX_BLOCK = 16;

async function draw(fields: ShareCardFields, photo: string | null): Promise<Buffer> {
  const bytes = photo ? await readFile(path.join(root, photo)) : null;
  return (await renderShareCard(fields, bytes)).data;
}

/** Per channel mean absolute difference, and the largest mean difference of a 16 × 16 block. */
async function difference(a: Buffer, b: Buffer): Promise<{ mean: number; block: number }> {
  const raw = (image: Buffer) => sharp(image).removeAlpha().toColourspace('srgb').raw().toBuffer();
  const [x, y] = await Promise.all([raw(a), raw(b)]);
  const diff = Buffer.alloc(x.length);
  for (let i = 0; i < x.length; i++) diff[i] = Math.abs(x[i]! - y[i]!);
  const image = () => sharp(diff, { raw: { width: 1200, height: 630, channels: 3 } });
  const mean = Math.max(...(await image().stats()).channels.map((c) => c.mean));
  // Shrinking by 16 averages each 16 × 16 block (1200 × 630 → 75 × 40, the last row partial).
  const blocks = await image().resize(75, 40, { kernel: 'linear', fit: 'fill' }).raw().toBuffer();
  return { mean, block: Math.max(...blocks) };
}

describe('share cards drawn against their references', () => {
  it.each(SAMPLE_CARDS)('%s looks as its reference', async (name, fields, photo) => {
    const png = fields.kind === 'site';
    const file = path.join(referenceDir, `${name}.${png ? 'png' : 'avif'}`);
    const drawn = await draw(fields, photo);
    // A JPEG card's reference is kept as AVIF (under 50 KB, closer to it than a JPEG that size).
    if (process.env.UPDATE_SHARE_IMAGE_REFERENCES)
      await writeFile(file, png ? drawn : await sharp(drawn).avif({ quality: 80 }).toBuffer());
    const { mean, block } = await difference(drawn, await readFile(file));
    expect(mean).toBeLessThan(MAX_MEAN);
    expect(block).toBeLessThan(MAX_BLOCK);
  });

  it('tells a card with one letter or one status changed from its reference', async () => {
    const reference = await readFile(path.join(referenceDir, 'product-expired.avif'));
    const [, fields] = SAMPLE_CARDS[1]!;
    if (fields.kind !== 'product') throw new Error('a product card');
    const oneLetter = await draw({ ...fields, name: 'Nước mắm Phú Quốc Đặc biệr' }, null);
    expect((await difference(oneLetter, reference)).block).toBeGreaterThan(MAX_BLOCK);
    const revoked = await draw({ ...fields, status: { ...fields.status, state: 'revoked' } }, null);
    expect((await difference(revoked, reference)).block).toBeGreaterThan(MAX_BLOCK);
  });
});
