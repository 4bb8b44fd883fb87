/**
 * Fair (hội chợ) or event where OCOP producers show and sell their products: when and where it
 * runs, who organises it, and its booths with their products. The entry's file name is its
 * slug. Each fair gets a page, a printable kit and an offline pack (see docs/fairs.md).
 *
 * A booth is either a producer's booth (`producer` set: every product on it must be that
 * producer's, checked against the catalogue by `lib/catalogue/fairs.ts` at build and by
 * `checkReferences` in scripts) or a shared booth — a sales point's, a province's — with a
 * `label` and products from any producers.
 */
import { z } from 'astro/zod';
import { PROVINCE_SLUGS } from '../lib/domain/provinces.ts';
import { isoDate, provenance, slug, text, url } from './shared.ts';

/** A reference as Astro gives it (`{ id }`) or as scripts read it (the slug). */
const idOf = (ref: unknown): string =>
  typeof ref === 'string' ? ref : String((ref as { id?: unknown }).id);

const venue = z
  .object({
    name: text(2).describe('Name of the place, e.g. "Cung Văn hóa Hữu nghị Việt Xô"'),
    address: text(5).describe('Street address as people write it'),
    province: z
      .enum(PROVINCE_SLUGS, {
        message:
          'must be the slug of a 2025 province such as "ha-noi" (see content/provinces.json)',
      })
      .describe('2025 province of the venue'),
    coordinates: z
      .object({
        lat: z.number().min(8).max(24).describe('Latitude (Viet Nam lies between 8° and 24° N)'),
        lng: z.number().min(102).max(118).describe('Longitude (102°–118° E)'),
      })
      .strict()
      .optional()
      .describe('For the directions link; without it the link searches the address'),
  })
  .strict();

/**
 * The link fields differ between Astro (`reference()`) and plain scripts (slugs), so the
 * schema is built by a function, like `productSchema`.
 */
export function fairSchema<
  ProducerRef extends z.ZodType = typeof slug,
  ProductRef extends z.ZodType = typeof slug,
>(links?: { producer?: ProducerRef; product?: ProductRef }) {
  const producer = (links?.producer ?? slug) as ProducerRef;
  const product = (links?.product ?? slug) as ProductRef;
  const booth = z
    .object({
      number: text(1).describe('Booth number as signed at the fair, e.g. "A12"'),
      label: text(2)
        .optional()
        .describe('Name of a shared booth, e.g. "Gian hàng chung tỉnh Hưng Yên"'),
      labelEn: text(2)
        .optional()
        .describe('The same in English, e.g. "Hưng Yên province shared booth"'),
      producer: producer
        .optional()
        .describe("Slug of the producer whose booth it is; every product must be this producer's"),
      products: z
        .array(product)
        .min(1, 'needs at least one product')
        .describe('Slugs of the products shown at the booth'),
    })
    .strict()
    .refine((b) => b.producer !== undefined || b.label !== undefined, {
      message: 'needs a producer (a producer’s booth) or a label (a shared booth)',
      path: ['producer'],
    });

  return z
    .object({
      name: text(3).describe('Name of the fair as announced'),
      nameEn: text(3).optional().describe('The name in English, a translation of `name`'),
      startDate: isoDate.describe('First day, YYYY-MM-DD (Vietnam time)'),
      endDate: isoDate.describe('Last day, YYYY-MM-DD; the fair runs through this day'),
      venue,
      organiser: text(2).describe('Who organises it, e.g. "Sở Công Thương Hà Nội"'),
      description: text(10).optional().describe('What the fair is, a paragraph'),
      descriptionEn: text(10)
        .optional()
        .describe('The description in English, a translation of `description`'),
      website: url.optional().describe("The organiser's page about the fair"),
      booths: z.array(booth).min(1, 'needs at least one booth').describe('Booths, in floor order'),
      provenance,
    })
    .strict()
    .superRefine((fair, ctx) => {
      if (fair.endDate < fair.startDate) {
        ctx.addIssue({
          code: 'custom',
          message: `must not be before startDate (${fair.startDate})`,
          path: ['endDate'],
        });
      }
      const numbers = new Map<string, number>();
      const products = new Map<string, number>();
      fair.booths.forEach((b, i) => {
        const first = numbers.get(b.number);
        if (first === undefined) numbers.set(b.number, i);
        else
          ctx.addIssue({
            code: 'custom',
            message: `booth number "${b.number}" is already used by booths[${first}]`,
            path: ['booths', i, 'number'],
          });
        b.products.forEach((ref, j) => {
          const id = idOf(ref);
          const at = products.get(id);
          if (at === undefined) products.set(id, i);
          else
            ctx.addIssue({
              code: 'custom',
              message: `product "${id}" is already shown at booths[${at}]; list a product at one booth only`,
              path: ['booths', i, 'products', j],
            });
        });
      });
    });
}

/** A fair as scripts read it: links are slugs. */
export type FairData = z.infer<ReturnType<typeof fairSchema<typeof slug, typeof slug>>>;
