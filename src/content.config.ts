/**
 * Content collections: one per entity, each validated by its schema in `src/schemas/`.
 * Entries are JSON files under `content/`; a file's name is its slug.
 */
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { fairSchema } from './schemas/fair.ts';
import { producerSchema } from './schemas/producer.ts';
import { productSchema } from './schemas/product.ts';
import { salesPointSchema } from './schemas/sales-point.ts';

/** Root of the catalogue; `OCOP_CONTENT_DIR` points a build at a generated one. */
const root = process.env['OCOP_CONTENT_DIR'] ?? './content';
const json = (folder: string) => glob({ pattern: '*.json', base: `${root}/${folder}` });

export const collections = {
  products: defineCollection({
    loader: json('products'),
    schema: ({ image }) =>
      productSchema({
        producer: reference('producers'),
        salesPoint: reference('salesPoints'),
        image: image(),
      }),
  }),
  producers: defineCollection({ loader: json('producers'), schema: producerSchema }),
  salesPoints: defineCollection({ loader: json('sales-points'), schema: salesPointSchema }),
  fairs: defineCollection({
    loader: json('fairs'),
    schema: fairSchema({ producer: reference('producers'), product: reference('products') }),
  }),
};
