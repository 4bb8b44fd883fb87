import { describe, expect, it } from 'vitest';
import { classifyRow, statusFromNote } from '../../src/lib/import/classify-row.ts';
import { cleanText, parseDecimal, placeToneMarks } from '../../src/lib/import/clean-text.ts';
import { decodeText, detectEncoding } from '../../src/lib/import/decode-text.ts';
import { parseDate, readTitleBlock } from '../../src/lib/import/find-header.ts';
import { fieldForHeader, mapColumns } from '../../src/lib/import/map-columns.ts';
import { parseAddress } from '../../src/lib/import/parse-address.ts';
import { parseCategory } from '../../src/lib/import/parse-category.ts';
import { checkStars, parseStars } from '../../src/lib/import/parse-stars.ts';
import { producerKey, producerTypeFromName } from '../../src/lib/import/producer-type.ts';
import { toWindows1258 } from '../fixtures/import/make-annex.ts';
import { PRODUCT_COLUMNS } from '../../src/lib/open-data/columns.ts';

describe('header mapping', () => {
  it.each([
    ['Tên sản phẩm', 'name'],
    ['Tên SP', 'name'],
    ['TÊN SẢN PHẨM\n(ghi rõ quy cách)', 'name'],
    ['Chủ thể', 'producer'],
    ['Tên chủ thể sản xuất', 'producer'],
    ['Chủ thể OCOP', 'producer'],
    ['Hạng sao', 'stars'],
    ['Xếp hạng', 'stars'],
    ['Kết quả xếp hạng', 'stars'],
    ['Tổng điểm', 'score'],
    ['Địa chỉ', 'address'],
    ['Bộ sản phẩm', 'subgroup'],
    ['Nhóm', 'group'],
    ['Ghi chú', 'note'],
    ['Tên tiếng Anh', 'nameEn'],
    ['English name', 'nameEn'],
    ['Tên sản phẩm (tiếng Anh)', 'nameEn'],
    ['Mô tả', 'description'],
    ['Mô tả (tiếng Anh)', 'descriptionEn'],
    ['description_en', 'descriptionEn'],
    ['Quy cách đóng gói tiếng Anh', 'packagingEn'],
    ['packaging_en', 'packagingEn'],
    ['price_unit_en', 'priceUnitEn'],
    ['Đơn vị tính tiếng Anh', 'priceUnitEn'],
    ['Câu chuyện chủ thể', 'producerStory'],
    ['Câu chuyện chủ thể (tiếng Anh)', 'producerStoryEn'],
    ['S TT', undefined],
    ['STT', 'index'],
  ])('"%s" → %s', (header, field) => {
    expect(fieldForHeader(header)).toBe(field);
  });

  it('maps every open-data column that carries a fact', () => {
    const map = mapColumns(PRODUCT_COLUMNS.map((c) => c.name));
    for (const field of [
      'slug',
      'name',
      'producer',
      'producerSlug',
      'category',
      'stars',
      'score',
    ] as const) {
      expect(map[field]).toBeDefined();
    }
    expect(map.decision).toBeDefined();
    expect(map.decisionDate).toBeDefined();
    expect(map.note).toBeDefined();
  });
});

describe('text', () => {
  it('normalises NFC, spaces and tone-mark placement', () => {
    expect(cleanText('  Thanh\u00a0Hoá \u200b ')).toBe('Thanh Hóa');
    expect(cleanText('Thanh Hoa\u0301')).toBe('Thanh Hóa');
    expect(placeToneMarks('thuỷ sản, khoẻ, quý, hoàn, Khánh Hoà')).toBe(
      'thủy sản, khỏe, quý, hoàn, Khánh Hòa',
    );
    expect(cleanText('a\u0000b')).toBe('a b');
  });
  it('reads decimal commas', () => {
    expect(parseDecimal('72,5')).toBe(72.5);
    expect(parseDecimal(' 80 ')).toBe(80);
    expect(parseDecimal('tám mươi')).toBeUndefined();
  });
  it('detects and decodes encodings', () => {
    const text = 'Tên sản phẩm,Hạng sao\nBánh cáy,4 sao\n';
    expect(detectEncoding(Buffer.from(text))).toBe('utf-8');
    expect(detectEncoding(Buffer.from(`\uFEFF${text}`))).toBe('utf-8-bom');
    const legacy = toWindows1258(text);
    expect(legacy.includes(0x3f)).toBe(false);
    expect(detectEncoding(legacy)).toBe('windows-1258');
    expect(decodeText(legacy).text).toBe(text);
    expect(decodeText(Buffer.from(`\uFEFF${text}`, 'utf16le')).text).toBe(text);
  });
});

describe('stars and score', () => {
  it.each([
    ['3 sao', 3, false],
    ['4★', 4, false],
    ['4', 4, false],
    ['★★★★★', 5, false],
    ['Đạt 3 sao', 3, false],
    ['Tiềm năng 5 sao', 4, true],
    ['4 sao (tiềm năng 5 sao)', 4, true],
  ])('"%s" → %i★ potential %s', (cell, stars, potential) => {
    expect(parseStars(cell)).toMatchObject({ stars, potential, failed: false });
  });
  it('"Không đạt" fails', () => {
    expect(parseStars('Không đạt').failed).toBe(true);
    expect(checkStars('Không đạt', '45').reject).toMatch(/Không đạt/);
  });
  it('rejects below 3 stars and rows without a rating', () => {
    expect(checkStars('2 sao', '').reject).toMatch(/below 3/);
    expect(checkStars('', '40').reject).toMatch(/below 3/);
    expect(checkStars('', '').reject).toBe('no star rating');
  });
  it('checks the score against the bands', () => {
    expect(checkStars('4 sao', '78,5')).toMatchObject({ stars: 4, score: 78.5, flags: [] });
    const off = checkStars('4 sao', '60');
    expect(off).toMatchObject({ stars: 4, score: undefined });
    expect(off.flags[0]).toMatch(/outside the 4★ band/);
    expect(checkStars('Tiềm năng 5 sao', '92')).toMatchObject({
      stars: 4,
      score: 92,
      potentialFiveStar: true,
    });
    expect(checkStars('4', '93')).toMatchObject({ stars: 4, potentialFiveStar: true });
    expect(checkStars('', '75')).toMatchObject({ stars: 4, score: 75 });
    expect(checkStars('3', 'abc').flags[0]).toMatch(/not a number/);
  });
});

describe('producer type', () => {
  it.each([
    ['HTX Nông nghiệp Hòa Bình', 'htx'],
    ['Hợp tác xã Dừa sáp', 'htx'],
    ['Công ty TNHH Ong mật', 'doanh-nghiep'],
    ['Cty CP Thực phẩm', 'doanh-nghiep'],
    ['DN tư nhân Minh Anh', 'doanh-nghiep'],
    ['THT Chè Tân Cương', 'to-hop-tac'],
    ['Tổ hợp tác cói', 'to-hop-tac'],
    ['Hộ kinh doanh Lê Thị Hoa', 'ho-kinh-doanh'],
    ['Cơ sở bánh gai Tứ Trụ', 'ho-kinh-doanh'],
  ])('%s → %s', (name, type) => {
    expect(producerTypeFromName(name)).toEqual({ type, guessed: false });
  });
  it('guesses a household for a bare name, and reads a type column', () => {
    expect(producerTypeFromName('Nguyễn Văn An')).toEqual({ type: 'ho-kinh-doanh', guessed: true });
    expect(producerTypeFromName('Nguyễn Văn An', 'htx')).toEqual({ type: 'htx', guessed: false });
  });
  it('matches HTX and Hợp tác xã as the same producer', () => {
    expect(producerKey('HTX Nem chua Hoằng Hóa')).toBe(
      producerKey('Hợp tác xã Nem chua Hoằng Hoá'),
    );
  });
});

describe('addresses', () => {
  it('maps an old three-level address to the 2025 province', () => {
    const a = parseAddress('Xã Đông Xuyên, huyện Tiền Hải, tỉnh Thái Bình');
    expect(a.province).toEqual({ province: 'hung-yen', former: 'thai-binh' });
    expect(a.threeLevel).toBe(true);
    expect(a.commune).toBeUndefined();
    expect(a.oldCommune).toBe('Xã Đông Xuyên');
    expect(a.address).toMatch(/trước 07\/2025/);
  });
  it('keeps the commune of a two-level address', () => {
    const a = parseAddress('Thôn 3, Phường Lam Sơn, tỉnh Thanh Hoá');
    expect(a).toMatchObject({
      province: { province: 'thanh-hoa' },
      commune: 'Phường Lam Sơn',
      threeLevel: false,
    });
  });
  it('reads abbreviations and a province without prefix', () => {
    const a = parseAddress('X. Hà Yên, H. Hà Trung, Thanh Hóa');
    expect(a.province?.province).toBe('thanh-hoa');
    expect(a.threeLevel).toBe(true);
  });
  it('gives nothing for an address without a province', () => {
    expect(parseAddress('Thôn Đông').province).toBeUndefined();
  });
});

describe('categories', () => {
  it('accepts leaf codes and 148 names', () => {
    expect(parseCategory(['I.3.b'], 'x')).toEqual({ code: 'I.3.b' });
    expect(parseCategory(['Chè tươi, chế biến'], 'x')).toEqual({ code: 'I.5.a' });
  });
  it('maps 1048 names and flags an ambiguous leaf', () => {
    expect(parseCategory(['Vải và may mặc'], 'Khăn')).toEqual({
      code: 'IV.2',
      flag: 'Decision 1048 category "Vải và may mặc" mapped to IV.2 (Vải, may mặc)',
    });
    const g = parseCategory(['Thực phẩm'], 'Mật ong rừng');
    expect(g.code).toBe('I.2.b');
    expect(g.flag).toMatch(/covers/);
  });
  it('infers from the name when no category is given, or gives up', () => {
    expect(parseCategory([''], 'Nước mắm Phan Thiết').code).toBe('I.4.a');
    expect(parseCategory([''], 'Xyz')).toEqual({});
  });
});

describe('title block and row kinds', () => {
  it('reads decision, date and province', () => {
    expect(
      readTitleBlock([
        'ỦY BAN NHÂN DÂN TỈNH THANH HOÁ',
        'Số: 715/QĐ-UBND  Thanh Hóa, ngày 12 tháng 3 năm 2026',
      ]),
    ).toEqual({ decision: '715/QĐ-UBND', decisionDate: '2026-03-12', province: 'Thanh Hóa' });
    expect(
      readTitleBlock([
        '(Kèm theo Quyết định số 3317/QĐ-UBND ngày 11/12/2023 của UBND tỉnh Thái Bình)',
      ]),
    ).toEqual({ decision: '3317/QĐ-UBND', decisionDate: '2023-12-11', province: 'Thái Bình' });
    expect(parseDate('31/02/2026')).toBeUndefined();
  });
  it('skips headings, totals and signatures', () => {
    const cols = mapColumns(['STT', 'Tên sản phẩm', 'Chủ thể', 'Hạng sao']);
    expect(classifyRow(['I. SẢN PHẨM ĐẠT 4 SAO', '', '', ''], cols, false)).toMatchObject({
      skip: 'section',
      section: { stars: 4 },
    });
    expect(classifyRow(['', 'Tổng cộng: 12', '', ''], cols, false).skip).toBe('total');
    expect(classifyRow(['', '', '', 'KT. CHỦ TỊCH'], cols, false)).toMatchObject({
      skip: 'signature',
      signature: true,
    });
    expect(classifyRow(['', '', 'Lê Văn A', ''], cols, true).skip).toBe('signature');
    expect(classifyRow(['1', 'Bánh', '', ''], cols, false).skip).toBeUndefined();
    expect(classifyRow(['', '', '', ''], cols, false).skip).toBe('blank');
  });
  it('reads the kind of recognition from a note', () => {
    expect(statusFromNote('Công nhận lại')).toBe('re-recognised');
    expect(statusFromNote('Nâng hạng từ 3 sao')).toBe('upgraded');
    expect(statusFromNote('Mới')).toBe('new');
    expect(statusFromNote('')).toBeUndefined();
  });
});
