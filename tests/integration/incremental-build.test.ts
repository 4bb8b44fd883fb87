/**
 * Incremental builds are correct: after a cold build, one product is renamed and re-priced and
 * the site rebuilt with the same cache and output folder (kept between builds). Only a few pages may be rendered again, and every page
 * that shows the product — its own page in both languages, its producer, the listings it is
 * on, the products that show it as related — must show the new name and no page the old one;
 * its search document and open-data row change too. (measured.md: a `cacheKey` that misses a
 * dependency goes stale silently; this is the test that catches it.) Then a product is deleted:
 * its pages, short URL, QR codes and badge must leave the output, and nothing else may change.
 * Last, the output loses its build marker (as after an interrupted build): it is emptied, and
 * with no second copy of each page in the cache every page is rendered again, the same as before.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, readdir, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const SLUG = 'banh-cay-lang-nguyen';
const OLD_NAME = 'Bánh cáy làng Nguyễn';
const NEW_NAME = 'Bánh cáy Nguyễn Xá đổi tên để thử';
/** Deleted in the third build (no fair lists it). */
const DELETED = 'banh-dau-sau-rieng-rong-vang-hoang-gia';
/** Untouched throughout. */
const UNTOUCHED = 'nuoc-mam-phu-quoc-khai-hoan-40-do-dam';

let dir: string;
let before: Map<string, string>;
let second: { output: string; rendered: string[]; restored: number };
let third: {
  output: string;
  deletedCode: string;
  untouchedCode: string;
  /** Year each of `untouchedFiles()` was last written, after this build. */
  untouchedYears: number[];
};
let fourth: { output: string; before: Map<string, string> };

function build(): string {
  const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
    env: {
      ...process.env,
      OCOP_CONTENT_DIR: path.join(dir, 'content'),
      OCOP_OUT_DIR: path.join(dir, 'dist'),
      OCOP_CACHE_DIR: path.join(dir, 'cache'),
      OCOP_SHARE_IMAGES: 'off',
    },
    encoding: 'utf8',
    timeout: 300_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0)
    throw new Error(`astro build failed:\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

async function htmlFiles(): Promise<Map<string, string>> {
  const root = path.join(dir, 'dist');
  const files = (await readdir(root, { recursive: true })).filter((f) => f.endsWith('.html'));
  const out = new Map<string, string>();
  for (const f of files) out.set(f, await readFile(path.join(root, f), 'utf8'));
  return out;
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'ocop-incremental-'));
  await cp('content', path.join(dir, 'content'), { recursive: true });
  build();
  before = await htmlFiles();
  const file = path.join(dir, 'content', 'products', `${SLUG}.json`);
  // The name everywhere in the file (photo captions repeat it), and a new price.
  const text = (await readFile(file, 'utf8')).replaceAll(OLD_NAME, NEW_NAME);
  const json = JSON.parse(text) as Record<string, unknown>;
  await writeFile(
    file,
    `${JSON.stringify({ ...json, price: { min: 123000, unit: 'hộp' } }, null, 2)}\n`,
  );
  const output = build();
  // Astro logs each page it writes; a page kept from the previous build says "(cached)"
  // ("(restored)" when it had to be copied back from the cache).
  const pages = output.split('\n').filter((l) => /\/index\.html/.test(l));
  const reused = (l: string) => l.includes('(cached)') || l.includes('(restored)');
  second = {
    output,
    rendered: pages.filter((l) => !reused(l)),
    restored: pages.filter(reused).length,
  };

  // Third build: one product deleted, a stray file dropped into the output, and the untouched
  // product's files dated in the past (a rewrite would give them today's date).
  const codeOf = async (slug: string) =>
    (
      JSON.parse(await readFile(path.join(dir, 'content', 'products', `${slug}.json`), 'utf8')) as {
        code: string;
      }
    ).code;
  third = {
    output: '',
    deletedCode: await codeOf(DELETED),
    untouchedCode: await codeOf(UNTOUCHED),
    untouchedYears: [],
  };
  await rm(path.join(dir, 'content', 'products', `${DELETED}.json`));
  await writeFile(path.join(dir, 'dist', 'stray.txt'), 'not made by any build');
  for (const file of untouchedFiles()) await utimes(file, PAST, PAST);
  await utimes(path.join(dir, 'dist', 'stray.txt'), PAST, PAST);
  third.output = build();
  for (const file of untouchedFiles())
    third.untouchedYears.push((await stat(file)).mtime.getUTCFullYear());

  // Fourth build: the output is no longer the one a complete build made.
  fourth = { output: '', before: await htmlFiles() };
  await rm(path.join(dir, 'dist', '.ocop-build'));
  fourth.output = build();
}, 600_000);

const PAST = new Date('2020-01-01T00:00:00Z');

/** Files of the untouched product: its page, check page, QR codes and badge. */
function untouchedFiles(): string[] {
  const dist = path.join(dir, 'dist');
  const code = third.untouchedCode;
  return [
    path.join(dist, 'san-pham', UNTOUCHED, 'index.html'),
    path.join(dist, 'p', code, 'index.html'),
    path.join(dist, 'p', code, 'qr.svg'),
    path.join(dist, 'p', code, 'qr.png'),
    path.join(dist, 'p', code, 'huy-hieu.svg'),
  ];
}

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('a rebuild after editing one product', () => {
  it('restores most pages from the cache and renders only a few', () => {
    expect(second.restored).toBeGreaterThan(300);
    expect(second.rendered.length).toBeGreaterThan(0);
    expect(second.rendered.length).toBeLessThan(second.restored / 4);
  });

  it('renders no product, check or listing page that did not show the product', () => {
    // Pages with a cache key (products, check pages, listings and their views) are rendered
    // only when they showed it; the few single pages without a key are always rendered.
    const pathOf = (line: string) => /(\/\S*index\.html)/.exec(line)?.[1]?.slice(1) ?? line;
    // English pages show it by its English name: a link to it counts as showing it too.
    const showed = new Set(
      [...before]
        .filter(([, html]) => html.includes(OLD_NAME) || html.includes(`/san-pham/${SLUG}/`))
        .map(([f]) => f),
    );
    const keyed = /^(en\/)?(san-pham|p|chu-the|tinh|danh-muc|sao)\/[^/]+\//;
    const others = second.rendered.map(pathOf).filter((f) => !showed.has(f));
    expect(others.filter((f) => keyed.test(f))).toEqual([]);
    expect(showed.size).toBeGreaterThanOrEqual(8);
  });

  it('shows the new name on every page that showed the product, and the old name nowhere', async () => {
    const after = await htmlFiles();
    const showing = [...before].filter(([, html]) => html.includes(OLD_NAME)).map(([f]) => f);
    // Its page in both languages, producer, province, category, stars pages, related cards…
    expect(showing.length).toBeGreaterThanOrEqual(8);
    const stale = [...after].filter(([, html]) => html.includes(OLD_NAME)).map(([f]) => f);
    expect(stale).toEqual([]);
    for (const file of showing) {
      expect(after.get(file), file).toContain(NEW_NAME);
    }
  });

  it('shows the new price on the product page', async () => {
    const page = await readFile(path.join(dir, 'dist', 'san-pham', SLUG, 'index.html'), 'utf8');
    expect(page).toMatch(/123[.,\s\u00a0]?000/);
  });

  it('updates its search document and open-data row', async () => {
    const records = path.join(dir, 'dist', 'search', 'fallback', 'records');
    const files = await readdir(records, { recursive: true, withFileTypes: true });
    const chunks = await Promise.all(
      files.filter((f) => f.isFile()).map((f) => readFile(path.join(f.parentPath, f.name), 'utf8')),
    );
    expect(chunks.some((c) => c.includes(NEW_NAME))).toBe(true);
    expect(chunks.some((c) => c.includes(OLD_NAME))).toBe(false);
    const csv = await readFile(path.join(dir, 'dist', 'du-lieu', 'ocop-san-pham.csv'), 'utf8');
    expect(csv).toContain(NEW_NAME);
    expect(csv).not.toContain(OLD_NAME);
  });
});

describe('a rebuild after deleting one product (output kept between builds)', () => {
  it('removes its pages in both languages, short URL, QR codes and badge', () => {
    const dist = path.join(dir, 'dist');
    for (const gone of [
      path.join(dist, 'san-pham', DELETED),
      path.join(dist, 'en', 'san-pham', DELETED),
      path.join(dist, 'p', third.deletedCode),
      path.join(dist, 'en', 'p', third.deletedCode),
    ]) {
      expect(existsSync(gone), gone).toBe(false);
    }
  });

  it('leaves no page linking to it', async () => {
    const linking = [...(await htmlFiles())].filter(([, html]) => html.includes(`/${DELETED}/`));
    expect(linking.map(([f]) => f)).toEqual([]);
  });

  it('removes a file no build made', () => {
    expect(existsSync(path.join(dir, 'dist', 'stray.txt'))).toBe(false);
  });

  it("does not write the untouched product's files again", () => {
    expect(third.untouchedYears).toEqual(untouchedFiles().map(() => 2020));
  });

  it('says what it removed', () => {
    // Its 2 product pages and 2 check pages at least; the first few are named.
    expect(third.output).toMatch(/\b([4-9]|\d\d+) stale files removed/);
    expect(third.output).toContain(`p/${third.deletedCode}/index.html`);
  });
});

describe('a build whose output was not left by a complete build', () => {
  it('empties it and renders every page again: the cache keeps no second copy of pages', async () => {
    expect(fourth.output).toContain('Output folder emptied');
    const pages = fourth.output.split('\n').filter((l) => /\/index\.html/.test(l));
    expect(pages.length).toBeGreaterThan(300);
    expect(pages.filter((l) => l.includes('(cached)') || l.includes('(restored)'))).toEqual([]);
    const cached = await readdir(path.join(dir, 'cache'), { recursive: true });
    expect(cached.filter((f) => f.endsWith('.html'))).toEqual([]);
  });

  it('makes the same pages as the build before it', async () => {
    const after = await htmlFiles();
    expect([...after.keys()].sort()).toEqual([...fourth.before.keys()].sort());
    const differing = [...after].filter(([f, html]) => fourth.before.get(f) !== html);
    expect(differing.map(([f]) => f)).toEqual([]);
  });
});
