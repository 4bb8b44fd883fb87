import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { categoryPath } from '../../src/lib/domain/categories.ts';
import { CODE_ALPHABET } from '../../src/lib/domain/codes.ts';
import { getFormerProvince, getProvince } from '../../src/lib/domain/provinces.ts';
import { compareVietnamese, foldVietnamese, slugify } from '../../src/lib/domain/vietnamese.ts';
import type { ProductDocument, SalesPointDocument } from '../../src/lib/search/documents.ts';
import {
  buildFallbackIndex,
  writeFallbackIndex,
} from '../../src/lib/search/fallback/build-index.ts';
import {
  FallbackEngine,
  highlight,
  parseQuery,
  type Fetcher,
  type ProductHit,
  type SearchRequest,
} from '../../src/lib/search/fallback/engine.ts';
import {
  createFallbackSearchClient,
  sortFromIndexName,
  type FacetHitsResult,
  type InstantSearchResult,
} from '../../src/lib/search/fallback/instantsearch-client.ts';

type Row = [
  name: string,
  province: string,
  leaf: string,
  stars: 3 | 4 | 5,
  producerType: ProductDocument['producerType'],
  status: ProductDocument['certificateStatus'],
  certifiedOn: number,
  producerName: string,
  former?: string,
];

// prettier-ignore
const ROWS: Row[] = [
  ['Bánh cáy làng Nguyễn', 'hung-yen', 'I.3.b', 3, 'htx', 'valid', 20240312, 'HTX Bánh cáy làng Nguyễn', 'thai-binh'],
  ['Bánh cáy Thái Bình', 'hung-yen', 'I.3.b', 4, 'ho-kinh-doanh', 'expiring', 20230601, 'Hộ kinh doanh Trần Văn Bình', 'thai-binh'],
  ['Bánh cay Hải Phòng', 'hai-phong', 'I.3.b', 5, 'doanh-nghiep', 'valid', 20250110, 'Công ty TNHH Bánh kẹo Hải Phòng'],
  ['Bánh cay giòn Huế', 'hue', 'I.3.b', 5, 'to-hop-tac', 'valid', 20241120, 'Tổ hợp tác Bánh Huế'],
  ['Bánh cốm Hà Nội', 'ha-noi', 'I.3.b', 4, 'ho-kinh-doanh', 'valid', 20240105, 'Hộ kinh doanh Nguyễn Thị Hoa'],
  ['Bánh tráng Trảng Bàng', 'tay-ninh', 'I.3.b', 3, 'htx', 'expired', 20210304, 'HTX Bánh tráng Trảng Bàng'],
  ['Đường phèn Huế', 'hue', 'I.3.c', 3, 'ho-kinh-doanh', 'valid', 20240820, 'Cơ sở Đường phèn Hương Trà'],
  ['Đường thốt nốt An Giang', 'an-giang', 'I.3.c', 4, 'htx', 'valid', 20240415, 'HTX Thốt nốt Tri Tôn'],
  ['Dưa lưới Hải Phòng', 'hai-phong', 'I.1.a', 3, 'doanh-nghiep', 'valid', 20240901, 'Công ty Nông nghiệp Xanh'],
  ['Dầu lạc Thái Nguyên', 'thai-nguyen', 'I.4.b', 4, 'htx', 'expired', 20220711, 'HTX Dầu lạc Đồng Hỷ'],
  ['Đặc sản mắm tôm Huế', 'hue', 'I.4.a', 4, 'doanh-nghiep', 'valid', 20240601, 'Công ty Mắm Huế'],
  ['Đặc sản chè Tân Cương', 'thai-nguyen', 'I.5.a', 5, 'htx', 'valid', 20250201, 'HTX Chè Tân Cương'],
  ['Mật ong hoa cà phê Đắk Lắk', 'dak-lak', 'I.2.b', 5, 'htx', 'valid', 20240310, 'HTX Ong Đắk Lắk'],
  ['Mật ong rừng U Minh', 'ca-mau', 'I.2.b', 4, 'to-hop-tac', 'expiring', 20230415, 'Tổ hợp tác Ong rừng U Minh'],
  ['Trà xanh Thái Nguyên', 'thai-nguyen', 'I.5.a', 5, 'doanh-nghiep', 'valid', 20241001, 'Công ty Trà Thái'],
  ['Chè Shan tuyết cổ thụ', 'tuyen-quang', 'I.5.a', 4, 'htx', 'valid', 20240707, 'HTX Chè Shan Hà Giang', 'ha-giang'],
  ['Nước mắm Phú Quốc', 'an-giang', 'I.4.a', 5, 'doanh-nghiep', 'valid', 20230105, 'Công ty Nước mắm Phú Quốc', 'kien-giang'],
  ['Cà phê Buôn Ma Thuột', 'dak-lak', 'I.6', 5, 'doanh-nghiep', 'valid', 20240212, 'Công ty Cà phê Ban Mê'],
  ['Rượu cần Đắk Lắk', 'dak-lak', 'II.1.b', 3, 'ho-kinh-doanh', 'expired', 20200505, 'Hộ kinh doanh Y Blô'],
  ['Áo dài lụa Hà Đông', 'ha-noi', 'IV.2', 4, 'htx', 'valid', 20240505, 'HTX Lụa Vạn Phúc'],
  ['Gốm Bát Tràng', 'ha-noi', 'IV.1', 5, 'doanh-nghiep', 'valid', 20231212, 'Công ty Gốm Bát Tràng'],
  ['Kẹo dừa Bến Tre', 'vinh-long', 'I.3.c', 4, 'htx', 'valid', 20240619, 'HTX Kẹo dừa Mỏ Cày', 'ben-tre'],
  ['Bưởi da xanh Bến Tre', 'vinh-long', 'I.1.a', 3, 'to-hop-tac', 'expiring', 20230701, 'Tổ hợp tác Bưởi Chợ Lách', 'ben-tre'],
  ['Hoa lan hồ điệp Đà Lạt', 'lam-dong', 'V.1', 4, 'doanh-nghiep', 'valid', 20240228, 'Công ty Hoa Đà Lạt'],
  ['Cao atiso Đà Lạt', 'lam-dong', 'III.1', 3, 'ho-kinh-doanh', 'valid', 20240330, 'Hộ kinh doanh Lê Thị Mai'],
  ['Gạo tám thơm Hải Hậu', 'ninh-binh', 'I.2.a', 4, 'htx', 'valid', 20240125, 'HTX Nông nghiệp Hải Hậu', 'nam-dinh'],
  ['Gạo ST25 Sóc Trăng', 'can-tho', 'I.2.a', 5, 'doanh-nghiep', 'valid', 20241212, 'Công ty Gạo Hồ Quang Cua', 'soc-trang'],
  ['Nem chua Thanh Hóa', 'thanh-hoa', 'I.3.d', 4, 'ho-kinh-doanh', 'valid', 20240909, 'Hộ kinh doanh Lê Văn Hòa'],
  ['Chả mực Hạ Long', 'quang-ninh', 'I.3.d', 5, 'doanh-nghiep', 'valid', 20240808, 'Công ty Hải sản Hạ Long'],
  ['Yến sào Khánh Hòa', 'khanh-hoa', 'I.3.d', 5, 'doanh-nghiep', 'valid', 20221010, 'Công ty Yến sào Khánh Hòa'],
  ['Tinh dầu quế Yên Bái', 'lao-cai', 'III.3', 3, 'htx', 'valid', 20240404, 'HTX Quế Văn Yên', 'yen-bai'],
  ['Mứt gừng Hội An', 'da-nang', 'I.3.c', 3, 'ho-kinh-doanh', 'valid', 20241105, 'Hộ kinh doanh Phan Thị Lan', 'quang-nam'],
  ['Đèn lồng Hội An', 'da-nang', 'IV.1', 4, 'to-hop-tac', 'valid', 20240515, 'Tổ hợp tác Đèn lồng Hội An', 'quang-nam'],
  ['Dừa sáp Cầu Kè', 'vinh-long', 'I.1.a', 4, 'htx', 'valid', 20240614, 'HTX Dừa sáp Cầu Kè', 'tra-vinh'],
  ['Du lịch cộng đồng Sapa', 'lao-cai', 'VI.1', 4, 'htx', 'valid', 20240720, 'HTX Du lịch Tả Van'],
  ['Rượu mơ Yên Tử', 'quang-ninh', 'II.1.b', 3, 'htx', 'valid', 20231111, 'HTX Mơ Yên Tử'],
  ['Nước khoáng Kim Bôi', 'phu-tho', 'II.2.a', 4, 'doanh-nghiep', 'valid', 20240102, 'Công ty Khoáng Kim Bôi', 'hoa-binh'],
  ['Xoài cát Hòa Lộc', 'dong-thap', 'I.1.a', 5, 'htx', 'valid', 20240303, 'HTX Xoài Hòa Lộc', 'tien-giang'],
  ['Hoá thạch san hô mỹ nghệ', 'khanh-hoa', 'IV.1', 3, 'ho-kinh-doanh', 'expired', 20210101, 'Hộ kinh doanh Tô Văn Đa'],
  ['Cá kho làng Vũ Đại', 'ninh-binh', 'I.3.d', 5, 'htx', 'valid', 20241010, 'HTX Cá kho Vũ Đại', 'ha-nam'],
  ['Mắm An Thới Hội Xuân', 'an-giang', 'I.4.a', 5, 'htx', 'valid', 20240210, 'HTX Mắm Thới Xuân'],
];

const addDays = (yyyymmdd: number, years: number) => yyyymmdd + years * 10000;
/** Unique six-character codes with a 0 and a 1 in them (for the look-alikes). */
const codeOf = (i: number) => `${CODE_ALPHABET[i % 32]!}${CODE_ALPHABET[Math.floor(i / 32)]!}m10q`;

function makeDocument(row: Row, index: number): ProductDocument {
  const [name, province, leaf, stars, producerType, status, certifiedOn, producerName, former] =
    row;
  const path = categoryPath(leaf);
  if (!path.length) throw new Error(`unknown category ${leaf}`);
  const provinceName = getProvince(province)?.name;
  if (!provinceName) throw new Error(`unknown province ${province}`);
  return {
    // Two products whose slug is not slugify(name), as after a rename.
    id: index === 0 ? 'banh-cay-lang-nguyen-2' : slugify(name),
    name,
    nameEn: index === 17 ? 'Buon Ma Thuot coffee' : undefined,
    nameFolded: foldVietnamese(name),
    code: codeOf(index),
    description: `${name}: mô tả`,
    producer: index === 1 ? 'tran-van-binh' : slugify(producerName),
    producerName,
    producerType,
    province,
    provinceName,
    formerProvinces: former ? [former] : [],
    formerProvinceNames: former ? [getFormerProvince(former)?.name ?? former] : [],
    categoryGroup: path[0]!.code,
    categoryNhom: path[1]?.code ?? leaf,
    categoryLeaf: leaf,
    categoryNames: path.map((c) => c.name),
    stars,
    certificateStatus: status,
    certifiedOn,
    validUntil: addDays(certifiedOn, 3) - 1,
    hasImage: index % 3 === 0,
  };
}

const DOCS = ROWS.map(makeDocument);

const SALES_POINTS: SalesPointDocument[] = [
  {
    id: 'ha-noi-diem-ocop-hoan-kiem',
    name: 'Điểm OCOP Hoàn Kiếm',
    kind: 'shop',
    address: 'Số 1 Tràng Tiền',
    province: 'ha-noi',
    provinceName: 'Hà Nội',
    openingHours: 'Hằng ngày 8:00–21:00',
    openingHoursEn: 'Daily 08:00–21:00',
    phone: '024 1234 5678',
    _geo: { lat: 21.0245, lng: 105.8571 },
  },
  {
    id: 'hue-cho-dong-ba',
    name: 'Quầy OCOP chợ Đông Ba',
    kind: 'market',
    address: 'Chợ Đông Ba',
    province: 'hue',
    provinceName: 'Huế',
    openingHours: 'Hằng ngày 6:00–18:00',
    openingHoursEn: 'Daily 06:00–18:00',
    _geo: { lat: 16.4728, lng: 107.5876 },
  },
];

const BASE = '/search/fallback/';
let dir: string;
let fetched: string[] = [];
const fileFetcher =
  (root: () => string): Fetcher =>
  async (url) => {
    const file = url.slice(BASE.length).replace(/\?.*$/, '');
    fetched.push(file);
    try {
      const text = await readFile(path.join(root(), file), 'utf8');
      return { ok: true, status: 200, json: () => Promise.resolve(JSON.parse(text) as unknown) };
    } catch {
      return { ok: false, status: 404, json: () => Promise.reject(new Error('not found')) };
    }
  };
const newEngine = () => new FallbackEngine({ baseUrl: BASE, fetch: fileFetcher(() => dir) });
let engine: FallbackEngine;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'fallback-search-'));
  // Small chunks and shards so queries cross file boundaries.
  await writeFallbackIndex({ products: DOCS, salesPoints: SALES_POINTS }, dir, {
    chunkSize: 4,
    shardSize: 400,
    statusDate: '2025-06-01',
  });
  engine = newEngine();
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const names = (hits: ProductHit[]) => hits.map((h) => h.name);
const sorted = (list: string[]) => [...list].sort(compareVietnamese);
const all = (request: SearchRequest) => engine.search({ hitsPerPage: 1000, ...request });
const docsWhere = (test: (d: ProductDocument) => boolean) => DOCS.filter(test);

describe('query matching (folded Vietnamese)', () => {
  it('"banh cay" finds "Bánh cáy…" (and "Bánh cay…")', async () => {
    const r = await all({ query: 'banh cay' });
    expect(names(r.hits)).toEqual(
      expect.arrayContaining(['Bánh cáy làng Nguyễn', 'Bánh cáy Thái Bình']),
    );
    expect(r.nbHits).toBe(4);
  });

  it('"duong" finds "Đường…" (đ folds to d)', async () => {
    const r = await all({ query: 'duong' });
    expect(names(r.hits)).toEqual(
      expect.arrayContaining(['Đường phèn Huế', 'Đường thốt nốt An Giang']),
    );
  });

  it('"dac san" finds "Đặc sản…" and not everything', async () => {
    const r = await all({ query: 'dac san' });
    expect(sorted(names(r.hits))).toEqual(['Đặc sản chè Tân Cương', 'Đặc sản mắm tôm Huế']);
  });

  it('an unknown word gives no results, alone or with known words', async () => {
    expect((await all({ query: 'xyzzy' })).nbHits).toBe(0);
    expect((await all({ query: 'banh xyzzy' })).nbHits).toBe(0);
    expect((await all({ query: 'banh cay xyzzy' })).hits).toEqual([]);
  });

  it('an empty query returns every product', async () => {
    expect((await all({ query: '  ' })).nbHits).toBe(DOCS.length);
  });

  it('matches the last word as a prefix while it is typed, not after a space', async () => {
    expect(names((await all({ query: 'banh ca' })).hits)).toContain('Bánh cáy làng Nguyễn');
    expect(names((await all({ query: 'banh ca ' })).hits)).not.toContain('Bánh cáy làng Nguyễn');
    expect(names((await all({ query: 'banh c' })).hits)).toContain('Bánh cốm Hà Nội');
    expect(names((await all({ query: 'b' })).hits)).toContain('Bưởi da xanh Bến Tre');
  });

  it('searches producer, English, province, former province and category names', async () => {
    expect(names((await all({ query: 'van phuc' })).hits)).toEqual(['Áo dài lụa Hà Đông']);
    // The English name first; then, through the synonym coffee ↔ cà phê, coffee-flower honey.
    expect(names((await all({ query: 'coffee' })).hits)).toEqual([
      'Cà phê Buôn Ma Thuột',
      'Mật ong hoa cà phê Đắk Lắk',
    ]);
    expect((await all({ query: 'lam dong' })).nbHits).toBe(2);
    // A former province: the products that name it first, then (synonym) the rest of its successor.
    const vinhLong = docsWhere((d) => d.province === 'vinh-long').length;
    const traVinh = await all({ query: 'tra vinh' });
    expect(names(traVinh.hits)[0]).toBe('Dừa sáp Cầu Kè');
    expect(traVinh.hits.map((h) => h.province)).toEqual(Array(vinhLong).fill('vinh-long'));
    const benTre = await all({ query: 'ben tre' });
    expect(sorted(names(benTre.hits).slice(0, 2))).toEqual([
      'Bưởi da xanh Bến Tre',
      'Kẹo dừa Bến Tre',
    ]);
    expect(benTre.nbHits).toBe(vinhLong);
    expect(names((await all({ query: 'ruou trang' })).hits)).toEqual([]);
    expect((await all({ query: 'do uong' })).nbHits).toBe(
      docsWhere((d) => d.categoryGroup === 'II').length,
    );
  });

  it('treats old and new tone placement alike ("hoá" = "hóa")', () => {
    expect(parseQuery('Hoá').words[0]!.exact).toBe(parseQuery('hóa').words[0]!.exact);
  });
});

describe('relevance', () => {
  it('ranks exact diacritics first: "bánh cáy" before "bánh cay", and the reverse', async () => {
    const cay = names((await all({ query: 'bánh cáy' })).hits);
    expect(sorted(cay.slice(0, 2))).toEqual(['Bánh cáy làng Nguyễn', 'Bánh cáy Thái Bình']);
    const spicy = names((await all({ query: 'bánh cay' })).hits);
    expect(sorted(spicy.slice(0, 2))).toEqual(['Bánh cay giòn Huế', 'Bánh cay Hải Phòng']);
  });

  it('without diacritics, ranks by name matches, then stars', async () => {
    const r = await all({ query: 'banh cay' });
    expect(r.hits.map((h) => h.stars)).toEqual([5, 5, 4, 3]);
  });

  it('ranks words side by side and in order above scattered ones', async () => {
    // "Hội An" side by side in two names (3★, 4★); apart and reversed in a 5★ one.
    const hoiAn = names((await all({ query: 'hoi an' })).hits);
    expect(hoiAn).toEqual(['Đèn lồng Hội An', 'Mứt gừng Hội An', 'Mắm An Thới Hội Xuân']);
    // In a category name too ("…sản phẩm từ mật ong…"), but names come first.
    const r = await all({ query: 'mat ong' });
    expect(names(r.hits).slice(0, 2)).toEqual([
      'Mật ong hoa cà phê Đắk Lắk',
      'Mật ong rừng U Minh',
    ]);
    expect(r.hits.slice(2).every((h) => h.categoryNhom === 'I.3')).toBe(true);
  });

  it('ranks name matches above matches in other fields', async () => {
    const r = await all({ query: 'hai phong' });
    expect(r.hits.at(-1)?.producerName).toBeDefined();
    expect(sorted(names(r.hits).slice(0, 2))).toEqual(['Bánh cay Hải Phòng', 'Dưa lưới Hải Phòng']);
  });
});

describe('filters and facets', () => {
  const cases: [string, string][] = [
    ['province', 'hue'],
    ['categoryGroup', 'IV'],
    ['categoryNhom', 'I.3'],
    ['categoryLeaf', 'I.3.b'],
    ['stars', '5'],
    ['producerType', 'to-hop-tac'],
    ['certificateStatus', 'expiring'],
    ['hasImage', 'true'],
  ];
  it.each(cases)('filters on %s = %s', async (facet, value) => {
    const r = await all({ filters: { [facet]: [value] } });
    const expected = docsWhere((d) => String(d[facet as keyof ProductDocument]) === value);
    expect(r.nbHits).toBe(expected.length);
    expect(r.nbHits).toBeGreaterThan(0);
    for (const hit of r.hits) expect(String(hit[facet as keyof ProductHit])).toBe(value);
  });

  it('ORs values within a facet and ANDs facets', async () => {
    const or = await all({ filters: { province: ['hue', 'ha-noi'] } });
    expect(or.nbHits).toBe(
      docsWhere((d) => d.province === 'hue' || d.province === 'ha-noi').length,
    );
    const and = await all({ filters: { province: ['hue', 'ha-noi'], stars: [5] } });
    expect(names(and.hits)).toEqual(['Bánh cay giòn Huế', 'Gốm Bát Tràng']);
  });

  it('combines filters with the query', async () => {
    const r = await all({ query: 'banh', filters: { province: ['hung-yen'] } });
    expect(sorted(names(r.hits))).toEqual(['Bánh cáy làng Nguyễn', 'Bánh cáy Thái Bình']);
  });

  it('negates and filters numbers', async () => {
    const r = await all({
      clauses: [[{ attribute: 'province', value: 'ha-noi', negate: true }]],
    });
    expect(r.nbHits).toBe(DOCS.length - 3);
    const stars = await all({ clauses: [[{ attribute: 'stars', op: '>=', number: 4 }]] });
    expect(stars.nbHits).toBe(docsWhere((d) => d.stars >= 4).length);
    const dates = await all({
      clauses: [[{ attribute: 'certifiedOn', min: 20250101, max: 20251231 }]],
    });
    expect(sorted(names(dates.hits))).toEqual(['Bánh cay Hải Phòng', 'Đặc sản chè Tân Cương']);
  });

  it('counts facets disjunctively: a facet ignores its own refinement', async () => {
    const r = await all({ filters: { province: ['hue'], stars: [5] }, facets: '*' });
    // province counts: stars = 5 applies, province = hue does not.
    const fives = docsWhere((d) => d.stars === 5);
    const byProvince: Record<string, number> = {};
    for (const d of fives) byProvince[d.province] = (byProvince[d.province] ?? 0) + 1;
    expect(r.facets['province']).toEqual(byProvince);
    // stars counts: province = hue applies, stars = 5 does not.
    expect(r.facets['stars']).toEqual({ '3': 1, '4': 1, '5': 1 });
    // other facets: both apply (only "Bánh cay giòn Huế").
    expect(r.facets['producerType']).toEqual({ 'to-hop-tac': 1 });
    expect(r.facets['categoryGroup']).toEqual({ I: 1 });
    // Stats of a numeric facet are disjunctive too: the stars of every product in Huế.
    expect(r.facetsStats['stars']).toEqual({ min: 3, max: 5, avg: 4, sum: 12 });
  });

  it('counts conjunctively on request, most frequent value first', async () => {
    const r = await all({
      filters: { province: ['hue'] },
      facets: ['province', 'stars'],
      facetCounting: 'conjunctive',
    });
    expect(r.facets['province']).toEqual({ hue: 3 });
    expect(Object.keys(r.facets)).toEqual(['province', 'stars']);
    const counts = Object.values((await all({ facets: ['province'] })).facets['province']!);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });

  it('rejects unknown facets', async () => {
    await expect(engine.search({ filters: { colour: ['red'] } })).rejects.toThrow(/colour/);
    await expect(engine.search({ facets: ['colour'] })).rejects.toThrow(/colour/);
  });
});

describe('sorts and paging', () => {
  it('sorts by stars', async () => {
    const stars = (await all({ sort: 'stars', query: 'banh' })).hits.map((h) => h.stars);
    expect(stars).toEqual([...stars].sort((a, b) => b - a));
  });

  it('sorts by newest certificate', async () => {
    const dates = (await all({ sort: 'newest' })).hits.map((h) => h.certifiedOn);
    expect(dates).toEqual([...DOCS.map((d) => d.certifiedOn)].sort((a, b) => b - a));
  });

  it('sorts by Vietnamese name order: "Đ…" after "D…", before "E"', async () => {
    const list = names((await all({ sort: 'name' })).hits);
    expect(list).toEqual([...DOCS.map((d) => d.name)].sort(compareVietnamese));
    const firstD = list.findIndex((n) => n.startsWith('Đ'));
    expect(list[firstD - 1]).toBe('Dừa sáp Cầu Kè');
    expect(list.findLastIndex((n) => n.startsWith('D'))).toBeLessThan(firstD);
    expect(list.findIndex((n) => n.startsWith('G'))).toBeGreaterThan(firstD);
  });

  it('sorts by relevance by default: stars then name when nothing else differs', async () => {
    const list = (await all({})).hits;
    const expected = [...DOCS].sort(
      (a, b) => b.stars - a.stars || compareVietnamese(a.name, b.name),
    );
    expect(names(list)).toEqual(expected.map((d) => d.name));
  });

  it('pages', async () => {
    const full = names((await all({ sort: 'name' })).hits);
    const p0 = await engine.search({ sort: 'name', page: 0, hitsPerPage: 7 });
    const p1 = await engine.search({ sort: 'name', page: 1, hitsPerPage: 7 });
    const last = await engine.search({ sort: 'name', page: 5, hitsPerPage: 7 });
    expect(p0.nbPages).toBe(Math.ceil(DOCS.length / 7));
    expect(names(p0.hits)).toEqual(full.slice(0, 7));
    expect(names(p1.hits)).toEqual(full.slice(7, 14));
    expect(names(last.hits)).toEqual(full.slice(35, 42));
    expect((await engine.search({ page: 99 })).hits).toEqual([]);
  });
});

describe('hits and downloads', () => {
  it('returns display fields, slugs included', async () => {
    const [hit] = (await engine.search({ query: 'lang nguyen' })).hits;
    expect(hit).toEqual({
      id: 'banh-cay-lang-nguyen-2',
      name: 'Bánh cáy làng Nguyễn',
      producer: 'htx-banh-cay-lang-nguyen',
      producerName: 'HTX Bánh cáy làng Nguyễn',
      producerType: 'htx',
      province: 'hung-yen',
      provinceName: 'Hưng Yên',
      categoryGroup: 'I',
      categoryNhom: 'I.3',
      categoryLeaf: 'I.3.b',
      stars: 3,
      certificateStatus: 'valid',
      certifiedOn: 20240312,
      validUntil: 20270311,
      hasImage: true,
    });
    const [other] = (await engine.search({ query: 'tran van binh' })).hits;
    expect(other?.producer).toBe('tran-van-binh');
  });

  it('downloads only the shards and chunks a query needs, each once', async () => {
    const fresh = newEngine();
    fetched = [];
    await fresh.search({ query: 'banh cay', filters: { province: ['hung-yen'] } });
    const terms = (await readdir(path.join(dir, 'terms'))).length;
    const shards = fetched.filter((f) => f.startsWith('terms/'));
    expect(shards.length).toBeGreaterThan(0);
    expect(shards.length).toBeLessThan(terms / 2);
    expect(fetched.filter((f) => f.startsWith('records/')).length).toBeLessThanOrEqual(2);
    expect(fetched.some((f) => /^(dates|name-order)\./.test(f))).toBe(false);
    fetched = [];
    await fresh.search({ query: 'banh cay', filters: { province: ['hung-yen'] } });
    expect(fetched).toEqual([]);
    await fresh.search({ query: 'banh cay', sort: 'name' });
    expect(fetched.filter((f) => f.startsWith('data/name-order'))).toHaveLength(1);
  });

  it('asks for no records when hitsPerPage is 0', async () => {
    const fresh = newEngine();
    fetched = [];
    const r = await fresh.search({ query: 'u minh', hitsPerPage: 0, facets: '*' });
    expect(r.nbHits).toBe(1);
    expect(fetched.some((f) => f.startsWith('records/'))).toBe(false);
  });

  it('highlights folded matches and the typed part of a prefix', () => {
    const { words } = parseQuery('banh ca');
    expect(highlight('Bánh cáy làng Nguyễn', words)).toEqual({
      value: '<em>Bánh</em> <em>cá</em>y làng Nguyễn',
      matchedWords: ['banh', 'ca'],
      fullyHighlighted: false,
    });
    expect(highlight('Đường phèn', parseQuery('duong phen ').words, '[', ']').value).toBe(
      '[Đường] [phèn]',
    );
  });
});

describe('product codes', () => {
  it('a code typed as printed, with a dash, spaces or look-alikes gives its product first', async () => {
    for (const i of [0, 17, DOCS.length - 1]) {
      const { code, id } = DOCS[i]!;
      const upper = code.toUpperCase();
      for (const query of [
        upper,
        code,
        `${upper.slice(0, 3)}-${upper.slice(3)}`,
        ` ${code.slice(0, 3)} ${code.slice(3)} `,
        upper.replace('0', 'O').replace('1', 'I'),
        upper.replace('1', 'L'),
      ]) {
        const result = await engine.search({ query });
        expect(result.hits[0]?.id, query).toBe(id);
        expect(result.nbHits, query).toBe(1);
      }
    }
  });

  it('fetches one small code file, only for a query that is a code', async () => {
    const fresh = newEngine();
    fetched = [];
    await fresh.search({ query: 'mat ong' });
    expect(fetched.some((f) => f.startsWith('codes/'))).toBe(false);
    await fresh.search({ query: DOCS[3]!.code });
    expect(fetched.filter((f) => f.startsWith('codes/'))).toEqual([
      expect.stringMatching(new RegExp(`^codes/[0-9a-f]+/${DOCS[3]!.code[0]!}\\.json$`)),
    ]);
  });

  it('filters still apply, and a code no product has gives no results', async () => {
    const doc = DOCS[4]!;
    const other = doc.province === 'hue' ? 'ha-noi' : 'hue';
    expect((await engine.search({ query: doc.code, filters: { province: [other] } })).nbHits).toBe(
      0,
    );
    expect((await engine.search({ query: 'zzzzzz' })).nbHits).toBe(0);
    // A word that is not a code is searched as a word ("coffee" is not "c0ffee").
    expect((await engine.search({ query: 'banh' })).nbHits).toBeGreaterThan(1);
  });
});

describe('index files', () => {
  it('names files by content hash, and the same input gives the same files', () => {
    const a = buildFallbackIndex(DOCS, { statusDate: '2025-06-01' });
    const b = buildFallbackIndex([...DOCS].reverse(), { statusDate: '2025-06-01' });
    expect([...a.files.keys()]).toEqual([...b.files.keys()]);
    expect(a.manifest.counts.products).toBe(DOCS.length);
    for (const file of a.files.keys()) {
      expect(file).toMatch(
        /^manifest\.json$|\.[0-9a-f]{10}\.json$|^terms\/[0-9a-f]{10}\.json$|^records\/[0-9a-f]{10}\/\d+\.json$|^codes\/[0-9a-f]{10}\/[0-9a-z]\.json$/,
      );
    }
  });

  it('replaces an older index in place; a stale manifest recovers after one 404', async () => {
    const other = await mkdtemp(path.join(tmpdir(), 'fallback-replace-'));
    try {
      await writeFallbackIndex(DOCS.slice(0, 10), other);
      const stale = new FallbackEngine({ baseUrl: BASE, fetch: fileFetcher(() => other) });
      expect((await stale.search({ hitsPerPage: 0 })).nbHits).toBe(10);
      await writeFallbackIndex(DOCS, other);
      const r = await stale.search({ query: 'u minh' });
      expect(names(r.hits)).toEqual(['Mật ong rừng U Minh']);
      const fresh = buildFallbackIndex(DOCS);
      const left = (await readdir(other, { recursive: true })).filter((f) => f.endsWith('.json'));
      expect(left.sort()).toEqual(
        [...fresh.files.keys()].map((f) => f.split('/').join(path.sep)).sort(),
      );
    } finally {
      await rm(other, { recursive: true, force: true });
    }
  });

  it('leaves revoked products out, as the browse pages and Meilisearch do', () => {
    const revoked = { ...DOCS[9]!, id: 'revoked-one', certificateStatus: 'revoked' as const };
    const { manifest, files } = buildFallbackIndex([...DOCS, revoked], {
      statusDate: '2025-06-01',
    });
    expect(manifest.counts.products).toBe(DOCS.length);
    expect(manifest.vocab.certificateStatus).not.toContain('revoked');
    expect([...files.values()].some((text) => text.includes('revoked-one'))).toBe(false);
  });

  it('serves the sales points', async () => {
    const points = await engine.salesPoints();
    expect(points).toEqual(SALES_POINTS.map((p) => ({ ...p, phone: p.phone })));
  });
});

describe('InstantSearch client', () => {
  const client = createFallbackSearchClient({ baseUrl: BASE, fetch: fileFetcher(() => dir) });
  const pre = '__ais-highlight__';
  const post = '__/ais-highlight__';

  it('answers a typical react-instantsearch request set', async () => {
    const { results } = await client.search([
      {
        indexName: 'products',
        params: {
          query: 'banh',
          facets: ['categoryGroup', 'province', 'stars'],
          facetFilters: [
            ['province:hung-yen', 'province:hue'],
            ['stars:4', 'stars:5'],
          ],
          numericFilters: ['stars>=3'],
          highlightPreTag: pre,
          highlightPostTag: post,
          hitsPerPage: 20,
          page: 0,
          maxValuesPerFacet: 10,
        },
      },
      {
        indexName: 'products',
        params: {
          query: 'banh',
          facets: 'province',
          facetFilters: [['stars:4', 'stars:5']],
          hitsPerPage: 0,
          page: 0,
          analytics: false,
        },
      },
    ]);
    const [main, disjunctive] = results as InstantSearchResult[];
    expect(main).toMatchObject({
      nbHits: 2,
      page: 0,
      nbPages: 1,
      hitsPerPage: 20,
      query: 'banh',
      index: 'products',
      exhaustiveNbHits: true,
      exhaustiveFacetsCount: true,
      facets: {
        province: { hue: 1, 'hung-yen': 1 },
        stars: { '4': 1, '5': 1 },
        categoryGroup: { I: 2 },
      },
      facets_stats: {},
    });
    expect(typeof main!.processingTimeMS).toBe('number');
    expect(typeof main!.params).toBe('string');
    expect(main!.hits.map((h) => h.objectID)).toEqual(['banh-cay-gion-hue', 'banh-cay-thai-binh']);
    expect(main!.hits[0]!._highlightResult.name).toEqual({
      value: `${pre}Bánh${post} cay giòn Huế`,
      matchLevel: 'full',
      matchedWords: ['banh'],
      fullyHighlighted: false,
    });
    expect(main!.hits[0]!._highlightResult.provinceName.matchLevel).toBe('none');
    expect(disjunctive).toMatchObject({
      hits: [],
      nbHits: 4,
      facets: { province: { 'hung-yen': 1, hue: 1, 'hai-phong': 1, 'ha-noi': 1 } },
    });
  });

  it('reads sorts from instant-meilisearch style index names', async () => {
    expect(sortFromIndexName('products')).toBe('relevance');
    expect(sortFromIndexName('products:stars:desc')).toBe('stars');
    expect(sortFromIndexName('products:certifiedOn:desc')).toBe('newest');
    expect(sortFromIndexName('products:name:asc')).toBe('name');
    expect(() => sortFromIndexName('products:price:asc')).toThrow(/price/);
    const { results } = await client.search([
      { indexName: 'products:certifiedOn:desc', params: { hitsPerPage: 2 } },
    ]);
    expect((results[0] as InstantSearchResult).hits.map((h) => h.certifiedOn)).toEqual([
      20250201, 20250110,
    ]);
  });

  it('understands negation, numeric ranges and URL-encoded params', async () => {
    const { results } = await client.search([
      {
        indexName: 'products',
        params: new URLSearchParams({
          query: 'mat ong',
          facetFilters: JSON.stringify(['province:-ca-mau', 'categoryLeaf:I.2.b']),
          numericFilters: JSON.stringify([['certifiedOn:20240101 TO 20241231', 'stars=3']]),
        }).toString(),
      },
    ]);
    expect((results[0] as InstantSearchResult).hits.map((h) => h.name)).toEqual([
      'Mật ong hoa cà phê Đắk Lắk',
    ]);
  });

  it('searches facet values', async () => {
    const { results } = await client.search([
      {
        indexName: 'products',
        type: 'facet',
        facet: 'province',
        params: { query: '', facetQuery: 'hai', highlightPreTag: '<b>', highlightPostTag: '</b>' },
      },
    ]);
    const { facetHits } = results[0] as FacetHitsResult;
    expect(facetHits).toEqual([{ value: 'hai-phong', highlighted: '<b>Hải</b> Phòng', count: 2 }]);
  });
});
