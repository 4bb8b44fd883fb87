/**
 * Provincial units. Since 1 July 2025 Viet Nam has 34 (Resolution 202/2025/QH15); certificates,
 * packaging and people still use the 63 earlier names. Codes come in two systems: seven codes
 * (15, 24, 44, 52, 80, 82, 91) name a different province in each, so a code is never stored
 * without the system it belongs to.
 */
import { z } from 'astro/zod';
import { SLUG_PATTERN } from '../lib/domain/vietnamese.ts';

export const CODE_SYSTEMS = ['2004', '2025'] as const;

const slug = z.string().regex(SLUG_PATTERN, 'must be a lower-case ASCII slug like "hung-yen"');
const code = z.string().regex(/^\d{2}$/, 'must be a two-digit code like "33"');

export const provinceSchema = z
  .object({
    slug: slug.describe('URL slug of the province, e.g. "hung-yen"'),
    code: code.describe('Code in the 2025 system (Decision 19/2025/QĐ-TTg)'),
    name: z.string().min(2).describe('Short name as shown to people, e.g. "Hưng Yên"'),
    fullName: z.string().min(2).describe('Official name, e.g. "Tỉnh Hưng Yên"'),
    kind: z.enum(['province', 'city']).describe('tỉnh, or thành phố trực thuộc trung ương'),
    formerProvinces: z
      .array(slug)
      .min(1)
      .describe('Slugs of the pre-2025 units merged into this one (itself included when kept)'),
  })
  .strict();

export const formerProvinceSchema = z
  .object({
    slug: slug.describe('URL slug of the former province, e.g. "thai-binh"'),
    code: code.describe('Code in the pre-2025 system (2004 lineage)'),
    name: z.string().min(2).describe('Name before 1 July 2025, e.g. "Thái Bình"'),
    kind: z.enum(['province', 'city']),
    successor: slug.describe('Slug of the 2025 province it became part of'),
    aliases: z.array(z.string()).optional().describe('Other spellings people use'),
  })
  .strict();

export const provinceFileSchema = z.object({
  $comment: z.string().optional(),
  provinces: z.array(provinceSchema).length(34),
  formerProvinces: z.array(formerProvinceSchema).length(63),
  changedCodes: z.array(z.object({ code, before: slug, after: slug })),
});

export type Province = z.infer<typeof provinceSchema>;
export type FormerProvince = z.infer<typeof formerProvinceSchema>;
