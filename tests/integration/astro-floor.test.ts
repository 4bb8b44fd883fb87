/**
 * The benchmark's Astro floor (scripts/bench/lib/astro-floor.ts) builds what it claims: one
 * page per product and producer of a generated catalogue in both languages, check pages when
 * asked, the stated number of other pages, and no second copy of the pages in Astro's cache —
 * so its figure is the cost of the same page count as the site's, and nothing else.
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { floorBuild } from '../../scripts/bench/lib/astro-floor.ts';
import { generate } from '../../scripts/bench/lib/catalogue.ts';

const PRODUCTS = 24;
const PRODUCERS = 12;
let dir: string;
let content: string;

async function htmlFiles(folder: string): Promise<string[]> {
  return (await readdir(folder, { recursive: true })).filter((f) => f.endsWith('.html')).sort();
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'ocop-floor-test-'));
  content = path.join(dir, 'content');
  await generate({ products: PRODUCTS, producers: PRODUCERS, salesPoints: 10 }, content);
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('Astro floor project', () => {
  it('builds every product, producer and check page in both languages, and the other pages', async () => {
    const root = path.join(dir, 'with-checks');
    const run = await floorBuild(
      'floor',
      { contentDir: content, checkPages: true, otherPages: 7 },
      root,
    );
    expect(run.pages).toBe(2 * (PRODUCTS + PRODUCTS + PRODUCERS) + 7);
    expect(run.rendered).toBeGreaterThanOrEqual(run.pages - 1);
    expect(run.restored).toBe(0);

    const products = (await readdir(path.join(content, 'products'))).filter((f) =>
      f.endsWith('.json'),
    );
    const first = JSON.parse(
      await readFile(path.join(content, 'products', products[0]!), 'utf8'),
    ) as {
      name: string;
      code: string;
    };
    const slug = products[0]!.replace(/\.json$/, '');
    const vi = await readFile(path.join(root, 'dist/san-pham', slug, 'index.html'), 'utf8');
    expect(vi).toContain(`<h1>${first.name}</h1>`);
    expect(vi).toContain('lang="vi"');
    const en = await readFile(path.join(root, 'dist/en/p', first.code, 'index.html'), 'utf8');
    expect(en).toContain('lang="en"');
    expect(await htmlFiles(path.join(root, 'dist/chu-the'))).toHaveLength(PRODUCERS);
    const others = [
      ...(await htmlFiles(path.join(root, 'dist/trang'))),
      ...(await htmlFiles(path.join(root, 'dist/en/trang'))),
    ];
    expect(others).toHaveLength(7);
    // Incremental builds on, but no page copied into the cache (as the site's build).
    expect(await htmlFiles(path.join(root, 'cache'))).toEqual([]);
  });

  it('leaves the check pages out when asked', async () => {
    const root = path.join(dir, 'no-checks');
    const run = await floorBuild(
      'floor',
      { contentDir: content, checkPages: false, otherPages: 3 },
      root,
    );
    expect(run.pages).toBe(2 * (PRODUCTS + PRODUCERS) + 3);
    expect((await readdir(path.join(root, 'dist'))).includes('p')).toBe(false);
  });
});
