/**
 * The build's background steps that write into the output (`lib/badge/badges-task.ts`,
 * `lib/qr/qr-task.ts`, `lib/search/fallback/index-task.ts`), run here in this process on the
 * sample catalogue: what they write, what they claim for the sweep, and that a second run with
 * the same ledger writes nothing again.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run as writeBadges } from '../../src/lib/badge/badges-task.ts';
import { claimedOutputs } from '../../src/lib/build/output-ledger.ts';
import { readCatalogue } from '../../src/lib/content-files/read-content.ts';
import { run as writeQr } from '../../src/lib/qr/qr-task.ts';
import { run as writeIndex } from '../../src/lib/search/fallback/index-task.ts';

const contentDir = fileURLToPath(new URL('../../content/', import.meta.url));
let products: number;
let producers: number;

let dir: string;
let outDir: string;
const env = process.env['OCOP_CACHE_DIR'];

beforeAll(async () => {
  const catalogue = await readCatalogue(contentDir);
  products = catalogue.products.length;
  producers = catalogue.producers.length;
  dir = await mkdtemp(path.join(tmpdir(), 'ocop-build-tasks-'));
  outDir = path.join(dir, 'dist');
  // The ledgers and the QR cache live under the cache folder.
  process.env['OCOP_CACHE_DIR'] = path.join(dir, 'cache');
});

afterAll(async () => {
  if (env === undefined) delete process.env['OCOP_CACHE_DIR'];
  else process.env['OCOP_CACHE_DIR'] = env;
  await rm(dir, { recursive: true, force: true });
});

describe('badges task', () => {
  it('writes both badges of every product, claims them, and keeps them on a second run', async () => {
    claimedOutputs().clear();
    const first = await writeBadges({ contentDir, outDir, date: '2026-12-06' });
    expect(first.written.files).toBe(products * 2);
    expect(first.files).toEqual({ written: products * 2, unchanged: 0, removed: 0 });
    expect(first.claimed).toHaveLength(products * 2);
    for (const file of first.claimed) expect(existsSync(file), file).toBe(true);
    expect(first.claimed.some((f) => f.endsWith(`${path.sep}huy-hieu.svg`))).toBe(true);
    const svg = await readFile(first.claimed[0]!, 'utf8');
    expect(svg).toContain('<svg');

    const again = await writeBadges({ contentDir, outDir, date: '2026-12-06' });
    expect(again.files).toEqual({ written: 0, unchanged: products * 2, removed: 0 });
    expect(new Set(again.claimed)).toEqual(new Set(first.claimed));
  });
});

describe('QR task', () => {
  it("writes every short URL's codes and the producers' short-URL pages, and claims them", async () => {
    claimedOutputs().clear();
    const first = await writeQr({ contentDir, outDir, site: 'https://ocop.example.vn' });
    expect(first.pages).toBe(producers * 2);
    expect(first.report.codes).toBe(products + producers);
    // An SVG and a PNG per code, and the short-URL pages in two languages.
    expect(first.files.written).toBe((products + producers) * 2 + producers * 2);
    expect(first.claimed).toHaveLength(first.files.written);
    for (const file of first.claimed) expect(existsSync(file), file).toBe(true);

    const again = await writeQr({ contentDir, outDir, site: 'https://ocop.example.vn' });
    expect(again.report.reused).toBe(products + producers);
    expect(again.files).toEqual({ written: 0, unchanged: first.files.written, removed: 0 });
  });
});

describe('server-less index task', () => {
  it('writes the index where it is told, with its manifest', async () => {
    const indexDir = path.join(outDir, 'search', 'fallback');
    const result = await writeIndex({ contentDir, statusDate: '2026-12-06', outDir: indexDir });
    const manifest = JSON.parse(await readFile(path.join(indexDir, 'manifest.json'), 'utf8')) as {
      counts: { products: number };
      statusDate: string;
    };
    // Every product has a search document; the index holds the listed ones (not revoked).
    expect(result.products).toBe(products);
    expect(manifest.counts.products).toBeGreaterThan(0);
    expect(manifest.counts.products).toBeLessThanOrEqual(products);
    expect(manifest.statusDate).toBe('2026-12-06');
    expect(result.files).toBeGreaterThan(3);
    expect(result.bytes).toBeGreaterThan(0);
    expect(result.kept).toBe(false);
    expect(result.claimed).toContain(path.join(indexDir, 'manifest.json'));
  });

  it('keeps the index as it is when nothing in it changed, and builds it again when the day did', async () => {
    const indexDir = path.join(outDir, 'search', 'fallback');
    const manifest = path.join(indexDir, 'manifest.json');
    const before = (await stat(manifest)).mtimeMs;
    const again = await writeIndex({ contentDir, statusDate: '2026-12-06', outDir: indexDir });
    expect(again.kept).toBe(true);
    expect(again.claimed).toContain(manifest);
    expect((await stat(manifest)).mtimeMs).toBe(before);
    const nextDay = await writeIndex({ contentDir, statusDate: '2026-12-07', outDir: indexDir });
    expect(nextDay.kept).toBe(false);
    expect(await readFile(manifest, 'utf8')).toContain('"statusDate":"2026-12-07"');
    // A file of the kept index gone from the output: built again.
    await rm(manifest);
    const missing = await writeIndex({ contentDir, statusDate: '2026-12-07', outDir: indexDir });
    expect(missing.kept).toBe(false);
    expect(existsSync(manifest)).toBe(true);
  });
});
