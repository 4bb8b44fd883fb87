/**
 * No broken internal links in the build: runs the checker of `scripts/check-links.ts` over
 * `dist/`, and checks the checker itself on a small made-up site.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { expect, test } from '@playwright/test';
import {
  checkLinks,
  formatBrokenLinks,
  srcsetUrls,
  startTags,
} from '../../scripts/lib/link-check.ts';
import { DIST } from './support/catalogue.ts';

test('every internal link, image and fragment in dist/ resolves', () => {
  const { pages, links, broken } = checkLinks(DIST);
  expect(pages, 'HTML pages in dist/').toBeGreaterThan(10);
  expect(links, 'internal URLs checked').toBeGreaterThan(pages);
  expect(broken, `broken internal links:\n${formatBrokenLinks(broken)}`).toEqual([]);
});

test('the 404 page links only to pages that exist', () => {
  // The 404 page has no address of its own: no canonical, no alternates, switch to /en/.
  const { broken } = checkLinks(DIST);
  const on404 = broken.filter((b) => b.page === '/404.html');
  expect(on404, `broken links on /404.html:\n${formatBrokenLinks(on404)}`).toEqual([]);
});

test.describe('the link checker', () => {
  let root = '';
  test.beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'link-check-'));
    const files: Record<string, string> = {
      'index.html': `<!doctype html><html><head><link rel=canonical href="https://ocop.example.vn/">
        <meta property="og:image" content="https://ocop.example.vn/img/og.png">
        <script>document.write('<a href="/in-script/">')</script></head>
        <body><a href="#main">skip</a><main id=main>
        <!-- <a href="/in-comment/"> -->
        <a href="/a/">ok</a> <a href=/a/#here>ok</a> <a href="/a/#nowhere">bad fragment</a>
        <a href="/missing/">bad</a> <a href="/a">no slash</a> <a href="a/?q=1&amp;r=2">relative</a>
        <img src=/img/x.png srcset="/img/x.png 1x, /img/gone.png 2x" alt="">
        <a href="mailto:a@b.vn">m</a> <a href="tel:+84">t</a> <a href="https://example.com/x/">ext</a>
        <a href="https://ocop.example.vn/gone/">own origin</a> <a href="#nope">bad in-page</a>
        </main></body></html>`,
      'a/index.html': '<p id="here">here</p><a href="../">up</a><a href="../img/x.png">img</a>',
      'img/x.png': 'png',
      'img/og.png': 'png',
      'sitemap-index.xml':
        '<sitemapindex><sitemap><loc>https://ocop.example.vn/sitemap-0.xml</loc></sitemap></sitemapindex>',
    };
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(dirname(join(root, name)), { recursive: true });
      writeFileSync(join(root, name), text);
    }
  });
  test.afterAll(() => {
    rmSync(root, { recursive: true, force: true });
  });

  test('finds exactly the broken ones', () => {
    const { broken } = checkLinks(root);
    expect(broken.map((b) => `${b.page} ${b.attribute}=${b.url}`).sort()).toEqual(
      [
        '/ href=/a',
        '/ href=/a/#nowhere',
        '/ href=/missing/',
        '/ href=https://ocop.example.vn/gone/',
        '/ href=#nope',
        '/ srcset=/img/gone.png',
      ].sort(),
    );
  });

  test('reads attributes as browsers do', () => {
    const [img] = [...startTags(`<img src=/x.jpg alt='a b' data-x="1" hidden SRC="/other.jpg">`)];
    expect(img?.attributes.get('src')).toBe('/x.jpg');
    expect(img?.attributes.get('alt')).toBe('a b');
    expect(img?.attributes.has('hidden')).toBe(true);
    expect(srcsetUrls('/a.jpg 480w, /b,c.jpg 800w,/d.jpg')).toEqual([
      '/a.jpg',
      '/b,c.jpg',
      '/d.jpg',
    ]);
  });
});
