import { createHash } from 'node:crypto';
import { cp, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readCatalogue } from '../../src/lib/content-files/read-content.ts';
import { ImportAbortedError, ImportInputError } from '../../src/lib/import/errors.ts';
import { OUTCOMES } from '../../src/lib/import/report.ts';
import { runImport, type ImportOptions } from '../../src/lib/import/run-import.ts';
import { annexRows, HEADER, toCsvText, toXlsx } from '../fixtures/import/make-annex.ts';
import { exportProductsCsv } from '../fixtures/import/open-data.ts';

const FIXTURE = path.resolve('tests/fixtures/import/annex-title-block.csv');
let dir: string;
let content: string;

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'ocop-import-'));
  content = path.join(dir, 'content');
  await cp('content', content, { recursive: true });
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Hash of every file under the content folder (names and bytes). */
async function treeHash(root = content): Promise<string> {
  const hash = createHash('sha256');
  const files = (await readdir(root, { recursive: true, withFileTypes: true }))
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
  for (const file of files) hash.update(path.relative(root, file)).update(await readFile(file));
  return hash.digest('hex');
}

const run = (options: Partial<ImportOptions> & Pick<ImportOptions, 'input'>) =>
  runImport({ contentDir: content, ...options });

function expectAccounted(report: Awaited<ReturnType<typeof runImport>>) {
  const s = report.summary;
  expect(OUTCOMES.reduce((sum, o) => sum + s[o], 0)).toBe(s.rows);
  expect(new Set(report.rows.map((r) => r.rowNumber)).size).toBe(s.rows);
}

describe('an annex with a title block, section rows and every messy row', () => {
  it('ends every row in one outcome, with reasons', async () => {
    const report = await run({ input: FIXTURE });
    expectAccounted(report);
    expect(report).toMatchObject({
      headerRow: 6,
      decision: '715/QĐ-UBND',
      decisionDate: '2026-03-12',
    });
    const byRow = new Map(report.rows.map((r) => [r.rowNumber, r]));
    const outcome = (n: number) => byRow.get(n)?.outcome;
    expect([8, 9, 10, 12, 13, 18, 19].map(outcome)).toEqual(Array(7).fill('added'));
    expect(byRow.get(14)?.reason).toMatch(/Không đạt/);
    expect(byRow.get(15)?.reason).toBe('missing product name');
    expect(byRow.get(16)?.reason).toBe('missing producer');
    expect(byRow.get(17)).toMatchObject({
      outcome: 'merged',
      slug: 'nem-chua-thanh-hoa',
      reason: 'duplicate of row 8',
    });
    expect(byRow.get(18)?.flags.join()).toMatch(/outside the deciding province/);
    expect(byRow.get(18)?.flags.join()).toMatch(/outside the 4★ band/);
    expect(byRow.get(20)?.reason).toMatch(/below 3★/);
    expect(byRow.get(21)?.reason).toMatch(/no star rating|revokes/);
    expect(report.summary).toMatchObject({
      rows: 13,
      added: 7,
      merged: 1,
      rejected: 5,
      skipped: 8,
    });
    expect(report.skipped.map((s) => s.reason)).toEqual([
      'section',
      'section',
      'total',
      ...Array<string>(5).fill('signature'),
    ]);
    const catalogue = await readCatalogue(content);
    const nem = catalogue.products.find((p) => p.id === 'nem-chua-thanh-hoa')!.data;
    expect(nem.certifications[0]).toMatchObject({
      stars: 4,
      score: 78.5,
      level: 'province',
      issuer: 'UBND tỉnh Thanh Hóa',
      status: 'new',
    });
    const coi = catalogue.products.find((p) => p.id === 'chieu-coi-nga-son')!.data;
    expect(coi.certifications[0]).toMatchObject({ stars: 4, potentialFiveStar: true, score: 91 });
    expect(coi.category).toBe('IV.1');
    const banhGai = catalogue.products.find((p) => p.id === 'banh-gai-tu-tru')!.data;
    expect(banhGai.certifications[0]!.status).toBe('re-recognised');
    const htx = catalogue.producers.find((p) => p.data.name === 'HTX Nem chua Hoằng Hóa')!.data;
    expect(htx).toMatchObject({ type: 'htx', province: 'thanh-hoa' });
    expect(htx.address).toMatch(/huyện Hoằng Hóa.*trước 07\/2025/);
  });

  it('a second run changes nothing; a dry run writes nothing', async () => {
    const before = await treeHash();
    const dry = await run({ input: FIXTURE, dryRun: true });
    expect(await treeHash()).toBe(before);
    const real = await run({ input: FIXTURE });
    expect(real.summary).toEqual(dry.summary);
    expect(real.files).toEqual(dry.files);
    const after = await treeHash();
    const again = await run({ input: FIXTURE });
    expect(again.summary).toMatchObject({
      added: 0,
      updated: 0,
      unchanged: 7,
      merged: 1,
      rejected: 5,
    });
    expect(again.files).toEqual([]);
    expect(await treeHash()).toBe(after);
  });
});

describe('existing products', () => {
  const csv = toCsvText([
    ['Tên sản phẩm', 'Chủ thể', 'Địa chỉ', 'Hạng sao', 'Tổng điểm'],
    [
      'Bánh cáy Đình Mạnh',
      'Xưởng chế biến thực phẩm bánh kẹo Đình Mạnh',
      'Tỉnh Thái Bình',
      '4 sao',
      '80',
    ],
    ['Bánh pía Sóc Trăng', 'Cơ sở sản xuất bánh pía Sóc Trăng', 'tỉnh Sóc Trăng', '4 sao', '75'],
  ]);
  it('gain a certification (re-recognised, upgraded) and keep their hand-written fields', async () => {
    const original = JSON.parse(
      await readFile(path.join(content, 'products/banh-cay-dinh-manh.json'), 'utf8'),
    ) as { certifications: unknown[] };
    const report = await run({
      input: Buffer.from(csv),
      decision: '88/QĐ-UBND',
      date: '2026-04-01',
      province: 'Hưng Yên',
    });
    expect(report.rows.map((r) => [r.outcome, r.slug, r.reason])).toEqual([
      ['updated', 'banh-cay-dinh-manh', 're-recognised'],
      ['updated', 'banh-pia-soc-trang', 'upgraded'],
    ]);
    const updated = JSON.parse(
      await readFile(path.join(content, 'products/banh-cay-dinh-manh.json'), 'utf8'),
    ) as { certifications: unknown[] };
    expect({ ...updated, certifications: undefined }).toEqual({
      ...original,
      certifications: undefined,
    });
    expect(updated.certifications).toHaveLength(original.certifications.length + 1);
    expect(updated.certifications.at(-1)).toMatchObject({
      decision: '88/QĐ-UBND',
      issuer: 'UBND tỉnh Hưng Yên',
      formerProvince: 'thai-binh',
    });
    expect(report.rows[1]!.flags.join()).toMatch(/outside the deciding province/);
    await readCatalogue(content);
  });
});

describe('atomic writes', () => {
  it('a crash after some moves leaves content byte-identical', async () => {
    const before = await treeHash();
    for (const failAfterWrites of [1, 5, 13]) {
      await expect(run({ input: FIXTURE, failAfterWrites })).rejects.toBeInstanceOf(
        ImportAbortedError,
      );
      expect(await treeHash()).toBe(before);
    }
    expect((await readdir(content)).filter((n) => n.startsWith('.import-'))).toEqual([]);
  });
  it('an interrupt before the moves writes nothing', async () => {
    const before = await treeHash();
    await expect(run({ input: FIXTURE, shouldStop: () => true })).rejects.toBeInstanceOf(
      ImportAbortedError,
    );
    expect(await treeHash()).toBe(before);
  });
  it('unreadable input: one sentence, nothing written', async () => {
    const before = await treeHash();
    const noHeader = Buffer.from('a,b,c\n1,2,3\n');
    await expect(run({ input: noHeader, inputName: 'x.csv' })).rejects.toThrow(
      /^x\.csv has no header row naming a product column/,
    );
    await expect(
      run({ input: Buffer.from(',,,\n,,\n'), inputName: 'y.csv' }),
    ).rejects.toBeInstanceOf(ImportInputError);
    await expect(run({ input: path.join(dir, 'missing.xlsx') })).rejects.toThrow(
      /cannot be read: ENOENT/,
    );
    expect(await treeHash()).toBe(before);
  });
});

describe('formats', () => {
  it('imports a clean XLSX annex with options and merged section rows', async () => {
    const xlsx = await toXlsx(annexRows(40), { title: false, sectionEvery: 10, numbers: true });
    const report = await run({
      input: xlsx,
      decision: '12/QĐ-UBND',
      date: '12/01/2026',
      province: 'Thanh Hoá',
    });
    expectAccounted(report);
    expect(report.summary).toMatchObject({ rows: 40, added: 40, skipped: 6 });
    await readCatalogue(content);
  });
  it('imports the same rows from CSV with semicolons and decimal commas', async () => {
    const text = toCsvText([HEADER, ...annexRows(40)], ';');
    await writeFile(path.join(dir, 'a.csv'), text);
    const report = await run({
      input: path.join(dir, 'a.csv'),
      decision: '12/QĐ-UBND',
      date: '2026-01-12',
      province: 'Thanh Hóa',
    });
    expect(report.summary).toMatchObject({ rows: 40, added: 40 });
  });
});

describe('open data round trip', () => {
  it('export → import changes nothing', async () => {
    const before = await treeHash();
    const csv = exportProductsCsv(await readCatalogue(content));
    const report = await run({ input: Buffer.from(csv), inputName: 'ocop-san-pham.csv' });
    expectAccounted(report);
    expect(report.summary.unchanged).toBe(report.summary.rows);
    expect(report.files).toEqual([]);
    expect(await treeHash()).toBe(before);
  });
});

describe('English columns', () => {
  const ENGLISH = path.resolve('tests/fixtures/import/annex-english-columns.csv');

  it('go into new products and producers, and a sheet without them leaves no English field out', async () => {
    const report = await run({ input: ENGLISH });
    expectAccounted(report);
    expect(report.summary.added).toBe(2);
    const catalogue = await readCatalogue(content);
    const nem = catalogue.products.find((p) => p.data.name === 'Nem chua Hoằng Đồng')!;
    expect(nem.data).toMatchObject({
      nameEn: 'Hoằng Đồng fermented pork roll',
      descriptionEn:
        'Fermented pork roll made from lean pork, pork skin and toasted rice powder, wrapped in banana leaf.',
      packaging: 'Túi 10 chiếc',
      packagingEn: 'Bag of 10 rolls',
    });
    expect(nem.data.provenance.invented).toEqual([]);
    const producer = catalogue.producers.find((p) => p.id === nem.data.producer)!;
    expect(producer.data).toMatchObject({
      story: 'Hợp tác xã làm nem chua theo cách của làng Hoằng Đồng.',
      storyEn: 'A cooperative making fermented pork rolls the Hoằng Đồng village way.',
    });
    const lam = catalogue.products.find((p) => p.data.name === 'Chè lam Thọ Xuân')!;
    for (const field of ['nameEn', 'descriptionEn', 'packagingEn'] as const)
      expect(lam.data[field]).toBeUndefined();
  });

  it('an annex without English columns keeps the English text already in content', async () => {
    const file = 'products/banh-cay-dinh-manh.json';
    const before = JSON.parse(await readFile(path.join(content, file), 'utf8')) as Record<
      string,
      unknown
    >;
    expect(before).toHaveProperty('descriptionEn');
    const csv = toCsvText([
      ['Tên sản phẩm', 'Chủ thể', 'Địa chỉ', 'Hạng sao', 'Tổng điểm'],
      [
        'Bánh cáy Đình Mạnh',
        'Xưởng chế biến thực phẩm bánh kẹo Đình Mạnh',
        'Tỉnh Thái Bình',
        '4 sao',
        '77',
      ],
    ]);
    const report = await run({
      input: Buffer.from(csv),
      decision: '90/QĐ-UBND',
      date: '2026-05-01',
      province: 'Hưng Yên',
    });
    expect(report.rows.map((r) => [r.outcome, r.slug])).toEqual([
      ['updated', 'banh-cay-dinh-manh'],
    ]);
    const after = JSON.parse(await readFile(path.join(content, file), 'utf8')) as Record<
      string,
      unknown
    >;
    for (const field of ['nameEn', 'descriptionEn', 'packagingEn', 'offers', 'price'])
      expect(after[field]).toEqual(before[field]);
  });
});
