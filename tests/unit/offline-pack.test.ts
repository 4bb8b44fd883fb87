import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  collectPack,
  cssSubresources,
  htmlSubresources,
  jsImports,
  sitePath,
} from '../../src/lib/offline/collect-pack.ts';
import { packPages } from '../../src/lib/offline/pack-pages.ts';

describe('htmlSubresources', () => {
  it('follows stylesheets, preloads, icons, scripts and images, not links to pages', () => {
    const html = `<!doctype html><head>
      <link rel="stylesheet" href="/_astro/a.css"><link rel=icon href=/favicon.svg>
      <link rel="canonical" href="https://ocop.example.vn/x/"><link rel="alternate" href="/en/x/">
      <link rel="modulepreload" href="/_astro/m.js"><link rel="preload" as="fetch" href="/d.json">
      <script type="application/ld+json">{"url":"/not-this/"}</script>
      <script type="module" src="/_astro/s.js"></script></head>
      <body><a href="/tinh/">x</a><img src="/p/abc/huy-hieu.svg" alt=""></body>`;
    expect(htmlSubresources(html)).toEqual([
      '/_astro/a.css',
      '/favicon.svg',
      '/_astro/m.js',
      '/d.json',
      '/_astro/s.js',
      '/p/abc/huy-hieu.svg',
    ]);
  });

  it('keeps every WebP width of a <picture> and leaves out its JPEG fallback', () => {
    const html = `<picture><source srcset="/_astro/a_320.webp 320w, /_astro/a_480.webp 480w" type="image/webp" sizes="100vw">
      <img src="/_astro/a.jpg" srcset="/_astro/a_320.jpg 320w, /_astro/a_480.jpg 480w" alt=""></picture>
      <img src="/_astro/plain.png" srcset="/_astro/plain@2x.png 2x" alt="">`;
    expect(htmlSubresources(html)).toEqual([
      '/_astro/a_320.webp',
      '/_astro/a_480.webp',
      '/_astro/plain.png',
      '/_astro/plain@2x.png',
    ]);
  });

  it('reads imports of inline module scripts and url() of inline styles', () => {
    const html = `<script type="module">import{a as b}from"/_astro/chunk.js";b()</script>
      <script>var x = "from '/_astro/classic.js'";</script><style>.a{background:url(/bg.svg)}</style>`;
    expect(htmlSubresources(html)).toEqual(['/_astro/chunk.js', '/bg.svg']);
  });
});

describe('cssSubresources and jsImports', () => {
  it('keeps WOFF2 fonts and other files, leaves out older font formats and data: URLs', () => {
    const css = `@font-face{src:url(/_astro/f.woff2)format("woff2"),url(/_astro/f.woff)format("woff")}
      .a{background:url('./img/x.svg')}.b{background:url("data:image/svg+xml,<svg/>")}`;
    expect(cssSubresources(css)).toEqual(['/_astro/f.woff2', './img/x.svg']);
  });

  it('finds static and dynamic imports in minified modules', () => {
    const js = `import{t as e}from"./dates.Ab1.js";import"./side.js";const m=()=>import(\`./lazy.C2.js\`);export{e}from'./re.js'`;
    expect(jsImports(js)).toEqual(['./dates.Ab1.js', './side.js', './lazy.C2.js', './re.js']);
  });

  it('resolves relative URLs and leaves other sites out', () => {
    expect(sitePath('./dates.js', '/_astro/s.js')).toBe('/_astro/dates.js');
    expect(sitePath('https://maps.example.com/x', '/a/')).toBeUndefined();
    expect(sitePath('//cdn.example.com/x.js', '/a/')).toBeUndefined();
  });
});

describe('collectPack on a built site', () => {
  let dist: string;
  const put = async (file: string, text: string) => {
    await mkdir(path.dirname(path.join(dist, file)), { recursive: true });
    await writeFile(path.join(dist, file), text);
  };
  beforeEach(async () => {
    dist = await mkdtemp(path.join(tmpdir(), 'ocop-pack-'));
    await put(
      'hoi-cho/x/index.html',
      '<link rel="stylesheet" href="/_astro/a.css"><script type="module" src="/_astro/s.js"></script>',
    );
    await put(
      'san-pham/y/index.html',
      '<link rel="stylesheet" href="/_astro/a.css"><img src="/_astro/y.webp">',
    );
    await put('_astro/a.css', '@font-face{src:url(/_astro/f.woff2)}');
    await put('_astro/f.woff2', 'font');
    await put('_astro/s.js', 'import{a}from"./c.js";');
    await put('_astro/c.js', 'export const a=1;');
    await put('_astro/y.webp', 'image');
    await put('p/abc/qr.svg', '<svg/>');
  });
  afterEach(async () => {
    await rm(dist, { recursive: true, force: true });
  });

  it('lists each file once, pages first, with total bytes and a version', async () => {
    const pack = await collectPack(
      dist,
      ['/hoi-cho/x/', '/san-pham/y/'],
      ['/p/abc/qr.svg', '/p/zzz/'],
    );
    expect(pack.urls).toEqual([
      '/hoi-cho/x/',
      '/_astro/a.css',
      '/_astro/f.woff2',
      '/_astro/s.js',
      '/_astro/c.js',
      '/san-pham/y/',
      '/_astro/y.webp',
      '/p/abc/qr.svg',
    ]);
    expect(pack.skipped).toEqual(['/p/zzz/']);
    expect(pack.bytes).toBeGreaterThan(0);
    expect(pack.version).toMatch(/^[0-9a-f]{16}$/);
    expect(Object.keys(pack.hashes)).toEqual(pack.urls);
    expect(Object.values(pack.hashes).every((h) => /^[0-9a-f]{12}$/.test(h))).toBe(true);
  });

  it('gives a new version when any byte of any file changes, the same one otherwise', async () => {
    const first = await collectPack(dist, ['/hoi-cho/x/']);
    expect((await collectPack(dist, ['/hoi-cho/x/'])).version).toBe(first.version);
    await put('_astro/c.js', 'export const a=2;');
    const second = await collectPack(dist, ['/hoi-cho/x/']);
    expect(second.version).not.toBe(first.version);
    // Only the changed file has a new hash: the service worker keeps the others.
    const changed = second.urls.filter((u) => second.hashes[u] !== first.hashes[u]);
    expect(changed).toEqual(['/_astro/c.js']);
  });

  it('fails when a page or a file a page names is not in the build', async () => {
    await expect(collectPack(dist, ['/hoi-cho/missing/'])).rejects.toThrow(/not in the build/);
    await put('san-pham/y/index.html', '<img src="/_astro/gone.webp">');
    await expect(collectPack(dist, ['/san-pham/y/'])).rejects.toThrow(
      '/_astro/gone.webp (used by /san-pham/y/) is not in the build',
    );
  });
});

describe('packPages', () => {
  const products = new Map([
    ['banh-cay', { code: 'abc123', producer: 'thien-duc' }],
    ['mat-hoa-dua', { code: 'def456', producer: 'tra-vinh-farm' }],
  ]);
  const fair = {
    booths: [
      { number: '1', producer: 'thien-duc', products: ['banh-cay'] },
      { number: '2', label: 'Chung', products: ['mat-hoa-dua'] },
    ],
  };

  const producerCodes = new Map([
    ['thien-duc', 'td0001'],
    ['tra-vinh-farm', 'tv0001'],
  ]);

  it('Vietnamese: fair, kit, products, their producers, the cart, the offline pages; short URLs, QR codes and ordering shards if built', () => {
    expect(packPages('hc', fair, 'vi', { products, producerCodes })).toEqual({
      pages: [
        '/hoi-cho/hc/',
        '/hoi-cho/hc/bo-in/',
        '/san-pham/banh-cay/',
        '/san-pham/mat-hoa-dua/',
        '/chu-the/thien-duc/',
        '/chu-the/tra-vinh-farm/',
        '/gio-hang/',
        '/en/gio-hang/',
        '/hoi-cho/ngoai-tuyen/',
        '/en/hoi-cho/ngoai-tuyen/',
      ],
      optional: [
        '/p/abc123/',
        '/p/abc123/qr.svg',
        '/p/def456/',
        '/p/def456/qr.svg',
        '/du-lieu/dat-hang/p-ab.json',
        '/du-lieu/dat-hang/p-de.json',
        '/du-lieu/dat-hang/c-td.json',
        '/du-lieu/dat-hang/c-tv.json',
      ],
    });
  });

  it('English: the English pages plus the Vietnamese fair page printed codes open', () => {
    const { pages } = packPages('hc', fair, 'en', { products });
    expect(pages.slice(0, 3)).toEqual(['/en/hoi-cho/hc/', '/hoi-cho/hc/', '/en/hoi-cho/hc/bo-in/']);
    expect(pages).toContain('/en/san-pham/banh-cay/');
    expect(pages.slice(-2)).toEqual(['/hoi-cho/ngoai-tuyen/', '/en/hoi-cho/ngoai-tuyen/']);
  });
});
