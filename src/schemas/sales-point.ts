/**
 * Sales point (điểm giới thiệu và bán sản phẩm OCOP): a shop or counter that introduces and
 * sells OCOP products (criteria: Decision 950/QĐ-BCT, 2023).
 */
import { z } from 'astro/zod';
import { PROVINCE_SLUGS } from '../lib/domain/provinces.ts';
import { openingHoursSchema } from './opening-hours.ts';
import { phone, provenance, text } from './shared.ts';

export const SALES_POINT_KINDS = [
  'station',
  'airport',
  'rest-stop',
  'market',
  'mall',
  'tourist-site',
  'craft-village',
  'fair-centre',
  'shop',
] as const;
export type SalesPointKind = (typeof SALES_POINT_KINDS)[number];

export const salesPointSchema = z
  .object({
    name: text(2),
    kind: z.enum(SALES_POINT_KINDS, { message: `must be one of ${SALES_POINT_KINDS.join(', ')}` }),
    address: text(5).describe('Street address as written on the sign'),
    province: z.enum(PROVINCE_SLUGS, {
      message:
        'must be the slug of a 2025 province such as "hung-yen" (see content/provinces.json)',
    }),
    commune: text(2).optional(),
    coordinates: z
      .object({
        lat: z.number().min(8).max(24).describe('Latitude (Viet Nam lies between 8° and 24° N)'),
        lng: z.number().min(102).max(118).describe('Longitude (102°–118° E)'),
      })
      .strict(),
    phone: phone.optional(),
    hours: openingHoursSchema.describe(
      'Opening hours as data, rendered in each language (see schemas/opening-hours.ts)',
    ),
    operator: text(2).optional().describe('Who runs it'),
    provenance,
  })
  .strict();

export type SalesPointData = z.infer<typeof salesPointSchema>;
