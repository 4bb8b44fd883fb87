/** A 20,000-row XLSX annex (title block, merged section rows) imported into a copy of content/. */
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCatalogue } from '../../src/lib/content-files/read-content.ts';
import { OUTCOMES } from '../../src/lib/import/report.ts';
import { runImport } from '../../src/lib/import/run-import.ts';
import { annexRows, toXlsx } from '../fixtures/import/make-annex.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'ocop-import-large-'));
  await cp('content', path.join(dir, 'content'), { recursive: true });
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('a huge annex', () => {
  it(
    'imports 20,000 rows, every one accounted for, into a valid catalogue',
    { timeout: 300_000 },
    async () => {
      const xlsx = await toXlsx(annexRows(20_000), { sectionEvery: 1000, numbers: true });
      const before = (await readCatalogue(path.join(dir, 'content'))).products.length;
      const started = performance.now();
      const report = await runImport({
        input: xlsx,
        inputName: 'big.xlsx',
        contentDir: path.join(dir, 'content'),
      });
      const seconds = (performance.now() - started) / 1000;
      console.log(`20,000-row XLSX imported in ${seconds.toFixed(1)} s`);
      const s = report.summary;
      expect(s.rows).toBe(20_000);
      expect(OUTCOMES.reduce((sum, o) => sum + s[o], 0)).toBe(20_000);
      expect(s.added).toBe(20_000);
      expect(s.skipped).toBe(22); // 20 section rows, a total, a signature
      const catalogue = await readCatalogue(path.join(dir, 'content'));
      expect(catalogue.products.length).toBe(before + 20_000);
    },
  );
});
