/**
 * Export → import changes nothing: the products CSV made from the sample catalogue in
 * `content/`, read back by the importer (dry run, against a copy of that catalogue), finds
 * every product already there and unchanged.
 */
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCatalogue } from '../../src/lib/content-files/read-content.ts';
import { getProvince } from '../../src/lib/domain/provinces.ts';
import { fieldForHeader } from '../../src/lib/import/map-columns.ts';
import { runImport } from '../../src/lib/import/run-import.ts';
import type { ImportReport } from '../../src/lib/import/report.ts';
import {
  csvFile,
  productRecords,
  PRODUCTS_DATASET,
  type ProducerInput,
  type ProductInput,
} from '../../src/lib/open-data/rows.ts';

const content = fileURLToPath(new URL('../../content/', import.meta.url));

function province(slug: string) {
  const found = getProvince(slug);
  if (!found) throw new Error(`unknown province ${slug}`);
  return found;
}

let dir: string;
let copy: string;
let productCount: number;
let records: ReturnType<typeof productRecords>;
let report: ImportReport;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'ocop-open-data-'));
  copy = path.join(dir, 'content');
  await cp(content, copy, { recursive: true });
  const catalogue = await readCatalogue(copy, { lenient: true });
  const products: ProductInput[] = catalogue.products.map((e) => ({
    slug: e.id,
    producerSlug: e.data.producer,
    province: province(e.data.province),
    data: e.data,
  }));
  const producers: ProducerInput[] = catalogue.producers.map((e) => ({
    slug: e.id,
    province: province(e.data.province),
    data: e.data,
  }));
  productCount = products.length;
  records = productRecords(products, producers, {
    site: 'https://ocop.example.vn',
    buildDate: '2026-06-01',
  });
  const csv = csvFile(PRODUCTS_DATASET, records);
  const input = path.join(dir, 'ocop-san-pham.csv');
  await writeFile(input, csv, 'utf8');
  report = await runImport({ input, contentDir: copy, dryRun: true });
}, 60_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('the products CSV read back by the importer', () => {
  it('finds the header on the first line', () => {
    expect(report.headerRow).toBe(1);
  });

  it('adds, updates, merges and rejects nothing: every row it reads is unchanged', () => {
    const changed = report.rows.filter((r) => r.outcome !== 'unchanged');
    expect(changed, JSON.stringify(changed.slice(0, 5), null, 2)).toEqual([]);
    expect(report.files).toEqual([]);
  });

  // "Công ty TNHH…" in producer_name once made the importer take a row for a totals line.
  it('reads every product row: none is skipped as a heading, total or signature', () => {
    expect(report.skipped).toEqual([]);
    expect(report.summary.unchanged).toBe(productCount);
  });
});

describe('a row that carries a code', () => {
  it('finds its product by the code even when its slug and name changed', async () => {
    const [first, ...rest] = records;
    const renamed = {
      ...first!,
      slug: 'ten-moi-hoan-toan-khac',
      name: 'Tên mới hoàn toàn khác',
    };
    const input = path.join(dir, 'renamed.csv');
    await writeFile(input, csvFile(PRODUCTS_DATASET, [renamed, ...rest]), 'utf8');
    const again = await runImport({ input, contentDir: copy, dryRun: true });
    const row = again.rows.find((r) => r.rowNumber === 2);
    expect(row).toMatchObject({ outcome: 'unchanged', slug: first!.slug });
    expect(again.summary.added).toBe(0);
  });
});

describe('the ordering columns', () => {
  it('are in the file read back, and the importer maps none of them to a field', () => {
    const csv = csvFile(PRODUCTS_DATASET, records);
    const header = csv
      .replace(/^\uFEFF/, '')
      .split('\r\n')[0]!
      .split(',');
    for (const column of ['offers', 'min_order_quantity', 'season_months']) {
      expect(header).toContain(column);
      expect(fieldForHeader(column)).toBeUndefined();
    }
    expect(records.some((r) => r['offers'] !== null)).toBe(true);
  });
});
