/**
 * Producers (chủ thể OCOP) with a realistic mix of the four types, names built from their
 * trade and place, and the facts their products inherit (old province, district, specialty).
 */
import type { z } from 'astro/zod';
import type { ProducerType, producerSchema } from '../../../src/schemas/producer.ts';
import type { FormerProvince, Province } from '../../../src/schemas/province.ts';
import { newCode } from '../../../src/lib/domain/code-assignment.ts';
import { slugify } from '../../../src/lib/domain/vietnamese.ts';
import { geoOf, provinceLabel } from './geography.ts';
import { pickLeaf, vocabularyOf } from './leaves.ts';
import * as names from './names.ts';
import { pickFormerProvince, pickProvince } from './places.ts';
import { generatedProvenance } from './provenance.ts';
import { weightedTable, type Random } from './random.ts';
import type { SlugRegistry } from './slugs.ts';

export type GeneratedProducer = z.input<typeof producerSchema>;

/** A producer plus what its products need to know about it. */
export interface ProducerPlan {
  slug: string;
  data: GeneratedProducer;
  province: Province;
  former: FormerProvince;
  /** Pre-2025 district, e.g. "huyện Tân Phú": issuer of 3★ decisions before July 2025. */
  district: string;
  /** "Xã Tân Phú". */
  commune: string;
  /** "Tân Phú": the commune without its prefix, used in product names. */
  place: string;
  /** Trade name used in product names ("Nước mắm Hưng Phát"). */
  brand: string;
  /** Leaf code most of its products belong to. */
  specialty: string;
  /** Relative number of products it makes. */
  productWeight: number;
}

/** Share of each type among OCOP producers: cooperatives lead, then households and firms. */
const pickType = weightedTable<ProducerType>([
  ['htx', 37],
  ['ho-kinh-doanh', 31],
  ['doanh-nghiep', 28],
  ['to-hop-tac', 4],
]);

const pickCompanyForm = weightedTable<string>([
  ['Công ty TNHH', 45],
  ['Công ty Cổ phần', 30],
  ['Công ty TNHH MTV', 15],
  ['Công ty TNHH Thương mại và Dịch vụ', 10],
]);

/** Firms register more SKUs than households. */
const TYPE_WEIGHT: Record<ProducerType, number> = {
  'doanh-nghiep': 3,
  htx: 2,
  'to-hop-tac': 1.2,
  'ho-kinh-doanh': 1,
};

function producerName(
  random: Random,
  type: ProducerType,
  sector: string,
  place: string,
  brand: string,
): string {
  const roll = random.next();
  switch (type) {
    case 'htx':
      if (roll < 0.5) return `HTX ${sector} ${place}`;
      if (roll < 0.75) return `HTX Nông nghiệp ${place}`;
      if (roll < 0.9) return `HTX Dịch vụ nông nghiệp ${place}`;
      return `HTX Sản xuất và kinh doanh ${names.lowerFirst(sector)} ${place}`;
    case 'doanh-nghiep':
      return `${pickCompanyForm(random)}${roll < 0.4 ? ` ${sector}` : ''} ${brand}`;
    case 'to-hop-tac':
      return `Tổ hợp tác ${sector} ${place}`;
    case 'ho-kinh-doanh':
      return roll < 0.6
        ? `Hộ kinh doanh ${names.personName(random)}`
        : `Cơ sở ${sector === 'Làng nghề' ? 'sản xuất' : names.lowerFirst(sector)} ${brand}`;
  }
}

function producerStory(
  random: Random,
  plan: Omit<ProducerPlan, 'data' | 'slug'>,
  name: string,
  type: ProducerType,
): string {
  const { province, former } = plan;
  const formerNote =
    former.slug === province.slug
      ? ''
      : ` (trước tháng 7/2025 thuộc ${provinceLabel(former.name, former.kind)})`;
  const people =
    type === 'htx'
      ? `Hợp tác xã có ${random.int(7, 180)} thành viên.`
      : type === 'to-hop-tac'
        ? `Tổ hợp tác gồm ${random.int(5, 30)} hộ thành viên.`
        : type === 'doanh-nghiep'
          ? `Công ty có ${random.int(10, 250)} lao động, phần lớn là người địa phương.`
          : `Cơ sở tạo việc làm cho ${random.int(3, 25)} lao động địa phương.`;
  const closing = random.pick([
    'Sản phẩm được bày bán tại các điểm giới thiệu sản phẩm OCOP trong tỉnh.',
    'Đơn vị liên kết với các hộ dân trong vùng để có nguồn nguyên liệu ổn định.',
    'Đơn vị thường xuyên tham gia hội chợ xúc tiến thương mại trong và ngoài tỉnh.',
  ]);
  return (
    `${name} được thành lập năm ${random.int(1990, 2018)} tại ${names.lowerFirst(plan.commune)}, ` +
    `${provinceLabel(province.name, province.kind)}${formerNote}, chuyên ` +
    `${vocabularyOf(plan.specialty).activity}. ${people} ${closing}`
  );
}

function contactPhone(random: Random, type: ProducerType, areaCode: string): string | undefined {
  if (!random.chance(0.85)) return undefined;
  const landline = type === 'doanh-nghiep' ? 0.7 : type === 'htx' ? 0.4 : 0.05;
  return random.chance(landline)
    ? names.landlinePhone(random, areaCode)
    : names.mobilePhone(random);
}

export function buildProducer(
  random: Random,
  slugs: SlugRegistry,
  codes: Set<string> = new Set(),
): ProducerPlan {
  const province = pickProvince(random);
  const geo = geoOf(province.slug);
  const former = pickFormerProvince(random, province);
  const type = pickType(random);
  const specialty = pickLeaf(random);
  const sector = random.pick(vocabularyOf(specialty).sectors);
  const place = names.placeName(random);
  const brand = type === 'htx' || type === 'to-hop-tac' ? place : names.brandName(random);
  const ward = random.chance(province.kind === 'city' ? 0.35 : 0.12);
  const commune = `${ward ? 'Phường' : 'Xã'} ${place}`;
  const name = producerName(random, type, sector, place, brand);
  const slug = slugs.claim(name.replace(/^Công ty/, 'Cty'));
  const plan = {
    province,
    former,
    district: names.districtName(random),
    commune,
    place,
    brand,
    specialty,
    productWeight: TYPE_WEIGHT[type] * (0.3 + 2.5 * random.next() ** 3),
  };
  const address =
    type === 'doanh-nghiep' || ward
      ? names.streetAddress(random)
      : names.hamlet(random, geo.region);
  const phone = contactPhone(random, type, geo.areaCode);
  const email = random.chance(type === 'doanh-nghiep' ? 0.6 : 0.1)
    ? `lienhe@${slugify(brand).replace(/-/g, '')}.example.com`
    : undefined;
  const data: GeneratedProducer = {
    code: newCode(`producer:${slug}`, codes),
    name,
    type,
    province: province.slug,
    commune,
    address,
    ...(phone ? { phone } : {}),
    ...(email ? { email } : {}),
    ...(random.chance(0.6) ? { story: producerStory(random, plan, name, type) } : {}),
    provenance: generatedProvenance(),
  };
  return { slug, data, ...plan };
}

export function buildProducers(random: Random, slugs: SlugRegistry, count: number): ProducerPlan[] {
  const codes = new Set<string>();
  return Array.from({ length: count }, () => buildProducer(random, slugs, codes));
}
