/**
 * One product is never listed twice: a list that writes producers with the usual abbreviations
 * ("Cty TNHH SX-TM", "HTX NN", "SXKD", "TM-DV", "CTCP") finds the products the catalogue holds
 * under the full names; a row that is likely but not certainly a known product is added with a
 * flag naming it. Fixture: `tests/fixtures/import/annex-abbreviated-producers.csv` against a
 * copy of `content/`.
 */
import { cp, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runImport } from '../../src/lib/import/run-import.ts';
import type { ImportReport } from '../../src/lib/import/report.ts';

const FIXTURE = path.resolve('tests/fixtures/import/annex-abbreviated-producers.csv');
let dir: string;
let content: string;
let report: ImportReport;
let producersBefore: number;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'ocop-match-'));
  content = path.join(dir, 'content');
  await cp('content', content, { recursive: true });
  producersBefore = (await readdir(path.join(content, 'producers'))).length;
  report = await runImport({
    contentDir: content,
    input: FIXTURE,
    decision: '50/QĐ-UBND',
    date: '2026-04-02',
    province: 'Đà Nẵng',
  });
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const row = (n: number) => report.rows.find((r) => r.rowNumber === n + 1)!;

describe('an annex naming producers with abbreviations', () => {
  it.each([
    [1, 'banh-dua-nuong-quy-thu'],
    [2, 'hat-sen-say-sen-que-bac'],
    [3, 'keo-dua-ca-cao-dong-a'],
    [4, 'gao-chu-keo'],
    [5, 'banh-dau-xanh-rong-vang-hoang-gia'],
  ])('row %d finds %s instead of adding it again', (n, slug) => {
    expect(row(n)).toMatchObject({ outcome: 'updated', slug });
  });

  it('merges a repeated row into the first', () => {
    expect(row(8)).toMatchObject({ outcome: 'merged', slug: 'banh-dua-nuong-quy-thu' });
  });

  it('adds a likely duplicate under another kind of producer, flagged with the product it may be', () => {
    const r = row(6);
    expect(r.outcome).toBe('added');
    expect(r.slug).not.toBe('banh-trang-sieu-mong-tan-nhien');
    expect(r.flags).toContainEqual(
      expect.stringMatching(
        /^possibly the same product as banh-trang-sieu-mong-tan-nhien \(same product name; producer names differ only by the kind of producer\)/,
      ),
    );
    expect(r.flags).toContainEqual(expect.stringMatching(/^possibly the same producer as /));
  });

  it('adds a product name a letter off under the same producer, flagged', () => {
    const r = row(7);
    expect(r.outcome).toBe('added');
    expect(r.reason).toBeUndefined(); // the producer was found: no new producer
    expect(r.flags).toContainEqual(
      expect.stringMatching(
        /^possibly the same product as keo-dua-sau-rieng-la-dua-dong-a \(same producer; product names differ by a letter or two\)/,
      ),
    );
  });

  it('creates only the one new producer the likely-duplicate row names', async () => {
    const after = (await readdir(path.join(content, 'producers'))).length;
    expect(after).toBe(producersBefore + 1);
    expect(report.summary).toMatchObject({ rows: 8, updated: 5, added: 2, merged: 1, rejected: 0 });
  });
});
