/**
 * Content collections: one per entity, each validated by its schema in `src/schemas/`.
 * Entries are JSON files under `content/`; a file's name is its slug.
 */
import { defineCollection, reference, type SchemaContext } from 'astro:content';
import { glob } from 'astro/loaders';
import { fairSchema } from './schemas/fair.ts';
import { producerSchema } from './schemas/producer.ts';
import { productSchema } from './schemas/product.ts';
import { salesPointSchema } from './schemas/sales-point.ts';

/** Root of the catalogue; `OCOP_CONTENT_DIR` points a build at a generated one. */
const root = process.env['OCOP_CONTENT_DIR'] ?? './content';
const json = (folder: string) => glob({ pattern: '*.json', base: `${root}/${folder}` });

/**
 * Astro calls a schema function once per entry, with an `image()` that resolves photo paths
 * against the entry's folder. Building the product schema afresh for each of 20,000 entries
 * cost ~0.6 ms each (zod compiles a new schema's parser on first use; a built one parses an
 * entry in ~25 µs): most of the content sync. Every product file is in the one folder the loader
 * reads (`*.json`, not recursive), so one schema serves them all — one per kind of `image()`:
 * type generation passes a plain string schema, the content layer one that marks image paths.
 * The kind is told by what it makes of a sample path.
 */
const products = ({ image }: SchemaContext) =>
  productSchema({
    producer: reference('producers'),
    salesPoint: reference('salesPoints'),
    image: image(),
  });
const productSchemas = new Map<string, ReturnType<typeof products>>();
function productsOnce(context: SchemaContext): ReturnType<typeof products> {
  const kind = JSON.stringify(context.image().safeParse('photo.jpg').data ?? null);
  let schema = productSchemas.get(kind);
  if (!schema) productSchemas.set(kind, (schema = products(context)));
  return schema;
}

export const collections = {
  products: defineCollection({
    loader: json('products'),
    schema: productsOnce,
  }),
  producers: defineCollection({ loader: json('producers'), schema: producerSchema }),
  salesPoints: defineCollection({ loader: json('sales-points'), schema: salesPointSchema }),
  fairs: defineCollection({
    loader: json('fairs'),
    schema: fairSchema({ producer: reference('producers'), product: reference('products') }),
  }),
};
