/**
 * One row of `content/commune-mergers.csv`: an old commune, named as a pre-July-2025
 * three-level address names it (xã, huyện, tỉnh), and the 2025 commune or ward it became part
 * of. The rows are copied from the resolutions of the Standing Committee of the National
 * Assembly on each province's commune-level arrangement (2025); the importer uses them to give
 * an old address its new commune. Field names are the CSV's column names.
 */
import { z } from 'astro/zod';
import {
  FORMER_PROVINCE_SLUGS,
  PROVINCE_SLUGS,
  resolveProvinceName,
} from '../lib/domain/provinces.ts';
import { text, url } from './shared.ts';

export const COMMUNE_MERGER_COLUMNS = [
  'old_province',
  'old_district',
  'old_commune',
  'new_province',
  'new_commune',
  'source',
] as const;

const FORMER = new Set<string>(FORMER_PROVINCE_SLUGS);

/** The pre-2025 province slug a name or slug refers to ("Thanh Hoá" → "thanh-hoa"). */
export function formerProvinceSlug(name: string): string | undefined {
  const resolved = resolveProvinceName(name);
  const slug = resolved && (resolved.former ?? resolved.province);
  return slug && FORMER.has(slug) ? slug : undefined;
}

/** The only kinds of commune-level unit after 1 July 2025. */
const NEW_COMMUNE = /^(Xã|Phường|Đặc khu) \S/u;

export const communeMergerSchema = z
  .object({
    old_province: text(2)
      .refine(
        (name) => formerProvinceSlug(name) !== undefined,
        'must name one of the 63 provinces before 07/2025, e.g. "Ninh Bình" or "ninh-binh"',
      )
      .describe('Province before 07/2025, by name or slug (content/provinces.json)'),
    old_district: text(2).describe(
      'District before 07/2025 as addresses wrote it, e.g. "Huyện Hoa Lư" (the kind word is optional)',
    ),
    old_commune: text(2).describe(
      'Commune, ward or township before 07/2025, e.g. "Xã Ninh Hải" (the kind word is optional)',
    ),
    new_province: z
      .enum(PROVINCE_SLUGS, {
        message:
          'must be the slug of a 2025 province such as "ninh-binh" (see content/provinces.json)',
      })
      .describe('Slug of the 2025 province the new commune belongs to'),
    new_commune: text(2)
      .refine(
        (name) => NEW_COMMUNE.test(name),
        'must start with "Xã", "Phường" or "Đặc khu", e.g. "Phường Hoa Lư"',
      )
      .describe('The 2025 commune, ward or special zone, as it is written: "Phường Hoa Lư"'),
    source: url.describe("The resolution that made the arrangement (the province's NQ-UBTVQH15)"),
  })
  .strict();

export type CommuneMerger = z.infer<typeof communeMergerSchema>;
