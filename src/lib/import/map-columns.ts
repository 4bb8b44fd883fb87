/**
 * Maps header cells to the fields the importer knows, however a province spells them ("Tên sản
 * phẩm", "Tên SP", "Chủ thể", "Tên chủ thể sản xuất", "Hạng sao", "Xếp hạng"…) and the column
 * names of the site's own open-data CSV (`lib/open-data/columns.ts`). Headers are compared
 * folded, punctuation read as spaces: an exact synonym wins, then the longest synonym the header
 * starts with ("Tên sản phẩm (ghi rõ quy cách)").
 */
import { nameKey } from './clean-text.ts';

export const FIELDS = [
  'index',
  'slug',
  'code',
  'name',
  'nameEn',
  'producer',
  'producerSlug',
  'producerType',
  'address',
  'commune',
  'province',
  'formerProvince',
  'category',
  'categoryName',
  'subgroup',
  'group',
  'sector',
  'score',
  'stars',
  'potential',
  'level',
  'decision',
  'decisionDate',
  'issuer',
  'note',
  'packaging',
  'priceMin',
  'priceMax',
  'priceUnit',
  'description',
  'source',
  'descriptionEn',
  'packagingEn',
  'priceUnitEn',
  'producerStory',
  'producerStoryEn',
] as const;
export type Field = (typeof FIELDS)[number];

/** Column names that exist in known files but carry nothing to import. */
const IGNORED = [
  'province name',
  'province code',
  'valid until',
  'status',
  'certifications',
  'url',
  'short url',
  'ma san pham',
  'hieu luc',
];

const SYNONYMS: Record<Field, readonly string[]> = {
  index: ['stt', 'tt', 'so tt', 'so thu tu'],
  slug: ['slug'],
  code: ['code', 'ma ocop'],
  name: ['ten san pham', 'ten sp', 'san pham', 'ten san pham ocop', 'ten hang hoa', 'name'],
  nameEn: [
    'name en',
    'ten tieng anh',
    'english name',
    'ten san pham tieng anh',
    'ten san pham bang tieng anh',
  ],
  producer: [
    'chu the',
    'ten chu the',
    'ten chu the san xuat',
    'chu the san xuat',
    'chu the ocop',
    'ten chu the ocop',
    'don vi',
    'ten don vi',
    'co so san xuat',
    'chu the san xuat kinh doanh',
    'producer name',
    'producer',
  ],
  producerSlug: ['producer slug'],
  producerType: ['producer type', 'loai hinh', 'loai hinh chu the', 'loai hinh to chuc'],
  address: ['dia chi', 'dia chi chu the', 'dia chi san xuat', 'dia chi tru so', 'address'],
  commune: ['commune', 'xa phuong', 'xa phuong thi tran'],
  province: ['province', 'tinh', 'tinh thanh pho', 'tinh tp'],
  formerProvince: ['former province', 'tinh cu'],
  category: ['category', 'ma nhom', 'ma phan nhom'],
  categoryName: ['category name'],
  subgroup: ['phan nhom', 'phan nhom san pham', 'bo san pham', 'bo sp'],
  group: ['nhom', 'nhom san pham', 'nhom sp', 'nhom nganh', 'phan loai'],
  sector: ['nganh', 'nganh hang', 'nganh san pham'],
  score: ['score', 'tong diem', 'diem', 'diem danh gia', 'so diem', 'diem so', 'tong so diem'],
  stars: [
    'stars',
    'hang sao',
    'xep hang',
    'ket qua xep hang',
    'ket qua phan hang',
    'ket qua danh gia',
    'ket qua',
    'so sao',
    'phan hang',
    'hang',
    'xep hang sao',
    'hang sao ocop',
    'dat hang sao',
  ],
  potential: ['potential five star', 'tiem nang 5 sao'],
  level: ['level', 'cap danh gia', 'cap cong nhan'],
  decision: ['decision', 'so quyet dinh', 'quyet dinh'],
  decisionDate: ['decision date', 'ngay quyet dinh', 'ngay cong nhan'],
  issuer: ['issuer', 'co quan cong nhan', 'co quan ban hanh'],
  note: ['ghi chu', 'certification kind', 'hinh thuc', 'hinh thuc cong nhan'],
  packaging: ['packaging', 'quy cach', 'quy cach dong goi'],
  priceMin: ['price min', 'gia'],
  priceMax: ['price max'],
  priceUnit: ['price unit', 'don vi tinh'],
  description: ['description', 'mo ta', 'mo ta san pham'],
  source: ['source', 'nguon'],
  descriptionEn: [
    'description en',
    'english description',
    'mo ta tieng anh',
    'mo ta bang tieng anh',
    'mo ta san pham tieng anh',
  ],
  packagingEn: [
    'packaging en',
    'english packaging',
    'quy cach tieng anh',
    'quy cach dong goi tieng anh',
  ],
  priceUnitEn: ['price unit en', 'english price unit', 'don vi tinh tieng anh'],
  producerStory: ['producer story', 'cau chuyen chu the', 'gioi thieu chu the'],
  producerStoryEn: [
    'producer story en',
    'english producer story',
    'cau chuyen chu the tieng anh',
    'gioi thieu chu the tieng anh',
  ],
};

const exact = new Map<string, Field>();
const prefixes: [string, Field][] = [];
for (const field of FIELDS) {
  for (const synonym of SYNONYMS[field]) {
    exact.set(synonym, field);
    prefixes.push([synonym, field]);
  }
}
prefixes.sort((a, b) => b[0].length - a[0].length);

/** The field a header cell names, or undefined. */
export function fieldForHeader(header: string): Field | undefined {
  const key = nameKey(header.replace(/_/g, ' '));
  if (!key || IGNORED.includes(key)) return undefined;
  const hit = exact.get(key);
  if (hit) return hit;
  for (const [synonym, field] of prefixes) {
    if (synonym.length >= 4 && key.startsWith(`${synonym} `)) return field;
  }
  return undefined;
}

/** Field → column index (the first column that names it wins). */
export type ColumnMap = Partial<Record<Field, number>>;

export function mapColumns(headerCells: readonly string[]): ColumnMap {
  const map: ColumnMap = {};
  headerCells.forEach((cell, column) => {
    const field = fieldForHeader(cell);
    if (field && map[field] === undefined) map[field] = column;
  });
  return map;
}

/** How well a row looks like a header: 0 unless it names a product column. */
export function headerScore(map: ColumnMap): number {
  if (map.name === undefined) return 0;
  const others = Object.keys(map).length - 1;
  const strong = ['producer', 'stars', 'score', 'address', 'slug'].some(
    (f) => map[f as Field] !== undefined,
  );
  return strong ? others + 1 : 0;
}
