/**
 * Share images: the cards are 1200 × 630 JPEG, every Vietnamese letter is drawn with the
 * shipped fonts (not left blank or boxed), the version hash follows what is drawn, and the
 * cache renders an unchanged card only once.
 */
import { getProvince } from '../../src/lib/domain/provinces.ts';
import { cp, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCatalogue } from '../../src/lib/content-files/read-content.ts';
import { LEAF_CODES, categoryPath } from '../../src/lib/domain/categories.ts';
import { productStanding } from '../../src/lib/domain/product-standing.ts';
import type { OcopStars } from '../../src/lib/domain/stars.ts';
import { codesOfLeaf } from '../../src/lib/illustration/category-motif.ts';
import { shareImageJobs, type ShareImageJob } from '../../src/lib/share-image/catalogue-jobs.ts';
import { h } from '../../src/lib/share-image/elements.ts';
import {
  producerShareFields,
  productShareFields,
  shareImageHash,
  shareImageUrl,
  shareImageVersion,
  siteShareFields,
  type ProductShareFields,
} from '../../src/lib/share-image/fields.ts';
import { FONT_FAMILY } from '../../src/lib/share-image/fonts.ts';
import { PRODUCT_VISUAL_WIDTH } from '../../src/lib/share-image/product-card.ts';
import { cardSvg, drawSvg, missingGlyphs, unclipImages } from '../../src/lib/share-image/render.ts';
import { renderShareCard } from '../../src/lib/share-image/card-image.ts';
import { photoPixels } from '../../src/lib/share-image/photo-panel.ts';
import { writeShareImages } from '../../src/lib/share-image/write-share-images.ts';

const province = (slug: string) => getProvince(slug)!;

const root = fileURLToPath(new URL('../../', import.meta.url));
const photoFile = path.join(root, 'content/products/images/banh-cay-lang-nguyen.jpg');
const otherPhotoFile = path.join(root, 'content/products/images/muoi-hat-bac-lieu.jpg');
const site = 'https://ocop.example.vn';

/** A standing as the derivation gives it, on `today`, for a decision dated `decided`. */
const standingOn = (
  today: string,
  {
    decided = '2024-12-15',
    stars = 4,
    revoked = false,
  }: { decided?: string; stars?: OcopStars; revoked?: boolean } = {},
) =>
  productStanding(
    {
      province: 'hung-yen',
      category: 'I.3.b',
      certifications: [{ stars, decisionDate: decided, status: revoked ? 'revoked' : 'new' }],
    },
    today,
  );

/** Decided 15/12/2024: valid through 15/12/2027 on this day. */
const VALID_DAY = '2026-01-01';

const product = (over: Partial<Parameters<typeof productShareFields>[0]> = {}) =>
  productShareFields({
    locale: 'vi',
    name: 'Bánh cáy làng Nguyễn',
    standing: standingOn(VALID_DAY),
    province: province('hung-yen'),
    producer: 'Xưởng bánh kẹo Thiên Đức',
    category: 'I.3.b',
    photo: null,
    site,
    ...over,
  });

/** Every letter of Vietnamese: the 12 vowels with each of the 6 tones, đ, both cases. */
const VOWELS = 'aăâeêioôơuưy';
const TONES = ['', '\u0300', '\u0301', '\u0303', '\u0309', '\u0323'];
const VIETNAMESE_LETTERS = Array.from(VOWELS)
  .flatMap((v) => TONES.map((t) => (v + t).normalize('NFC')))
  .concat('đ')
  .flatMap((c) => [c, c.toUpperCase()]);

const DIACRITIC_NAME = 'Nước mắm Phú Quốc Đặc biệt – Ượp Ửng Ỹ Ặ Ẫ Ợ Ữ';

/** Path data satori drew for one character alone, at both weights ('' when nothing). */
async function glyphPaths(ch: string): Promise<string> {
  const { svg } = await drawSvg(
    h(
      'div',
      { style: { display: 'flex', fontFamily: FONT_FAMILY, fontSize: 40, fontWeight: 700 } },
      ch,
    ),
    80,
    80,
  );
  return [...svg.matchAll(/<path[^>]* d="([^"]*)"/g)].map((m) => m[1]).join(' ');
}

describe('share card image', () => {
  it('is a 1200 × 630 JPEG for a product with a photo, without one, and a producer', async () => {
    const cards = [
      await renderShareCard(
        product({ photo: 'banh-cay-lang-nguyen.jpg' }),
        await readFile(photoFile),
      ),
      await renderShareCard(product()),
      await renderShareCard(
        producerShareFields({
          locale: 'vi',
          name: 'Hợp tác xã Dừa sáp Hòa Tân',
          type: 'Hợp tác xã',
          province: province('vinh-long'),
          products: [
            standingOn(VALID_DAY, { stars: 5 }),
            standingOn(VALID_DAY, { revoked: true }),
            standingOn('2028-01-01', { stars: 3 }),
          ],
          site,
        }),
      ),
    ];
    for (const { data, missing } of cards) {
      const meta = await sharp(data).metadata();
      expect(meta).toMatchObject({ format: 'jpeg', width: 1200, height: 630 });
      expect(missing).toEqual([]);
      // Small enough for link previews (networks cap them at a few MB; pages stay light).
      expect(data.length).toBeLessThan(200_000);
    }
  }, 60_000);
  it("is a 1200 × 630 PNG for the site's own card (the default og:image)", async () => {
    const { data, missing } = await renderShareCard(
      siteShareFields({ locale: 'vi', products: 20_000, producers: 10_000, site }),
    );
    expect(await sharp(data).metadata()).toMatchObject({ format: 'png', width: 1200, height: 630 });
    expect(missing).toEqual([]);
  });

  it('shows the whole product photo in the left panel, its caption not cropped', async () => {
    const photo = await readFile(photoFile);
    const { data } = await renderShareCard(product({ photo: 'banh-cay-lang-nguyen.jpg' }), photo);
    const panel = { left: 0, top: 0, width: PRODUCT_VISUAL_WIDTH, height: 630 };
    const drawn = await sharp(data).extract(panel).removeAlpha().raw().toBuffer();
    // 1200 × 900 fitted whole: 480 × 360, centred (the sample's caption is at its foot).
    const fitted = await sharp(photo).resize(PRODUCT_VISUAL_WIDTH, 360).removeAlpha().toBuffer();
    const expected = await sharp(drawn, {
      raw: { width: PRODUCT_VISUAL_WIDTH, height: 630, channels: 3 },
    })
      .composite([{ input: fitted, left: 0, top: 135 }])
      .removeAlpha()
      .raw()
      .toBuffer();
    const { data: pixels } = await photoPixels(photo);
    expect(pixels.length).toBe(PRODUCT_VISUAL_WIDTH * 630 * 3);
    let diff = 0;
    for (let i = 0; i < drawn.length; i++) diff += Math.abs(drawn[i]! - expected[i]!);
    expect(diff / drawn.length, 'mean difference per channel (JPEG noise only)').toBeLessThan(4);
  }, 30_000);
});

describe('unclipImages', () => {
  it("drops satori's box-sized clips and masks on images without changing a pixel", async () => {
    for (const fields of [
      product({ standing: standingOn(VALID_DAY, { stars: 3 }) }),
      product({ standing: standingOn('2028-01-01') }), // expired: greyed stars
      producerShareFields({
        locale: 'vi',
        name: 'HTX Dừa sáp Hòa Tân',
        type: 'Hợp tác xã',
        province: province('vinh-long'),
        products: [standingOn(VALID_DAY, { stars: 5 }), standingOn('2028-01-01')],
        site,
      }),
    ]) {
      const { svg } = await cardSvg(fields);
      const lean = unclipImages(svg);
      expect(svg).toMatch(/<image [^>]*mask="url\(#satori_om-/);
      expect(lean).not.toMatch(/<image [^>]*(mask|clip-path)=/);
      const pixels = (s: string) => sharp(Buffer.from(s)).raw().toBuffer();
      expect((await pixels(lean)).equals(await pixels(svg))).toBe(true);
    }
  }, 30_000);
});

describe('Vietnamese text is drawn, not left as tofu', () => {
  it('has a glyph in the shipped fonts for every Vietnamese letter and the test name', async () => {
    expect(await missingGlyphs(VIETNAMESE_LETTERS.join(' '))).toEqual([]);
    expect(await missingGlyphs(DIACRITIC_NAME)).toEqual([]);
  });

  it('draws every character of a name full of diacritics as its own, non-empty outline', async () => {
    const chars = [...new Set(DIACRITIC_NAME.replace(/\s/g, ''))];
    const paths = new Map<string, string>();
    for (const ch of chars) paths.set(ch, await glyphPaths(ch));
    for (const [ch, d] of paths) expect(d.length, `outline of "${ch}"`).toBeGreaterThan(20);
    // A font without the letter would fall back to one shape (.notdef) for all of them:
    // the tone-marked capitals must all differ from each other and from their bare letter.
    const marked = ['Ặ', 'Ẫ', 'Ợ', 'Ữ', 'Ỹ', 'Ư', 'Đ'];
    expect(new Set(marked.map((c) => paths.get(c))).size).toBe(marked.length);
    expect(paths.get('Ặ')).not.toBe(await glyphPaths('A'));
  }, 30_000);

  it('detects a character the fonts do not have (so these checks can fail)', async () => {
    expect(await missingGlyphs('Bánh 漢')).toEqual(['漢']);
    expect(await missingGlyphs('5 ★')).toEqual(['★']);
    expect(await glyphPaths('漢')).toBe('');
    const { missing } = await renderShareCard(product({ name: 'Bánh cáy 漢' }));
    expect(missing).toEqual(['漢']);
  }, 30_000);

  it('draws the status beside the stars: gold for a certificate in force, grey once expired', async () => {
    const raw = async (fields: ProductShareFields) => {
      const { data } = await renderShareCard(fields);
      return sharp(data).raw().toBuffer({ resolveWithObject: true });
    };
    const cards = {
      valid: await raw(product()),
      expiring: await raw(product({ standing: standingOn('2027-10-01') })),
      expired: await raw(product({ standing: standingOn('2028-01-01') })),
      revoked: await raw(product({ standing: standingOn(VALID_DAY, { revoked: true }) })),
    };
    const { width, channels } = cards.valid.info;
    const changed = (a: Buffer, b: Buffer, y0: number, y1: number, x0 = PRODUCT_VISUAL_WIDTH) => {
      let n = 0;
      for (let y = y0; y < y1; y++)
        for (let x = x0; x < 1200; x++) {
          const i = (y * width + x) * channels;
          if (Math.abs(a[i]! - b[i]!) > 40) n++;
        }
      return n;
    };
    // The status row (under the stars) differs between every two states.
    const states = Object.values(cards);
    for (const [i, a] of states.entries())
      for (const b of states.slice(i + 1))
        expect(changed(a.data, b.data, 40, 180)).toBeGreaterThan(200);
    // The first star's centre: gold while in force, grey once expired.
    const pixel = (card: { data: Buffer }): [number, number, number] => {
      const i = (82 * width + 556) * channels;
      return [card.data[i]!, card.data[i + 1]!, card.data[i + 2]!];
    };
    for (const card of [cards.valid, cards.expiring]) {
      const [r, , b] = pixel(card);
      expect(r - b, 'gold').toBeGreaterThan(120);
    }
    const [r, , b] = pixel(cards.expired);
    expect(Math.abs(r - b), 'grey').toBeLessThan(30);
    // The footer is the same whatever the status.
    for (const card of states) expect(changed(card.data, cards.valid.data, 540, 630)).toBe(0);
  }, 60_000);

  it('changes the pixels of the name, and only there, when only diacritics differ', async () => {
    const raw = async (fields: ProductShareFields) => {
      const { data } = await renderShareCard(fields);
      return sharp(data).raw().toBuffer({ resolveWithObject: true });
    };
    const accented = await raw(product({ name: 'Bánh' }));
    const plain = await raw(product({ name: 'Banh' }));
    const { width, channels } = accented.info;
    const differing = (x0: number, y0: number, x1: number, y1: number) => {
      let n = 0;
      for (let y = y0; y < y1; y++)
        for (let x = x0; x < x1; x++) {
          const i = (y * width + x) * channels;
          const d = Math.abs(accented.data[i]! - plain.data[i]!);
          if (d > 40) n++;
        }
      return n;
    };
    // The name sits in the text column, between the stars row and the producer line.
    expect(differing(PRODUCT_VISUAL_WIDTH, 110, 1200, 420)).toBeGreaterThan(50);
    // The motif panel and the footer are untouched.
    expect(differing(0, 0, PRODUCT_VISUAL_WIDTH - 16, 630)).toBe(0);
    expect(differing(PRODUCT_VISUAL_WIDTH, 540, 1200, 630)).toBe(0);
  }, 30_000);
});

describe('shareImageVersion', () => {
  it('is eight hex digits that change with anything drawn and not with key order', () => {
    const base = product();
    expect(shareImageVersion(base)).toMatch(/^[0-9a-f]{8}$/);
    const reordered = Object.fromEntries(Object.entries(base).reverse()) as ProductShareFields;
    expect(shareImageVersion(reordered)).toBe(shareImageVersion(base));
    for (const change of [
      { name: 'Banh cay lang Nguyen' },
      { standing: standingOn(VALID_DAY, { stars: 5 }) },
      { standing: standingOn(VALID_DAY, { revoked: true }) },
      { standing: standingOn('2027-10-01') }, // expiring
      { standing: standingOn('2028-01-01') }, // expired
      { standing: standingOn(VALID_DAY, { decided: '2024-12-16' }) }, // another date shown
      { province: province('thai-nguyen') },
      { producer: 'Xưởng khác' },
      { category: 'I.3.a' },
      { photo: 'a.jpg' },
      { site: 'https://ocop.gov.vn' },
    ])
      expect(shareImageVersion(product(change)), JSON.stringify(change)).not.toBe(
        shareImageVersion(base),
      );
  });

  it('takes the photo by file name, from a path or a built URL alike', () => {
    expect(product({ photo: '/work/x/content/products/images/a.jpg' }).photo).toBe('a.jpg');
    expect(product({ photo: './images/a.jpg' }).photo).toBe('a.jpg');
    expect(shareImageUrl(product(), 'f4mpg6')).toBe(
      `/og/p/f4mpg6.jpg?v=${shareImageVersion(product())}`,
    );
  });

  it('draws the motif of the same category path as the pages', () => {
    for (const leaf of LEAF_CODES)
      expect(codesOfLeaf(leaf)).toEqual(categoryPath(leaf).map((c) => c.code));
  });
});

describe('the share-image cache', () => {
  const fixture = fileURLToPath(new URL('../fixtures/content/catalogues/valid/', import.meta.url));
  let dir: string;
  let content: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'ocop-share-images-'));
    content = path.join(dir, 'content');
    await cp(fixture, content, { recursive: true });
    await cp(photoFile, path.join(content, 'products/images/mat-hoa-dua.jpg'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  /** f4mpg6 (bánh cáy, 4 stars) was decided 20/4/2022: valid through 20/4/2025. */
  const build = async (out: string, today = '2024-12-01') =>
    writeShareImages({
      jobs: shareImageJobs(await readCatalogue(content), site, today),
      outDir: path.join(dir, out),
      cacheDir: path.join(dir, 'cache'),
    });

  it('writes a card per product and producer in each language, from the catalogue', async () => {
    const jobs = shareImageJobs(await readCatalogue(content), site, '2024-12-01');
    expect(jobs.map((j) => j.file).sort()).toEqual(
      [
        'og-default.png',
        'og/c/6y4qm8.jpg',
        'og/c/q1k6e7.jpg',
        'og/p/cp3egn.jpg',
        'og/p/f4mpg6.jpg',
        'en/og-default.png',
        'og/en/c/6y4qm8.jpg',
        'og/en/c/q1k6e7.jpg',
        'og/en/p/cp3egn.jpg',
        'og/en/p/f4mpg6.jpg',
      ].sort(),
    );
    const honey = jobs.find((j) => j.file === 'og/p/cp3egn.jpg')!;
    // The latest certification decides: upgraded to 5 stars in 2024.
    expect(honey.fields).toMatchObject({
      stars: 5,
      photo: 'mat-hoa-dua.jpg',
      province: 'Vĩnh Long',
    });
    expect(honey.photoFile).toBe(path.join(content, 'products/images/mat-hoa-dua.jpg'));
    const maker = jobs.find((j) => j.file === 'og/c/q1k6e7.jpg')!;
    expect(maker.fields).toMatchObject({
      type: 'Doanh nghiệp',
      stars: { 5: 1, 4: 0, 3: 0 },
      expired: 0,
      revoked: 0,
    });
    expect(honey.fields).toMatchObject({ status: { state: 'valid', validUntil: '2027-02-28' } });
    // The English cards: English words, the same standing.
    expect(jobs.find((j) => j.file === 'og/en/p/cp3egn.jpg')!.fields).toMatchObject({
      locale: 'en',
      stars: 5,
      status: { state: 'valid', validUntil: '2027-02-28' },
      province: 'Vĩnh Long Province',
    });
    expect(jobs.find((j) => j.file === 'og/en/c/q1k6e7.jpg')!.fields).toMatchObject({
      locale: 'en',
      type: 'Company',
      stars: { 5: 1, 4: 0, 3: 0 },
    });
  });

  it('renders each card once, then reuses it; a change re-renders only that card', async () => {
    const first = await build('dist-1');
    expect(first).toMatchObject({ rendered: 10, reused: 0 });
    const card = path.join(dir, 'dist-1/og/p/f4mpg6.jpg');
    expect(await sharp(card).metadata()).toMatchObject({ width: 1200, height: 630 });

    const second = await build('dist-2');
    expect(second).toMatchObject({ rendered: 0, reused: 10, pruned: 0 });
    expect(await readFile(path.join(dir, 'dist-2/og/p/f4mpg6.jpg'))).toEqual(await readFile(card));

    // Rename one product: its two cards alone are drawn again (the English one prints the
    // certified name too), the old entries are pruned.
    const file = path.join(content, 'products/banh-cay-lang-nguyen.json');
    const entry = JSON.parse(await readFile(file, 'utf8')) as { name: string };
    entry.name = 'Bánh cáy làng Nguyễn đặc biệt';
    await writeFile(file, JSON.stringify(entry));
    const third = await build('dist-3');
    expect(third).toMatchObject({ rendered: 2, reused: 8, pruned: 2 });
    expect(await readFile(path.join(dir, 'dist-3/og/p/f4mpg6.jpg'))).not.toEqual(
      await readFile(card),
    );
    expect(await readFile(path.join(dir, 'dist-3/og/p/cp3egn.jpg'))).toEqual(
      await readFile(path.join(dir, 'dist-1/og/p/cp3egn.jpg')),
    );
  }, 120_000);

  it('redraws on another build day exactly the cards whose status changed', async () => {
    const cache = path.join(dir, 'cache-days');
    const run = async (today: string) => {
      const jobs = shareImageJobs(await readCatalogue(content), site, today);
      const report = await writeShareImages({
        jobs,
        outDir: path.join(dir, `days-${today}`),
        cacheDir: cache,
      });
      return { report, jobs, drawn: report.renders.map((r) => r.file).sort() };
    };
    const card = (jobs: ShareImageJob[], file: string) => jobs.find((j) => j.file === file)!;
    const valid = await run('2024-12-01');
    expect(valid.report).toMatchObject({ rendered: 10, reused: 0 });
    // Another day, nothing's status changed: nothing drawn, every ?v= the same.
    const later = await run('2024-12-20');
    expect(later.report).toMatchObject({ rendered: 0, reused: 10 });
    expect(later.jobs.map((j) => shareImageHash(j.fields))).toEqual(
      valid.jobs.map((j) => shareImageHash(j.fields)),
    );
    // 80 days left: expiring. Its cards alone; its producer still counts it as in force.
    const expiring = await run('2025-01-30');
    expect(expiring.drawn).toEqual(['og/en/p/f4mpg6.jpg', 'og/p/f4mpg6.jpg']);
    expect(card(expiring.jobs, 'og/p/f4mpg6.jpg').fields).toMatchObject({
      status: { state: 'expiring', validUntil: '2025-04-20' },
    });
    // Expired: its card and its producer's (which no longer counts it), nothing else.
    const expired = await run('2025-04-21');
    expect(expired.drawn).toEqual([
      'og/c/6y4qm8.jpg',
      'og/en/c/6y4qm8.jpg',
      'og/en/p/f4mpg6.jpg',
      'og/p/f4mpg6.jpg',
    ]);
    expect(card(expired.jobs, 'og/p/f4mpg6.jpg').fields).toMatchObject({
      stars: 4,
      status: { state: 'expired', validUntil: '2025-04-20' },
    });
    expect(card(expired.jobs, 'og/c/6y4qm8.jpg').fields).toMatchObject({
      stars: { 5: 0, 4: 0, 3: 0 },
      expired: 1,
      revoked: 0,
    });
    const pixels = (today: string, file: string) => readFile(path.join(dir, `days-${today}`, file));
    expect(await pixels('2025-04-21', 'og/p/f4mpg6.jpg')).not.toEqual(
      await pixels('2025-01-30', 'og/p/f4mpg6.jpg'),
    );
    expect(await pixels('2025-04-21', 'og/p/cp3egn.jpg')).toEqual(
      await pixels('2024-12-01', 'og/p/cp3egn.jpg'),
    );
  }, 120_000);

  it('renders a card again when its photo file changes under the same name', async () => {
    const photo = path.join(content, 'products/images/mat-hoa-dua.jpg');
    await build('dist-4');
    await cp(otherPhotoFile, photo);
    expect((await stat(photo)).size).toBe((await stat(otherPhotoFile)).size);
    const after = await build('dist-5');
    expect(after).toMatchObject({ rendered: 2, reused: 8 });
  }, 120_000);
});
