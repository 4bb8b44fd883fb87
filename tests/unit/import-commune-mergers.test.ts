import { cp, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readCatalogue } from '../../src/lib/content-files/read-content.ts';
import {
  loadCommuneMergers,
  parseCommuneMergers,
  placeKeys,
} from '../../src/lib/import/commune-mergers.ts';
import { CommuneMergerTableError } from '../../src/lib/import/errors.ts';
import { OLD_ADDRESS_KEPT } from '../../src/lib/import/map-old-commune.ts';
import { parseAddress } from '../../src/lib/import/parse-address.ts';
import { runImport } from '../../src/lib/import/run-import.ts';

// The fixture tables map to made-up communes ("Xã Mẫu …", example.org sources): they test the
// mechanism and are not the 2025 arrangement.
const FIXTURES = path.resolve('tests/fixtures/import/commune-mergers');
const VALID = path.join(FIXTURES, 'valid.csv');
const ANNEX = path.resolve('tests/fixtures/import/annex-title-block.csv');
const HEADER = 'old_province,old_district,old_commune,new_province,new_commune,source';

async function rejection(promise: Promise<unknown>): Promise<CommuneMergerTableError> {
  const error: unknown = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(CommuneMergerTableError);
  return error as CommuneMergerTableError;
}

describe('loading the table', () => {
  it('reads a valid table; a repeated row with the same result is one entry', async () => {
    const table = await loadCommuneMergers(VALID);
    expect(table.size).toBe(4);
    expect(
      table.lookup({
        oldProvince: 'Thanh Hóa',
        oldDistrict: 'huyện Hoằng Hóa',
        oldCommune: 'Xã Hoằng Đồng',
      }),
    ).toMatchObject({ new_province: 'thanh-hoa', new_commune: 'Xã Mẫu Hoằng Đồng', rowNumber: 2 });
  });

  it('the shipped table is valid', async () => {
    const table = await loadCommuneMergers('content/commune-mergers.csv');
    expect(table.size).toBeGreaterThanOrEqual(0);
  });

  it('names file, row and field of every bad row', async () => {
    const file = path.join(FIXTURES, 'bad-rows.csv');
    const error = await rejection(loadCommuneMergers(file));
    expect(error.problems).toEqual([
      `${file}: row 3: old_province: must name one of the 63 provinces before 07/2025, e.g. "Ninh Bình" or "ninh-binh"`,
      `${file}: row 4: new_commune: must start with "Xã", "Phường" or "Đặc khu", e.g. "Phường Hoa Lư"`,
      expect.stringMatching(/: row 5: new_province: must be the slug of a 2025 province/),
      `${file}: row 5: source: must be a full URL starting with https://`,
      `${file}: row 7: old_commune: must have at least 2 characters`,
    ]);
    expect(error.message).toContain(`${file}: row 3: old_province`);
  });

  it('rejects one old commune mapped to two new ones, naming both rows', async () => {
    const file = path.join(FIXTURES, 'ambiguous.csv');
    const error = await rejection(loadCommuneMergers(file));
    expect(error.problems).toHaveLength(1);
    expect(error.problems[0]).toMatch(
      /ambiguous\.csv: row 4: old_commune: .*already mapped by row 2 to "Xã Mẫu Nga Thanh".*here to "Xã Mẫu Khác"/,
    );
  });

  it('checks the header, the cell count, the encoding and that a named table exists', () => {
    expect(() => parseCommuneMergers('old_province,old_district\n', 't.csv')).toThrow(
      /^t\.csv: row 1: the header must be old_province,.*; missing old_commune, new_province, new_commune, source$/,
    );
    expect(() => parseCommuneMergers(`${HEADER},old_comune\n`, 't.csv')).toThrow(
      /unknown or repeated "old_comune"/,
    );
    expect(() => parseCommuneMergers('', 't.csv')).toThrow(/row 1: the header must be/);
    expect(() =>
      parseCommuneMergers(
        `${HEADER}\nThanh Hóa,Nga Sơn,Nga Thanh,thanh-hoa,Xã Mẫu,https://example.org,extra\n`,
        't.csv',
      ),
    ).toThrow(/^t\.csv: row 2: has 7 cells for 6 columns$/);
    // A byte-order mark and upper-case header names are fine.
    expect(parseCommuneMergers(`\uFEFF${HEADER.toUpperCase()}\r\n`, 't.csv').size).toBe(0);
  });

  describe('on disk', () => {
    let dir: string;
    beforeEach(async () => {
      dir = await mkdtemp(path.join(tmpdir(), 'ocop-communes-'));
    });
    afterEach(async () => {
      await rm(dir, { recursive: true, force: true });
    });
    it('a table that is not UTF-8 or is missing is an error; optional and missing is empty', async () => {
      const latin = path.join(dir, 'latin.csv');
      await writeFile(latin, Buffer.from(`${HEADER}\nThanh H\xf3a\n`, 'latin1'));
      expect((await rejection(loadCommuneMergers(latin))).message).toMatch(/is not UTF-8 text/);
      const missing = path.join(dir, 'missing.csv');
      expect((await rejection(loadCommuneMergers(missing))).message).toMatch(
        /missing\.csv: cannot be read \(ENOENT\)/,
      );
      expect((await loadCommuneMergers(missing, { optional: true })).size).toBe(0);
    });
  });
});

describe('lookup', () => {
  it.each([
    ['Xã Yên Thái', 'Huyện Yên Mô', 'Ninh Bình'],
    ['yen thai', 'yen mo', 'ninh-binh'],
    ['X. Yên Thái', 'H. Yên Mô', 'NINH BINH'],
    ['X.Yên Thái', 'huyện  Yên  Mô', 'Tỉnh Ninh Bình'],
    ['xa yen thai', 'huyen yen mo', 'ninh binh'],
  ])('folds "%s, %s, %s"', async (oldCommune, oldDistrict, oldProvince) => {
    const table = await loadCommuneMergers(VALID);
    expect(table.lookup({ oldProvince, oldDistrict, oldCommune })?.new_commune).toBe(
      'Phường Mẫu Yên Thái',
    );
  });

  it('matches either tone-mark placement and ASCII rows', async () => {
    const table = await loadCommuneMergers(VALID);
    const hoang = { oldDistrict: 'Huyện Hoằng Hoá', oldCommune: 'xã Hoằng Đồng' };
    expect(table.lookup({ oldProvince: 'Thanh Hoá', ...hoang })?.rowNumber).toBe(2);
    expect(table.lookup({ oldProvince: 'Thanh Hóa', ...hoang })?.rowNumber).toBe(2);
    expect(
      table.lookup({
        oldProvince: 'Thanh Hóa',
        oldDistrict: 'Huyện Thọ Xuân',
        oldCommune: 'Xã Thọ Diên',
      })?.new_commune,
    ).toBe('Xã Mẫu Thọ Diên');
  });

  it('needs province, district and commune to match', async () => {
    const table = await loadCommuneMergers(VALID);
    const yenThai = { oldDistrict: 'Huyện Yên Mô', oldCommune: 'Xã Yên Thái' };
    expect(table.lookup({ oldProvince: 'Thanh Hóa', ...yenThai })).toBeUndefined();
    expect(table.lookup({ oldProvince: 'Atlantis', ...yenThai })).toBeUndefined();
    expect(
      table.lookup({ ...yenThai, oldProvince: 'Ninh Bình', oldDistrict: 'Huyện Kim Sơn' }),
    ).toBeUndefined();
    expect(
      table.lookup({ ...yenThai, oldProvince: 'Ninh Bình', oldDistrict: undefined }),
    ).toBeUndefined();
    expect(
      table.lookup({ ...yenThai, oldProvince: 'Ninh Bình', oldCommune: 'Xã Yên Thắng' }),
    ).toBeUndefined();
  });

  it('drops kind words, but keeps a diacritic name that only looks like one', () => {
    for (const name of ['Thị xã Nghi Sơn', 'TX. Nghi Sơn', 'thi xa nghi son', 'Nghi Sơn']) {
      expect(placeKeys(name)[0]).toBe('nghi son');
    }
    expect(placeKeys('Thành phố Thanh Hoá')).toEqual(['thanh hoa']);
    expect(placeKeys('Thị trấn Vĩnh Lộc')).toEqual(['vinh loc']);
    expect(placeKeys('Quận 1')).toEqual(['1']);
    expect(placeKeys('Huyện Quan Sơn')).toEqual(['quan son']);
    expect(placeKeys('Quan Sơn')).toEqual(['quan son']);
    // Without diacritics "quan" may be quận or a name: both forms are tried.
    expect(placeKeys('quan son')).toEqual(['son', 'quan son']);
  });

  it('parseAddress keeps the old district for the lookup', () => {
    expect(parseAddress('X. Hà Yên, H. Hà Trung, Thanh Hóa')).toMatchObject({
      oldCommune: 'Xã Hà Yên',
      oldDistrict: 'H. Hà Trung',
    });
  });
});

describe('an import with a commune-merger table', () => {
  let dir: string;
  let content: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'ocop-import-communes-'));
    content = path.join(dir, 'content');
    await cp('content', content, { recursive: true });
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('gives mapped rows their 2025 commune and flags the rest as before', async () => {
    const report = await runImport({ input: ANNEX, contentDir: content, communeMergers: VALID });
    const flags = (row: number) => report.rows.find((r) => r.rowNumber === row)!.flags;
    // Row 8: Xã Hoằng Đồng, huyện Hoằng Hóa, tỉnh Thanh Hóa.
    expect(flags(8)).toContain(
      'old address "Xã Hoằng Đồng, huyện Hoằng Hóa" mapped to "Xã Mẫu Hoằng Đồng" (valid.csv, row 2)',
    );
    expect(flags(8)).not.toContain(OLD_ADDRESS_KEPT);
    // Row 13: the table row is written without diacritics or kind words.
    expect(flags(13).join()).toMatch(/mapped to "Xã Mẫu Thọ Diên" \(valid\.csv, row 3\)/);
    // Row 10 (Xã Nga Thanh) is not in the table: kept verbatim and flagged.
    expect(flags(10)).toContain(OLD_ADDRESS_KEPT);
    // Row 18: the table puts the commune in another province than the address: not applied.
    expect(flags(18).join()).toMatch(
      /"Xã Hà Yên, huyện Hà Trung" is mapped to "Xã Mẫu Hà Yên" in Thanh Hóa \(valid\.csv, row 4\), but the address is in Ninh Bình: not applied/,
    );

    const catalogue = await readCatalogue(content);
    const producer = (name: string) => catalogue.producers.find((p) => p.data.name === name)!.data;
    const product = (id: string) => catalogue.products.find((p) => p.id === id)!.data;
    expect(producer('HTX Nem chua Hoằng Hóa')).toMatchObject({
      commune: 'Xã Mẫu Hoằng Đồng',
      address: 'Xã Hoằng Đồng, huyện Hoằng Hóa, tỉnh Thanh Hóa (địa chỉ trước 07/2025)',
    });
    expect(product('nem-chua-thanh-hoa').commune).toBe('Xã Mẫu Hoằng Đồng');
    expect(product('banh-gai-tu-tru').commune).toBe('Xã Mẫu Thọ Diên');
    expect(product('chieu-coi-nga-son').commune).toBeUndefined();
    expect(producer('Tổ hợp tác cói Nga Thanh').address).toMatch(/huyện Nga Sơn.*trước 07\/2025/);
    expect(product('mam-tep-ha-yen').commune).toBeUndefined();
  });

  it('reads <content>/commune-mergers.csv by default', async () => {
    await cp(VALID, path.join(content, 'commune-mergers.csv'));
    const report = await runImport({ input: ANNEX, contentDir: content, dryRun: true });
    expect(report.rows.find((r) => r.rowNumber === 8)!.flags.join()).toMatch(
      /mapped to "Xã Mẫu Hoằng Đồng" \(commune-mergers\.csv, row 2\)/,
    );
  });

  it('a bad or missing table stops the import before anything is written', async () => {
    const before = await readdir(content, { recursive: true });
    await rejection(
      runImport({
        input: ANNEX,
        contentDir: content,
        communeMergers: path.join(FIXTURES, 'ambiguous.csv'),
      }),
    );
    await rejection(
      runImport({ input: ANNEX, contentDir: content, communeMergers: path.join(dir, 'none.csv') }),
    );
    expect(await readdir(content, { recursive: true })).toEqual(before);
    expect(await readFile(path.join(content, 'commune-mergers.csv'), 'utf8')).toBe(
      await readFile('content/commune-mergers.csv', 'utf8'),
    );
  });
});
