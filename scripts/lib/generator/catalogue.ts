/**
 * `generateCatalogue(options)`: a whole seeded catalogue in memory (producers, sales points,
 * products, placeholder-image specs). Pure: same options → same result; writing is `writer.ts`.
 */
import { DecisionRounds } from './decision-rounds.ts';
import { placeholderSpec, type PlaceholderImage } from './images.ts';
import { validateOptions, type GeneratorOptions } from './options.ts';
import { buildProducers, type ProducerPlan } from './producers.ts';
import { buildProduct, type ProductPlan } from './products.ts';
import { randomStream, weightedPicker, type Random } from './random.ts';
import { buildSalesPoints, type SalesPointPlan } from './sales-points.ts';
import { SlugRegistry } from './slugs.ts';

export interface GeneratedCatalogue {
  products: ProductPlan[];
  producers: ProducerPlan[];
  salesPoints: SalesPointPlan[];
  /** Placeholder photos referenced by the first `options.images` products. */
  images: PlaceholderImage[];
}

/**
 * How many products each producer makes. With at least as many products as producers, every
 * producer gets one and the rest go by weight (firms and big cooperatives register many SKUs);
 * otherwise a random subset of producers gets one each.
 */
export function productCounts(
  random: Random,
  producers: readonly ProducerPlan[],
  total: number,
): number[] {
  const counts = new Array<number>(producers.length).fill(0);
  const indices = producers.map((_, i) => i);
  if (total >= producers.length) {
    counts.fill(1);
    if (total > producers.length) {
      const pick = weightedPicker(
        indices,
        producers.map((p) => p.productWeight),
      );
      for (let i = producers.length; i < total; i++) counts[pick(random)]! += 1;
    }
    return counts;
  }
  for (let i = 0; i < total; i++) {
    const j = random.int(i, indices.length - 1);
    [indices[i], indices[j]] = [indices[j] as number, indices[i] as number];
    counts[indices[i] as number] = 1;
  }
  return counts;
}

export function generateCatalogue(options: GeneratorOptions): GeneratedCatalogue {
  validateOptions(options);
  const { seed } = options;
  const producers = buildProducers(
    randomStream(seed, 'producers'),
    new SlugRegistry(),
    options.producers,
  );
  const salesPoints = buildSalesPoints(
    randomStream(seed, 'sales-points'),
    new SlugRegistry(),
    options.salesPoints,
  );
  const salesPointsByProvince = new Map<string, string[]>();
  for (const point of salesPoints) {
    const list = salesPointsByProvince.get(point.data.province) ?? [];
    list.push(point.slug);
    salesPointsByProvince.set(point.data.province, list);
  }

  const counts = productCounts(randomStream(seed, 'assignment'), producers, options.products);
  const random = randomStream(seed, 'products');
  const context = {
    slugs: new SlugRegistry(),
    codes: new Set<string>(),
    rounds: new DecisionRounds(seed),
    salesPointsByProvince,
  };
  const products: ProductPlan[] = [];
  producers.forEach((producer, i) => {
    for (let n = 0; n < (counts[i] as number); n++) {
      products.push(buildProduct(random, context, producer, products.length < options.images));
    }
  });

  const imageRandom = randomStream(seed, 'images');
  const images = products.slice(0, options.images).map((p) => placeholderSpec(imageRandom, p.slug));
  return { products, producers, salesPoints, images };
}
