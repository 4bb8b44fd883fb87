/**
 * A small OCOP catalogue for search tests, written as content files and read back through
 * `readCatalogue` (so it passes the same schemas as `content/`): 46 products, at least one in
 * every 2025 province, every star level, producer type, certificate status and category group,
 * with former provinces on certificates, and 9 sales points with coordinates.
 * Statuses are computed as of `MINI_TODAY`.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { newCode } from '../../src/lib/domain/code-assignment.ts';
import { readCatalogue, type Catalogue } from '../../src/lib/content-files/read-content.ts';
import { buildSearchDocuments, type SearchDocuments } from '../../src/lib/search/documents.ts';

export const MINI_TODAY = '2026-06-01';

/** Decision dates by status on `MINI_TODAY`: valid, expiring (≤ 90 days left), expired. */
const VALID_2024 = '2024-05-10';
const EXPIRING = '2023-07-15';
const EXPIRED = '2022-04-20';

const provenance = { sources: [], invented: ['everything: search test fixture'] };

interface ProducerSpec {
  id: string;
  name: string;
  type: 'htx' | 'doanh-nghiep' | 'to-hop-tac' | 'ho-kinh-doanh';
  province: string;
}

const PRODUCERS: ProducerSpec[] = [
  {
    id: 'htx-banh-cay-lang-nguyen',
    name: 'HTX Bánh cáy làng Nguyễn',
    type: 'htx',
    province: 'hung-yen',
  },
  {
    id: 'cty-banh-keo-quynh-coi',
    name: 'Công ty TNHH Bánh kẹo Quỳnh Côi',
    type: 'doanh-nghiep',
    province: 'hung-yen',
  },
  {
    id: 'cty-hoa-dua-tra-vinh',
    name: 'Công ty TNHH Hoa dừa Trà Vinh',
    type: 'doanh-nghiep',
    province: 'vinh-long',
  },
  {
    id: 'htx-nong-nghiep-cuu-long',
    name: 'HTX Nông nghiệp Cửu Long',
    type: 'htx',
    province: 'vinh-long',
  },
  { id: 'htx-ca-phe-ea-tu', name: 'HTX Cà phê Ea Tu', type: 'htx', province: 'dak-lak' },
  {
    id: 'cty-nuoc-mam-phu-quoc',
    name: 'Công ty CP Nước mắm Phú Quốc',
    type: 'doanh-nghiep',
    province: 'an-giang',
  },
  {
    id: 'tht-che-shan-tuyet',
    name: 'Tổ hợp tác chè Shan tuyết Hoàng Su Phì',
    type: 'to-hop-tac',
    province: 'tuyen-quang',
  },
  {
    id: 'hkd-gom-minh-hai',
    name: 'Hộ kinh doanh Gốm Minh Hải',
    type: 'ho-kinh-doanh',
    province: 'ha-noi',
  },
  { id: 'htx-nong-san-sach', name: 'HTX Nông sản sạch', type: 'htx', province: 'ha-noi' },
  {
    id: 'cty-thuc-pham-song-han',
    name: 'Công ty CP Thực phẩm Sông Hàn',
    type: 'doanh-nghiep',
    province: 'da-nang',
  },
  {
    id: 'tht-nong-san-pleiku',
    name: 'Tổ hợp tác Nông sản Pleiku',
    type: 'to-hop-tac',
    province: 'gia-lai',
  },
  { id: 'hkd-ba-tu', name: 'Cơ sở sản xuất Bà Tư', type: 'ho-kinh-doanh', province: 'can-tho' },
];

export interface ProductSpec {
  id: string;
  name: string;
  nameEn?: string;
  category: string;
  producer: string;
  province: string;
  stars: 3 | 4 | 5;
  date: string;
  former?: string;
  revoked?: boolean;
}

export const MINI_PRODUCTS: ProductSpec[] = [
  {
    id: 'banh-cay-lang-nguyen',
    name: 'Bánh cáy làng Nguyễn',
    nameEn: 'Nguyen village cay cake',
    category: 'I.3.b',
    producer: 'htx-banh-cay-lang-nguyen',
    province: 'hung-yen',
    stars: 4,
    date: VALID_2024,
    former: 'thai-binh',
  },
  {
    id: 'banh-cay-quynh-coi',
    name: 'Bánh cay Quỳnh Côi',
    category: 'I.3.b',
    producer: 'cty-banh-keo-quynh-coi',
    province: 'hung-yen',
    stars: 4,
    date: VALID_2024,
    former: 'thai-binh',
  },
  {
    id: 'duong-hoa-dua',
    name: 'Đường hoa dừa',
    nameEn: 'Coconut flower sugar',
    category: 'I.2.b',
    producer: 'cty-hoa-dua-tra-vinh',
    province: 'vinh-long',
    stars: 3,
    date: '2025-03-15',
    former: 'tra-vinh',
  },
  {
    id: 'keo-dua-ben-tre',
    name: 'Kẹo dừa Bến Tre',
    category: 'I.3.c',
    producer: 'htx-nong-nghiep-cuu-long',
    province: 'vinh-long',
    stars: 4,
    date: EXPIRING,
    former: 'ben-tre',
  },
  {
    id: 'ca-phe-bot-nguyen-chat',
    name: 'Cà phê bột nguyên chất',
    nameEn: 'Pure ground coffee',
    category: 'I.6',
    producer: 'htx-ca-phe-ea-tu',
    province: 'dak-lak',
    stars: 5,
    date: '2025-01-20',
  },
  {
    id: 'ca-phe-arabica-cau-dat',
    name: 'Cà phê Arabica Cầu Đất',
    category: 'I.6',
    producer: 'htx-nong-san-sach',
    province: 'lam-dong',
    stars: 4,
    date: '2025-02-02',
  },
  {
    id: 'ca-cao-bot',
    name: 'Ca cao bột',
    category: 'I.6',
    producer: 'htx-ca-phe-ea-tu',
    province: 'dak-lak',
    stars: 5,
    date: '2025-03-01',
  },
  {
    id: 'nuoc-mam-phu-quoc',
    name: 'Nước mắm Phú Quốc',
    nameEn: 'Phu Quoc fish sauce',
    category: 'I.4.a',
    producer: 'cty-nuoc-mam-phu-quoc',
    province: 'an-giang',
    stars: 4,
    date: '2024-09-01',
    former: 'kien-giang',
  },
  {
    id: 'nuoc-mam-nam-o',
    name: 'Nước mắm Nam Ô',
    category: 'I.4.a',
    producer: 'cty-thuc-pham-song-han',
    province: 'da-nang',
    stars: 4,
    date: EXPIRED,
  },
  {
    id: 'che-shan-tuyet',
    name: 'Chè Shan tuyết',
    nameEn: 'Shan tuyet tea',
    category: 'I.5.a',
    producer: 'tht-che-shan-tuyet',
    province: 'tuyen-quang',
    stars: 4,
    date: '2024-11-11',
    former: 'ha-giang',
  },
  {
    id: 'mat-ong-bac-ha',
    name: 'Mật ong bạc hà',
    nameEn: 'Mint honey',
    category: 'I.2.b',
    producer: 'tht-che-shan-tuyet',
    province: 'tuyen-quang',
    stars: 5,
    date: '2025-06-01',
    former: 'ha-giang',
  },
  {
    id: 'che-tan-cuong',
    name: 'Chè Tân Cương',
    category: 'I.5.a',
    producer: 'htx-nong-san-sach',
    province: 'thai-nguyen',
    stars: 5,
    date: '2024-02-02',
  },
  {
    id: 'dac-san-cha-muc-ha-long',
    name: 'Đặc sản chả mực Hạ Long',
    category: 'I.3.d',
    producer: 'cty-thuc-pham-song-han',
    province: 'quang-ninh',
    stars: 5,
    date: '2025-02-14',
  },
  {
    id: 'tra-hoa-vang-ba-che',
    name: 'Trà hoa vàng Ba Chẽ',
    category: 'I.5.b',
    producer: 'htx-nong-san-sach',
    province: 'quang-ninh',
    stars: 4,
    date: EXPIRING,
  },
  {
    id: 'gom-bat-trang',
    name: 'Gốm Bát Tràng',
    nameEn: 'Bat Trang ceramics',
    category: 'IV.1',
    producer: 'hkd-gom-minh-hai',
    province: 'ha-noi',
    stars: 5,
    date: '2024-08-08',
  },
  {
    id: 'khan-lua-van-phuc',
    name: 'Khăn lụa Vạn Phúc',
    category: 'IV.2',
    producer: 'hkd-gom-minh-hai',
    province: 'ha-noi',
    stars: 4,
    date: '2024-03-03',
  },
  {
    id: 'dau-goi-bo-ket',
    name: 'Dầu gội bồ kết',
    category: 'III.2',
    producer: 'hkd-gom-minh-hai',
    province: 'ha-noi',
    stars: 3,
    date: '2024-02-10',
  },
  {
    id: 'hat-de-trung-khanh',
    name: 'Hạt dẻ Trùng Khánh',
    category: 'I.1.a',
    producer: 'htx-nong-san-sach',
    province: 'cao-bang',
    stars: 3,
    date: '2024-10-10',
  },
  {
    id: 'gao-dien-bien',
    name: 'Gạo Điện Biên',
    category: 'I.2.a',
    producer: 'htx-nong-san-sach',
    province: 'dien-bien',
    stars: 3,
    date: EXPIRED,
  },
  {
    id: 'sam-lai-chau',
    name: 'Sâm Lai Châu',
    category: 'III.1',
    producer: 'htx-nong-san-sach',
    province: 'lai-chau',
    stars: 4,
    date: '2025-04-04',
  },
  {
    id: 'man-hau-moc-chau',
    name: 'Mận hậu Mộc Châu',
    category: 'I.1.a',
    producer: 'htx-nong-san-sach',
    province: 'son-la',
    stars: 3,
    date: '2024-06-06',
  },
  {
    id: 'tinh-dau-que-van-yen',
    name: 'Tinh dầu quế Văn Yên',
    category: 'III.3',
    producer: 'htx-nong-san-sach',
    province: 'lao-cai',
    stars: 3,
    date: '2024-07-07',
    former: 'yen-bai',
  },
  {
    id: 'hoa-hoi-kho',
    name: 'Hoa hồi khô',
    category: 'I.4.b',
    producer: 'htx-nong-san-sach',
    province: 'lang-son',
    stars: 3,
    date: EXPIRING,
  },
  {
    id: 'vai-thieu-luc-ngan',
    name: 'Vải thiều Lục Ngạn',
    category: 'I.1.a',
    producer: 'htx-nong-san-sach',
    province: 'bac-ninh',
    stars: 4,
    date: '2024-06-20',
    former: 'bac-giang',
  },
  {
    id: 'du-lich-ban-lac',
    name: 'Du lịch cộng đồng bản Lác',
    category: 'VI.1',
    producer: 'htx-nong-san-sach',
    province: 'phu-tho',
    stars: 3,
    date: '2024-12-12',
    former: 'hoa-binh',
  },
  {
    id: 'banh-da-cua',
    name: 'Bánh đa cua',
    category: 'I.3.b',
    producer: 'htx-nong-san-sach',
    province: 'hai-phong',
    stars: 3,
    date: '2024-01-15',
  },
  {
    id: 'nhan-long',
    name: 'Nhãn lồng',
    category: 'I.1.a',
    producer: 'htx-nong-san-sach',
    province: 'hung-yen',
    stars: 4,
    date: '2024-08-15',
  },
  {
    id: 'ruou-kim-son',
    name: 'Rượu Kim Sơn',
    category: 'II.1.a',
    producer: 'htx-nong-san-sach',
    province: 'ninh-binh',
    stars: 3,
    date: '2024-04-14',
  },
  {
    id: 'nem-chua',
    name: 'Nem chua',
    category: 'I.3.d',
    producer: 'cty-thuc-pham-song-han',
    province: 'thanh-hoa',
    stars: 4,
    date: '2024-09-09',
  },
  {
    id: 'cam-vinh',
    name: 'Cam Vinh',
    category: 'I.1.a',
    producer: 'htx-nong-san-sach',
    province: 'nghe-an',
    stars: 4,
    date: '2025-05-05',
  },
  {
    id: 'keo-cu-do',
    name: 'Kẹo cu đơ',
    category: 'I.3.b',
    producer: 'htx-nong-san-sach',
    province: 'ha-tinh',
    stars: 3,
    date: '2024-02-20',
  },
  {
    id: 'ho-tieu-con-tien',
    name: 'Hồ tiêu Cồn Tiên',
    category: 'I.4.b',
    producer: 'htx-nong-san-sach',
    province: 'quang-tri',
    stars: 3,
    date: '2024-05-25',
  },
  {
    id: 'me-xung',
    name: 'Mè xửng',
    category: 'I.3.b',
    producer: 'cty-thuc-pham-song-han',
    province: 'hue',
    stars: 4,
    date: '2024-10-01',
    former: 'thua-thien-hue',
  },
  {
    id: 'toi-ly-son',
    name: 'Tỏi Lý Sơn',
    category: 'I.1.a',
    producer: 'cty-thuc-pham-song-han',
    province: 'quang-ngai',
    stars: 4,
    date: '2025-01-01',
  },
  {
    id: 'ruou-bau-da',
    name: 'Rượu Bàu Đá',
    category: 'II.1.a',
    producer: 'tht-nong-san-pleiku',
    province: 'gia-lai',
    stars: 3,
    date: '2024-03-30',
    former: 'binh-dinh',
  },
  {
    id: 'yen-sao',
    name: 'Yến sào',
    category: 'I.3.d',
    producer: 'cty-thuc-pham-song-han',
    province: 'khanh-hoa',
    stars: 5,
    date: '2024-12-01',
  },
  {
    id: 'tra-atiso-tui-loc',
    name: 'Trà atiso túi lọc',
    category: 'I.5.b',
    producer: 'tht-nong-san-pleiku',
    province: 'lam-dong',
    stars: 4,
    date: '2024-04-01',
  },
  {
    id: 'hoa-lan-ho-diep',
    name: 'Hoa lan hồ điệp',
    category: 'V.1',
    producer: 'tht-nong-san-pleiku',
    province: 'lam-dong',
    stars: 3,
    date: '2024-10-20',
  },
  {
    id: 'hat-dieu-rang-muoi',
    name: 'Hạt điều rang muối',
    category: 'I.3.c',
    producer: 'tht-nong-san-pleiku',
    province: 'dong-nai',
    stars: 4,
    date: '2024-07-20',
    former: 'binh-phuoc',
  },
  {
    id: 'nuoc-yen-ngan-nhi',
    name: 'Nước yến ngân nhĩ',
    category: 'II.2.b',
    producer: 'hkd-ba-tu',
    province: 'ho-chi-minh',
    stars: 3,
    date: '2024-11-20',
    former: 'binh-duong',
  },
  {
    id: 'muoi-tom',
    name: 'Muối tôm',
    category: 'I.4.b',
    producer: 'hkd-ba-tu',
    province: 'tay-ninh',
    stars: 4,
    date: '2024-06-30',
  },
  {
    id: 'hat-sen-thap-muoi',
    name: 'Hạt sen Tháp Mười',
    category: 'I.1.a',
    producer: 'hkd-ba-tu',
    province: 'dong-thap',
    stars: 3,
    date: '2024-09-19',
    revoked: true,
  },
  {
    id: 'gao-st25',
    name: 'Gạo ST25',
    category: 'I.2.a',
    producer: 'hkd-ba-tu',
    province: 'can-tho',
    stars: 5,
    date: '2024-03-03',
    former: 'soc-trang',
  },
  {
    id: 'mat-ong-rung-u-minh',
    name: 'Mật ong rừng U Minh',
    category: 'I.2.b',
    producer: 'hkd-ba-tu',
    province: 'ca-mau',
    stars: 3,
    date: '2024-05-05',
  },
  {
    id: 'nuoc-khoang-thien-nhien',
    name: 'Nước khoáng thiên nhiên',
    category: 'II.2.a',
    producer: 'hkd-ba-tu',
    province: 'can-tho',
    stars: 3,
    date: EXPIRED,
  },
  {
    id: 'ca-koi',
    name: 'Cá Koi',
    category: 'V.3',
    producer: 'hkd-ba-tu',
    province: 'can-tho',
    stars: 3,
    date: '2025-04-20',
  },
];

export interface SalesPointSpec {
  id: string;
  name: string;
  kind: 'station' | 'airport' | 'rest-stop' | 'market' | 'mall' | 'tourist-site' | 'shop';
  province: string;
  lat: number;
  lng: number;
}

export const MINI_SALES_POINTS: SalesPointSpec[] = [
  {
    id: 'diem-ocop-ha-noi',
    name: 'Điểm giới thiệu sản phẩm OCOP Hà Nội',
    kind: 'shop',
    province: 'ha-noi',
    lat: 21.0285,
    lng: 105.8542,
  },
  {
    id: 'diem-ocop-thai-binh',
    name: 'Điểm OCOP Thái Bình',
    kind: 'shop',
    province: 'hung-yen',
    lat: 20.4463,
    lng: 106.3366,
  },
  {
    id: 'quay-ocop-ga-hai-phong',
    name: 'Quầy OCOP ga Hải Phòng',
    kind: 'station',
    province: 'hai-phong',
    lat: 20.8561,
    lng: 106.6822,
  },
  {
    id: 'diem-ocop-cho-dong-ba',
    name: 'Điểm OCOP chợ Đông Ba',
    kind: 'market',
    province: 'hue',
    lat: 16.4721,
    lng: 107.588,
  },
  {
    id: 'quay-ocop-san-bay-da-nang',
    name: 'Quầy OCOP sân bay Đà Nẵng',
    kind: 'airport',
    province: 'da-nang',
    lat: 16.0439,
    lng: 108.1993,
  },
  {
    id: 'diem-ocop-sai-gon',
    name: 'Điểm OCOP Sài Gòn',
    kind: 'mall',
    province: 'ho-chi-minh',
    lat: 10.7769,
    lng: 106.7009,
  },
  {
    id: 'diem-ocop-ben-ninh-kieu',
    name: 'Điểm OCOP bến Ninh Kiều',
    kind: 'tourist-site',
    province: 'can-tho',
    lat: 10.034,
    lng: 105.788,
  },
  {
    id: 'diem-ocop-tra-vinh',
    name: 'Điểm giới thiệu OCOP Trà Vinh',
    kind: 'shop',
    province: 'vinh-long',
    lat: 9.9347,
    lng: 106.3453,
  },
  {
    id: 'tram-dung-chan-da-lat',
    name: 'Quầy OCOP trạm dừng chân Đà Lạt',
    kind: 'rest-stop',
    province: 'lam-dong',
    lat: 11.9404,
    lng: 108.4583,
  },
];

function productFile(p: ProductSpec, productCodes: Set<string>) {
  const level = p.stars === 5 ? 'central' : 'province';
  const certifications = [
    {
      stars: p.stars,
      level,
      decision: '100/QĐ-UBND',
      decisionDate: p.revoked ? '2022-09-19' : p.date,
      issuer: 'UBND tỉnh',
      status: 'new',
      ...(p.former ? { formerProvince: p.former } : {}),
    },
  ];
  if (p.revoked) {
    certifications.push({ ...certifications[0]!, decisionDate: p.date, status: 'revoked' });
  }
  return {
    code: newCode(`product:${p.id}`, productCodes),
    name: p.name,
    ...(p.nameEn ? { nameEn: p.nameEn } : {}),
    category: p.category,
    producer: p.producer,
    province: p.province,
    description: `${p.name}: làm theo cách truyền thống của địa phương, đóng gói cẩn thận.`,
    certifications,
    provenance,
  };
}

/** Writes the catalogue as content files (products/, producers/, sales-points/) under `dir`. */
export async function writeMiniCatalogue(dir: string): Promise<void> {
  const productCodes = new Set<string>();
  const producerCodes = new Set<string>();
  const write = async (folder: string, id: string, data: unknown) => {
    await mkdir(path.join(dir, folder), { recursive: true });
    await writeFile(path.join(dir, folder, `${id}.json`), `${JSON.stringify(data, null, 2)}\n`);
  };
  for (const p of PRODUCERS) {
    await write('producers', p.id, {
      code: newCode(`producer:${p.id}`, producerCodes),
      name: p.name,
      type: p.type,
      province: p.province,
      provenance,
    });
  }
  for (const p of MINI_PRODUCTS) await write('products', p.id, productFile(p, productCodes));
  for (const s of MINI_SALES_POINTS) {
    await write('sales-points', s.id, {
      name: s.name,
      kind: s.kind,
      address: `Địa chỉ thử nghiệm, ${s.name}`,
      province: s.province,
      coordinates: { lat: s.lat, lng: s.lng },
      hours: [
        {
          days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'],
          opens: '07:30',
          closes: '21:00',
        },
      ],
      provenance,
    });
  }
}

export interface MiniCatalogue {
  dir: string;
  catalogue: Catalogue;
  documents: SearchDocuments;
  remove: () => Promise<void>;
}

/** Writes the catalogue to a temporary folder, validates it with `readCatalogue`, builds documents. */
export async function loadMiniCatalogue(): Promise<MiniCatalogue> {
  const dir = await mkdtemp(path.join(tmpdir(), 'ocop-mini-catalogue-'));
  await writeMiniCatalogue(dir);
  const catalogue = await readCatalogue(dir);
  return {
    dir,
    catalogue,
    documents: buildSearchDocuments(catalogue, MINI_TODAY),
    remove: () => rm(dir, { recursive: true, force: true }),
  };
}
