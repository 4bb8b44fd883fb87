/**
 * OCOP product. Each SKU is its own product (a fish sauce at 38° and 43° is two). The entry's
 * file name is its slug. Links to its producer and sales points are references, checked by
 * Astro at build time and by `lib/catalogue/integrity.ts` in scripts.
 */
import { z } from 'astro/zod';
import { LEAF_CODES } from '../lib/domain/categories.ts';
import { PROVINCE_SLUGS } from '../lib/domain/provinces.ts';
import { certificationSchema } from './certification.ts';
import { offersSchema, seasonSchema } from './ordering.ts';
import { code, onlineChannel, provenance, slug, text } from './shared.ts';

const price = z
  .object({
    min: z.number().int().positive().describe('Lowest price in đồng'),
    max: z.number().int().positive().optional().describe('Highest price in đồng, for a range'),
    unit: text(1).describe('What the price buys, e.g. "hộp 300 g"'),
    unitEn: text(1).optional().describe('The same in English, e.g. "box, 300 g"'),
  })
  .strict()
  .refine((p) => p.max === undefined || p.max >= p.min, {
    message: 'max must not be lower than min',
    path: ['max'],
  });

/**
 * The link fields differ between Astro (`reference()`, `image()`) and plain scripts (slugs,
 * paths), so the schema is built by a function; everything else is identical.
 */
export function productSchema<
  ProducerRef extends z.ZodType = typeof slug,
  SalesPointRef extends z.ZodType = typeof slug,
  Img extends z.ZodType = z.ZodString,
>(links?: { producer?: ProducerRef; salesPoint?: SalesPointRef; image?: Img }) {
  const producer = (links?.producer ?? slug) as ProducerRef;
  const salesPoint = (links?.salesPoint ?? slug) as SalesPointRef;
  const image = (links?.image ?? z.string().min(1)) as Img;
  return z
    .object({
      code,
      name: text(2).describe('Name as certified, in Vietnamese'),
      nameEn: text(2)
        .optional()
        .describe(
          'English name: the one the producer uses, or a translation saying what it is (e.g. "Đình Mạnh cáy rice cake")',
        ),
      category: z
        .enum(LEAF_CODES, {
          message: 'must be a Decision 148 leaf code such as "I.3.b" (see content/categories.json)',
        })
        .describe('Decision 148 leaf code, e.g. "I.3.b"'),
      producer: producer.describe('Slug of the producer entry'),
      province: z
        .enum(PROVINCE_SLUGS, {
          message:
            'must be the slug of a 2025 province such as "hung-yen" (see content/provinces.json)',
        })
        .describe('2025 province where it is made'),
      commune: text(2).optional().describe('Commune or ward after the 2025 reform'),
      description: text(10).describe('What it is and what makes it local, a paragraph or two'),
      descriptionEn: text(10)
        .optional()
        .describe('The description in English, a translation of `description`'),
      images: z
        .array(z.object({ src: image, alt: text(3).describe('What the photo shows') }).strict())
        .default([]),
      packaging: text(2).optional().describe('Pack sizes, e.g. "Hộp 300 g, túi 500 g"'),
      packagingEn: text(2)
        .optional()
        .describe('The same in English, e.g. "Box, 300 g; bag, 500 g"'),
      price: price.optional(),
      channels: z.array(onlineChannel).default([]).describe('Where to buy online'),
      offers: offersSchema
        .default([])
        .describe('Pack sizes one can order from the producer, with reference prices'),
      minOrderQuantity: z
        .number()
        .int()
        .min(2)
        .max(100_000)
        .optional()
        .describe('Fewest packs per order, when the producer sets one'),
      season: seasonSchema.optional().describe('For seasonal produce: the months it is sold'),
      salesPoints: z.array(salesPoint).default([]).describe('Sales points that carry it'),
      certifications: z
        .array(certificationSchema)
        .min(1, 'needs at least one certification')
        .describe('Every OCOP decision about this product, oldest first'),
      provenance,
    })
    .strict();
}

/** A product as scripts read it: links are slugs, images are paths. */
export type ProductData = z.infer<
  ReturnType<typeof productSchema<typeof slug, typeof slug, z.ZodString>>
>;
