/**
 * Sales points (điểm giới thiệu và bán sản phẩm OCOP): every province gets at least one when
 * there are enough, the rest follow a flattened producer weighting. Coordinates are the
 * province's rough centre ±0.2°.
 */
import type { z } from 'astro/zod';
import type { Province } from '../../../src/schemas/province.ts';
import type { SalesPointKind, salesPointSchema } from '../../../src/schemas/sales-point.ts';
import { PROVINCES } from '../../../src/lib/domain/provinces.ts';
import type { OpeningSpan } from '../../../src/lib/domain/opening-hours.ts';
import { geoOf, provinceLabel } from './geography.ts';
import * as names from './names.ts';
import { pickSalesPointProvince } from './places.ts';
import { generatedProvenance } from './provenance.ts';
import { weightedTable, type Random } from './random.ts';
import type { SlugRegistry } from './slugs.ts';

export type GeneratedSalesPoint = z.input<typeof salesPointSchema>;

export interface SalesPointPlan {
  slug: string;
  data: GeneratedSalesPoint;
}

const pickKind = weightedTable<SalesPointKind>([
  ['shop', 40],
  ['tourist-site', 12],
  ['market', 10],
  ['mall', 8],
  ['craft-village', 8],
  ['rest-stop', 7],
  ['fair-centre', 6],
  ['station', 6],
  ['airport', 3],
]);

/** [full name, short form for the slug]: {p} a place, {b} a brand, {P} the province. */
const KIND_NAMES: Record<SalesPointKind, readonly (readonly [string, string])[]> = {
  shop: [
    ['Điểm giới thiệu và bán sản phẩm OCOP {p}', 'Điểm OCOP {p}'],
    ['Cửa hàng OCOP {p}', 'Cửa hàng OCOP {p}'],
    ['Cửa hàng đặc sản OCOP {p}', 'Cửa hàng đặc sản {p}'],
  ],
  market: [['Gian hàng OCOP chợ {p}', 'Chợ {p}']],
  mall: [
    ['Gian hàng OCOP Trung tâm thương mại {b}', 'TTTM {b}'],
    ['Quầy OCOP siêu thị {b}', 'Siêu thị {b}'],
  ],
  'tourist-site': [['Điểm bán sản phẩm OCOP khu du lịch {p}', 'Khu du lịch {p}']],
  'craft-village': [['Điểm giới thiệu sản phẩm OCOP làng nghề {p}', 'Làng nghề {p}']],
  'rest-stop': [['Gian hàng OCOP trạm dừng nghỉ {p}', 'Trạm dừng nghỉ {p}']],
  station: [
    ['Quầy OCOP ga {p}', 'Ga {p}'],
    ['Quầy OCOP bến xe {p}', 'Bến xe {p}'],
  ],
  airport: [['Quầy sản phẩm OCOP cảng hàng không {P}', 'Sân bay {P}']],
  'fair-centre': [
    ['Trung tâm trưng bày sản phẩm OCOP {P}', 'Trung tâm trưng bày OCOP {P}'],
    ['Gian hàng OCOP Trung tâm Hội chợ triển lãm {p}', 'Hội chợ {p}'],
  ],
};

const EVERY_DAY = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri'] as const;
const daily = (opens: string, closes: string): OpeningSpan[] => [
  { days: EVERY_DAY, opens, closes },
];
const HOURS: readonly OpeningSpan[][] = [
  daily('07:00', '21:00'),
  daily('07:30', '21:30'),
  daily('08:00', '20:00'),
  [{ days: [...WEEKDAYS, 'sat'], opens: '08:00', closes: '17:00' }],
  [
    { days: WEEKDAYS, opens: '07:30', closes: '11:30' },
    { days: WEEKDAYS, opens: '13:30', closes: '17:00' },
  ],
  daily('06:00', '22:00'),
];
const KIND_HOURS: Partial<Record<SalesPointKind, readonly OpeningSpan[][]>> = {
  airport: [daily('05:00', '23:00'), daily('04:30', '23:30')],
  'rest-stop': [daily('00:00', '24:00'), daily('06:00', '22:00')],
  market: [daily('05:30', '18:00'), daily('06:00', '19:00')],
};

const HIGHWAYS = ['1A', '3', '5', '6', '10', '14', '18', '21', '32', '279', 'cao tốc Bắc – Nam'];

function address(
  random: Random,
  kind: SalesPointKind,
  place: string,
  commune: string,
  province: Province,
) {
  const where = names.lowerFirst(commune);
  switch (kind) {
    case 'market':
      return `Chợ ${place}, ${where}`;
    case 'rest-stop':
      return `Km ${random.int(5, 1700)} Quốc lộ ${random.pick(HIGHWAYS)}, ${where}`.replace(
        'Quốc lộ cao tốc',
        'đường cao tốc',
      );
    case 'airport':
      return `Nhà ga hành khách, cảng hàng không ${province.name}, ${where}`;
    case 'tourist-site':
      return `Khu du lịch ${place}, ${where}`;
    case 'craft-village':
      return `Làng nghề ${place}, ${where}`;
    default:
      return `${names.streetAddress(random)}, ${where}`;
  }
}

function operator(random: Random, province: Province): string {
  const label = provinceLabel(province.name, province.kind);
  return random.pick([
    `Trung tâm Xúc tiến thương mại ${label}`,
    `Hội Liên hiệp Phụ nữ ${label}`,
    `Hội Nông dân ${label}`,
    `HTX Thương mại dịch vụ ${names.placeName(random)}`,
    `Công ty TNHH ${names.brandName(random)}`,
  ]);
}

const round4 = (x: number) => Math.round(x * 10_000) / 10_000;
const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

export function buildSalesPoint(
  random: Random,
  slugs: SlugRegistry,
  province: Province,
): SalesPointPlan {
  const geo = geoOf(province.slug);
  const kind = pickKind(random);
  const place = names.placeName(random);
  const brand = names.brandName(random);
  const [template, short] = random.pick(KIND_NAMES[kind]);
  const fill = (t: string) =>
    t.replace('{p}', place).replace('{b}', brand).replace('{P}', province.name);
  const commune = `${random.chance(0.7) ? 'Phường' : 'Xã'} ${place}`;
  const data: GeneratedSalesPoint = {
    name: fill(template),
    kind,
    address: address(random, kind, place, commune, province),
    province: province.slug,
    commune,
    coordinates: {
      lat: round4(clamp(geo.lat + random.float(-0.2, 0.2), 8.2, 23.8)),
      lng: round4(clamp(geo.lng + random.float(-0.2, 0.2), 102.2, 117.8)),
    },
    ...(random.chance(0.9)
      ? {
          phone: random.chance(0.8)
            ? names.landlinePhone(random, geo.areaCode)
            : names.mobilePhone(random),
        }
      : {}),
    hours: random.pick(KIND_HOURS[kind] ?? HOURS).map((s) => ({ ...s, days: [...s.days] })),
    ...(random.chance(0.8) ? { operator: operator(random, province) } : {}),
    provenance: generatedProvenance(),
  };
  return { slug: slugs.claim(`${province.slug} ${fill(short)}`), data };
}

/** `count` sales points: one per province first (in table order), then weighted. */
export function buildSalesPoints(
  random: Random,
  slugs: SlugRegistry,
  count: number,
): SalesPointPlan[] {
  const points: SalesPointPlan[] = [];
  for (let i = 0; i < count; i++) {
    const province =
      count >= PROVINCES.length && i < PROVINCES.length
        ? (PROVINCES[i] as Province)
        : pickSalesPointProvince(random);
    points.push(buildSalesPoint(random, slugs, province));
  }
  return points;
}
