/**
 * Small server-less indexes for the fallback engine's unit tests: documents from compact rows
 * (real provinces and categories), built in memory by `buildFallbackIndex` and served to an
 * engine or a loader by a fetcher that records what it fetched.
 */
import { categoryPath } from '../../src/lib/domain/categories.ts';
import { getFormerProvince, getProvince } from '../../src/lib/domain/provinces.ts';
import { foldVietnamese, slugify } from '../../src/lib/domain/vietnamese.ts';
import type { ProductDocument } from '../../src/lib/search/documents.ts';
import {
  buildFallbackIndex,
  type FallbackBuildOptions,
} from '../../src/lib/search/fallback/build-index.ts';
import { FallbackEngine, type Fetcher } from '../../src/lib/search/fallback/engine.ts';

export interface Row {
  name: string;
  nameEn?: string;
  province: string;
  leaf?: string;
  stars?: 3 | 4 | 5;
  producerName?: string;
  description?: string;
  former?: string;
}

export function makeDocuments(rows: readonly Row[]): ProductDocument[] {
  return rows.map((row, i): ProductDocument => {
    const leaf = row.leaf ?? 'I.3.b';
    const path = categoryPath(leaf);
    const provinceName = getProvince(row.province)?.name;
    if (!path.length || !provinceName) throw new Error(`bad row ${row.name}`);
    const producerName = row.producerName ?? `Cơ sở ${i}`;
    return {
      id: slugify(row.name),
      code: `t${String(i).padStart(5, '0')}`,
      name: row.name,
      ...(row.nameEn ? { nameEn: row.nameEn } : {}),
      nameFolded: foldVietnamese(row.name),
      description: row.description ?? '',
      producer: slugify(producerName),
      producerName,
      producerType: 'htx',
      province: row.province,
      provinceName,
      formerProvinces: row.former ? [row.former] : [],
      formerProvinceNames: row.former ? [getFormerProvince(row.former)?.name ?? row.former] : [],
      categoryGroup: path[0]!.code,
      categoryNhom: path[1]?.code ?? leaf,
      categoryLeaf: leaf,
      categoryNames: path.map((c) => c.name),
      stars: row.stars ?? 4,
      certificateStatus: 'valid',
      certifiedOn: 20240101 + i,
      validUntil: 20270101 + i,
      hasImage: false,
    };
  });
}

export interface ServedIndex {
  files: Map<string, string>;
  /** Files fetched so far (cleared by the test when it wants). */
  fetched: string[];
  fetch: Fetcher;
  engine(): FallbackEngine;
}

export const BASE_URL = '/search/fallback/';

/** Builds the index of `rows` and serves it from memory. */
export function serveIndex(rows: readonly Row[], options: FallbackBuildOptions = {}): ServedIndex {
  const { files } = buildFallbackIndex(makeDocuments(rows), {
    statusDate: '2025-06-01',
    ...options,
  });
  const fetched: string[] = [];
  const fetch: Fetcher = (url) => {
    const file = url.slice(BASE_URL.length).replace(/\?.*$/, '');
    fetched.push(file);
    const text = files.get(file);
    return Promise.resolve(
      text === undefined
        ? { ok: false, status: 404, json: () => Promise.reject(new Error('not found')) }
        : { ok: true, status: 200, json: () => Promise.resolve(JSON.parse(text) as unknown) },
    );
  };
  return { files, fetched, fetch, engine: () => new FallbackEngine({ baseUrl: BASE_URL, fetch }) };
}

/** Products for the matching tests: fields, descriptions, typos, synonyms. */
export const SAMPLE_ROWS: Row[] = [
  { name: 'Bánh cáy làng Nguyễn', province: 'hung-yen', former: 'thai-binh', stars: 3 },
  { name: 'Nhãn lồng Hưng Yên', province: 'hung-yen', leaf: 'I.1.a', stars: 3 },
  { name: 'Mật ong hoa nhãn', province: 'hung-yen', leaf: 'I.2.b', stars: 3 },
  // Both query words of "Thái Bình", neither as the province: in Thái Nguyên, "Bình" in the name.
  { name: 'Chè Bình Sơn', province: 'thai-nguyen', leaf: 'I.5.a', stars: 5 },
  {
    name: 'Trà xanh Phìn Hồ',
    province: 'tuyen-quang',
    leaf: 'I.5.a',
    description: 'Trà làm từ lá chè Shan tuyết cổ thụ trên núi cao. Ướp hoa nhài.',
  },
  { name: 'Chè Shan tuyết Suối Giàng', province: 'lao-cai', leaf: 'I.5.a', stars: 3 },
  { name: 'Cà phê bột nguyên chất', province: 'son-la', leaf: 'I.6', stars: 3 },
  { name: 'Hạt điều rang muối', province: 'dong-nai', leaf: 'I.3.d', stars: 4 },
  { name: 'Tinh dầu quế Văn Yên', province: 'lao-cai', leaf: 'III.3' },
  { name: 'Nước mắm Phú Quốc', province: 'an-giang', leaf: 'I.4.a', former: 'kien-giang' },
  { name: 'Miến dong Cao Bằng', province: 'cao-bang', leaf: 'I.3.d' },
  { name: 'Hạt sen sấy', province: 'nghe-an', leaf: 'I.3.d' },
  // Long words, for two typos: 5★ so that stars cannot explain an order.
  { name: 'Trà hoa vàng chrysantha', province: 'quang-ninh', leaf: 'I.5.a', stars: 5 },
  { name: 'Hoa cúc chrysanthum', province: 'ha-noi', leaf: 'I.5.a', stars: 3 },
];
