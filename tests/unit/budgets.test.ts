import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  imageProblems,
  moduleImports,
  pageReferences,
  weighPage,
} from '../../src/lib/budgets/weigh.ts';

let dist: string;
const js = 'import{a}from"./chunk.B2.js";console.log(a);'.repeat(40);

beforeAll(async () => {
  dist = await mkdtemp(path.join(tmpdir(), 'ocop-budgets-'));
  await mkdir(path.join(dist, '_astro'), { recursive: true });
  await mkdir(path.join(dist, 'san-pham', 'x'), { recursive: true });
  await writeFile(
    path.join(dist, 'san-pham', 'x', 'index.html'),
    '<!doctype html><link rel="stylesheet" href="/_astro/site.css">' +
      '<script type="module" src="/_astro/page.A1.js"></script>' +
      '<script type="application/ld+json">{}</script>' +
      '<img src="/_astro/photo.webp" width="400" height="300" alt="">' +
      '<p>' +
      'Bánh cáy làng Nguyễn '.repeat(200) +
      '</p>',
  );
  await writeFile(
    path.join(dist, '_astro', 'site.css'),
    'body{font-family:x}@font-face{src:url(/_astro/f.woff2)}',
  );
  await writeFile(path.join(dist, '_astro', 'f.woff2'), Buffer.alloc(20_000, 7));
  await writeFile(path.join(dist, '_astro', 'page.A1.js'), js);
  await writeFile(path.join(dist, '_astro', 'chunk.B2.js'), 'export const a=1;');
  await writeFile(path.join(dist, '_astro', 'photo.webp'), Buffer.alloc(50_000, 1));
});

afterAll(async () => {
  await rm(dist, { recursive: true, force: true });
});

describe('weighPage', () => {
  it('counts HTML, CSS, scripts with their imports and fonts, compressed; photos apart', async () => {
    const weight = await weighPage(dist, '/san-pham/x/');
    expect(weight.resources.map((r) => r.url).sort()).toEqual([
      '/_astro/chunk.B2.js',
      '/_astro/f.woff2',
      '/_astro/page.A1.js',
      '/_astro/site.css',
      '/san-pham/x/',
    ]);
    expect(weight.raw.js).toBe(js.length + 'export const a=1;'.length);
    // Repetitive text compresses: transferred is far below raw.
    expect(weight.transferred.html).toBeLessThan(weight.raw.html / 5);
    // Fonts are already compressed: counted as they are.
    expect(weight.transferred.font).toBe(20_000);
    expect(weight.totalWithoutImages).toBe(
      weight.transferred.html + weight.transferred.css + weight.transferred.js + 20_000,
    );
    expect(weight.transferred.image).toBe(0);
  });

  it('names a referenced file that is missing from the build', async () => {
    await writeFile(path.join(dist, 'broken.html'), '<script src="/_astro/gone.js"></script>');
    await expect(weighPage(dist, '/broken.html')).rejects.toThrow(/gone\.js/);
  });
});

describe('references', () => {
  it('finds module imports, static and dynamic', () => {
    expect(moduleImports('import"./a.js";import{b}from"./b.js";export*from"./c.js";')).toEqual([
      './a.js',
      './b.js',
      './c.js',
    ]);
  });

  it('finds island scripts in astro-island attributes', () => {
    const refs = pageReferences(
      '<astro-island component-url="/_astro/App.js" renderer-url="/_astro/client.js"></astro-island>',
    );
    expect(refs.js).toEqual(['/_astro/App.js', '/_astro/client.js']);
  });
});

describe('imageProblems', () => {
  const images = (html: string) => imageProblems(pageReferences(html).images);

  it('accepts modern, sized, responsive images and a JPEG fallback inside <picture>', () => {
    expect(
      images(
        '<picture><source type="image/webp" srcset="/a-400.webp 400w, /a-800.webp 800w" sizes="100vw">' +
          '<img src="/a.jpg" width="800" height="600" alt=""></picture><img src="/q.svg" width="9" height="9">',
      ),
    ).toEqual([]);
  });

  it('flags old formats, missing sizes, missing dimensions and oversized candidates', () => {
    expect(images('<img src="/a.jpg" width="1" height="1">')).toEqual([
      '/a.jpg: not WebP, AVIF or SVG',
    ]);
    expect(images('<img src="/a.webp">')).toEqual(['/a.webp: no width and height']);
    expect(images('<img srcset="/a.webp 400w" width="1" height="1">')).toEqual([
      '/a.webp: srcset with widths but no sizes',
    ]);
    expect(images('<img srcset="/a.webp 2400w" sizes="100vw" width="1" height="1">')).toEqual([
      '/a.webp: 2400 px wide, more than 1600',
    ]);
  });
});
