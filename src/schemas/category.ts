/**
 * The OCOP classification of Decision 148/QĐ-TTg (2023): 6 groups (ngành) → groups (nhóm) →
 * 26 leaves (phân nhóm) with codes I.1.a … VI.1. A product belongs to exactly one leaf.
 */
import { z } from 'astro/zod';
import { SLUG_PATTERN } from '../lib/domain/vietnamese.ts';

export interface CategoryNode {
  code: string;
  slug: string;
  name: string;
  nameEn: string;
  children?: CategoryNode[] | undefined;
}

export const categoryNodeSchema: z.ZodType<CategoryNode> = z.lazy(() =>
  z
    .object({
      code: z
        .string()
        .regex(/^(I|II|III|IV|V|VI)(\.\d)?(\.[a-z])?$/, 'must be a code like "I.3.b"')
        .describe('Decision 148 code'),
      slug: z.string().regex(SLUG_PATTERN).describe('URL slug'),
      name: z.string().min(2).describe('Vietnamese name'),
      nameEn: z.string().min(2).describe('English name'),
      children: z.array(categoryNodeSchema).optional(),
    })
    .strict(),
);

export const categoryFileSchema = z.object({
  $comment: z.string().optional(),
  tree: z.array(categoryNodeSchema).length(6),
  legacy1048: z.array(z.object({ name: z.string(), maps: z.string() })),
});
