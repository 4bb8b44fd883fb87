/**
 * After an import the site builds, the imported products have pages and the server-less search
 * finds them: copy content/, import the annex fixture into the copy, build once with
 * OCOP_CONTENT_DIR / OCOP_OUT_DIR, then query the built fallback index from disk.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runImport } from '../../src/lib/import/run-import.ts';
import type { ImportReport } from '../../src/lib/import/report.ts';
import { FallbackEngine, type Fetcher } from '../../src/lib/search/fallback/engine.ts';

let dir: string;
let report: ImportReport;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'ocop-import-build-'));
  await cp('content', path.join(dir, 'content'), { recursive: true });
  report = await runImport({
    input: 'tests/fixtures/import/annex-title-block.csv',
    contentDir: path.join(dir, 'content'),
  });
  const build = spawnSync('node_modules/.bin/astro', ['build'], {
    env: {
      ...process.env,
      OCOP_CONTENT_DIR: path.join(dir, 'content'),
      OCOP_OUT_DIR: path.join(dir, 'dist'),
      OCOP_TODAY: '2026-05-01',
    },
    encoding: 'utf8',
    timeout: 300_000,
  });
  if (build.status !== 0) throw new Error(`astro build failed:\n${build.stdout}\n${build.stderr}`);
}, 320_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const fetchFromDist: Fetcher = async (url) => {
  const file = path.join(dir, 'dist', url.replace(/^\//, ''));
  if (!existsSync(file)) return { ok: false, status: 404, json: () => Promise.resolve(null) };
  const text = await readFile(file, 'utf8');
  return { ok: true, status: 200, json: () => Promise.resolve(JSON.parse(text) as unknown) };
};

describe('imported products on the built site', () => {
  it('have pages', async () => {
    const added = report.rows.filter((r) => r.outcome === 'added');
    expect(added.length).toBe(7);
    for (const row of added) {
      const page = path.join(dir, 'dist', 'san-pham', row.slug!, 'index.html');
      expect(existsSync(page), page).toBe(true);
    }
    const html = await readFile(
      path.join(dir, 'dist', 'san-pham', 'nem-chua-thanh-hoa', 'index.html'),
      'utf8',
    );
    expect(html).toContain('Nem chua Thanh Hóa');
    expect(html).toContain('715/QĐ-UBND');
  });

  it('are searchable, with and without diacritics', async () => {
    const engine = new FallbackEngine({ baseUrl: '/search/fallback/', fetch: fetchFromDist });
    for (const query of ['Nem chua Thanh Hóa', 'nem chua', 'chieu coi nga son', 'Mật ong bạc hà']) {
      const result = await engine.search({ query });
      const ids = result.hits.map((h) => h.id);
      expect(
        ids.some((id) => report.rows.some((r) => r.slug === id && r.outcome === 'added')),
        query,
      ).toBe(true);
    }
  });
});
