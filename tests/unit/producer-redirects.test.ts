import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  producerRedirectHtml,
  writeProducerRedirects,
} from '../../src/lib/short-urls/producer-redirects.ts';
import { folderWriter } from '../../src/lib/build/output-ledger.ts';

const SITE = 'https://ocop.example.vn';
const producer = { slug: 'htx-a-b', code: 'k7q2m4', name: 'HTX "Á & B" <Nông sản>' };

describe('producerRedirectHtml', () => {
  it('leads to the producer page: refresh, canonical and a visible link', () => {
    const html = producerRedirectHtml(producer, 'vi', SITE);
    expect(html).toMatch(/^<!doctype html><html lang="vi">/);
    expect(html).toContain('<meta http-equiv="refresh" content="0; url=/chu-the/htx-a-b/">');
    expect(html).toContain(`<link rel="canonical" href="${SITE}/chu-the/htx-a-b/">`);
    expect(html).toContain('<a href="/chu-the/htx-a-b/" lang="vi">');
  });

  it('escapes the name and leads to the English page in English', () => {
    const html = producerRedirectHtml(producer, 'en', SITE);
    expect(html).toContain('lang="en"');
    expect(html).toContain('url=/en/chu-the/htx-a-b/');
    expect(html).toContain('HTX &quot;Á &amp; B&quot; &lt;Nông sản&gt;');
    expect(html).not.toContain('<Nông');
  });
});

describe('writeProducerRedirects', () => {
  it('writes /c/<code>/index.html and /en/c/<code>/index.html', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'ocop-redirects-'));
    try {
      expect(await writeProducerRedirects([producer], folderWriter(dir), SITE)).toBe(2);
      const vi = await readFile(path.join(dir, 'c', 'k7q2m4', 'index.html'), 'utf8');
      const en = await readFile(path.join(dir, 'en', 'c', 'k7q2m4', 'index.html'), 'utf8');
      expect(vi).toBe(producerRedirectHtml(producer, 'vi', SITE));
      expect(en).toBe(producerRedirectHtml(producer, 'en', SITE));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
