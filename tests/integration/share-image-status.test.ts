/**
 * A product's share card follows its certificate across build days: the small test catalogue
 * (`tests/support/ocop-mini-catalogue.ts`) with one product decided on 1/9/2023 (valid through
 * 1/9/2026) is built with `OCOP_TODAY` before that day (expiring) and again after it (expired),
 * same cache and output. The second build draws exactly that product's cards and its producer's
 * (which no longer counts it), once per language, and links only those into the built site
 * (the others are already there); the card's pixels change; the product page's
 * and its check page's `og:image` URL changes and its alt text says it expired; every other
 * card and `?v=` stays.
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readBuildReport } from '../../src/lib/share-image/build-report.ts';
import { writeMiniCatalogue } from '../support/ocop-mini-catalogue.ts';

const SLUG = 'banh-cay-lang-nguyen';
const DECIDED = '2023-09-01';
/** 12 days before the end: expiring. */
const BEFORE = '2026-08-20';
/** 4 days after: expired. */
const AFTER = '2026-09-05';

let dir: string;
let productCode: string;
let producerCode: string;

interface Built {
  report: Awaited<ReturnType<typeof readBuildReport>>;
  /** The `og:image` (and its alt) of every product, producer and check page, by page file. */
  ogImages: Map<string, { url: string; alt: string }>;
  card: Buffer;
}

function build(today: string): string {
  const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
    env: {
      ...process.env,
      OCOP_CONTENT_DIR: path.join(dir, 'content'),
      OCOP_OUT_DIR: path.join(dir, 'dist'),
      OCOP_CACHE_DIR: path.join(dir, 'cache'),
      OCOP_TODAY: today,
    },
    encoding: 'utf8',
    timeout: 120_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0)
    throw new Error(`astro build failed:\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

const attr = (html: string, property: string) =>
  html.match(new RegExp(`<meta property="${property}" content="([^"]*)"`))?.[1] ?? '';

async function collect(): Promise<Built> {
  const root = path.join(dir, 'dist');
  const ogImages = new Map<string, { url: string; alt: string }>();
  for (const folder of ['san-pham', 'chu-the', 'p', 'en/san-pham', 'en/chu-the', 'en/p']) {
    for (const entry of await readdir(path.join(root, folder), { recursive: true })) {
      if (!entry.endsWith('index.html')) continue;
      const file = path.join(folder, entry);
      const html = await readFile(path.join(root, file), 'utf8');
      const url = attr(html, 'og:image');
      if (url.includes('/og/')) ogImages.set(file, { url, alt: attr(html, 'og:image:alt') });
    }
  }
  return {
    report: await readBuildReport(path.join(dir, 'cache', 'share-images')),
    ogImages,
    card: await readFile(path.join(root, 'og', 'p', `${productCode}.jpg`)),
  };
}

let before: Built;
let after: Built;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'ocop-share-status-'));
  const content = path.join(dir, 'content');
  await writeMiniCatalogue(content);
  const file = path.join(content, 'products', `${SLUG}.json`);
  const product = JSON.parse(await readFile(file, 'utf8')) as {
    code: string;
    producer: string;
    certifications: { decisionDate: string }[];
  };
  product.certifications[0]!.decisionDate = DECIDED;
  await writeFile(file, JSON.stringify(product, null, 2));
  productCode = product.code;
  producerCode = (
    JSON.parse(
      await readFile(path.join(content, 'producers', `${product.producer}.json`), 'utf8'),
    ) as { code: string }
  ).code;
  build(BEFORE);
  before = await collect();
  build(AFTER);
  after = await collect();
}, 240_000);

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('a share card across build days', () => {
  it('builds with the pinned day', () => {
    expect(before.report.today).toBe(BEFORE);
    expect(after.report.today).toBe(AFTER);
    expect(before.report.rendered.length).toBeGreaterThan(40);
  });

  it('draws again exactly the expired product and its producer, once per language', () => {
    expect(after.report.rendered).toEqual([
      `og/c/${producerCode}.jpg`,
      `og/en/c/${producerCode}.jpg`,
      `og/en/p/${productCode}.jpg`,
      `og/p/${productCode}.jpg`,
    ]);
    expect(after.report.reused).toBe(before.report.rendered.length - 4);
  });

  it('places into the built site only the cards drawn again: the others are left linked', () => {
    expect(before.report.placed).toBe(before.report.rendered.length + before.report.reused);
    expect(after.report.placed).toBe(4);
  });

  it("changes the card's pixels", () => {
    expect(after.card.equals(before.card)).toBe(false);
  });

  it("changes the product page's og:image URL and says it expired; nothing else changes", () => {
    const page = `san-pham/${SLUG}/index.html`;
    const was = before.ogImages.get(page)!;
    const now = after.ogImages.get(page)!;
    expect(was.url).toMatch(new RegExp(`/og/p/${productCode}\\.jpg\\?v=[0-9a-f]{8}$`));
    expect(now.url).not.toBe(was.url);
    expect(was.alt).toContain('Sắp hết hạn: hiệu lực đến 1/9/2026');
    expect(now.alt).toContain('Đã hết hạn ngày 1/9/2026');
    expect(after.ogImages.get(`en/${page}`)!.alt).toContain('Expired on');

    const changed = [...after.ogImages]
      .filter(([file, { url }]) => before.ogImages.get(file)?.url !== url)
      .map(([file]) => file)
      .sort();
    const producerPages = changed.filter((f) => /^(en\/)?chu-the\//.test(f));
    expect(producerPages).toHaveLength(2);
    const checkPages = [`p/${productCode}/index.html`, `en/p/${productCode}/index.html`];
    expect(after.ogImages.get(checkPages[0]!)!.url).toBe(now.url);
    expect(changed).toEqual([`en/${page}`, ...producerPages, ...checkPages, page].sort());
    expect(after.ogImages.size).toBe(before.ogImages.size);
  });
});
