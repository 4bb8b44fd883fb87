/**
 * Products: names from the leaf vocabulary plus a place or brand, each with a certification
 * history, packaging and price, and a few sales points of its own province.
 */
import type { z } from 'astro/zod';
import type { productSchema } from '../../../src/schemas/product.ts';
import type { slug } from '../../../src/schemas/shared.ts';
import { newCode } from '../../../src/lib/domain/code-assignment.ts';
import { buildCertifications, type Stars } from './certifications.ts';
import type { DecisionRounds } from './decision-rounds.ts';
import { provinceLabel } from './geography.ts';
import { pickRelatedLeaf, vocabularyOf } from './leaves.ts';
import { lowerFirst } from './names.ts';
import type { ProducerPlan } from './producers.ts';
import { generatedProvenance } from './provenance.ts';
import { weightedTable, type Random } from './random.ts';
import type { SlugRegistry } from './slugs.ts';
import type { LeafVocabulary, Pack } from './vocabulary.ts';

/** Product fields as written to JSON: links are slugs, image sources are relative paths. */
export type GeneratedProduct = z.input<ReturnType<typeof productSchema<typeof slug, z.ZodString>>>;

export interface ProductPlan {
  slug: string;
  data: GeneratedProduct;
}

/** Current star level mix of the national list: about 60% 3★, 37% 4★, 3% 5★. */
const pickStars = weightedTable<Stars>([
  [3, 60],
  [4, 37],
  [5, 3],
]);

export const REVOKED_SHARE = 0.0115;

function productName(random: Random, vocabulary: LeafVocabulary, producer: ProducerPlan): string {
  const kind = random.pick(vocabulary.kinds);
  const [base, own] = typeof kind === 'string' ? [kind, undefined] : kind;
  let qualifier: string | undefined;
  if (own && random.chance(0.7)) qualifier = random.pick(own);
  else if (vocabulary.qualifiers.length && random.chance(0.3))
    qualifier = random.pick(vocabulary.qualifiers);
  const roll = random.next();
  const where =
    vocabulary.service || roll < 0.45
      ? producer.place
      : roll < 0.7 && producer.brand !== producer.place
        ? producer.brand
        : roll < 0.92
          ? producer.former.name
          : producer.place;
  return [base, qualifier, where].filter(Boolean).join(' ');
}

const price = (random: Random, min: number, max: number) =>
  Math.max(1000, Math.round(random.float(min, max) / 1000) * 1000);

function packagingAndPrice(random: Random, vocabulary: LeafVocabulary) {
  const first = random.pick(vocabulary.packs);
  const packs: Pack[] = [first];
  if (!vocabulary.service && vocabulary.packs.length > 1 && random.chance(0.4)) {
    const second = random.pick(vocabulary.packs);
    if (second !== first) packs.push(second);
  }
  // Only real packs ("hộp 500 g") make a packaging line; "kg" or "chiếc" is just a price unit.
  const labels = packs.map(([label]) => label).filter((label) => /\d/.test(label));
  const packaging =
    vocabulary.service || !labels.length
      ? undefined
      : labels.map((l, i) => (i === 0 ? l.charAt(0).toUpperCase() + l.slice(1) : l)).join(', ');
  if (!random.chance(0.85)) return { packaging };
  const min = price(random, first[1], first[2]);
  const max = random.chance(0.3)
    ? Math.round((min * random.float(1.1, 1.6)) / 1000) * 1000
    : undefined;
  return { packaging, price: { min, ...(max && max > min ? { max } : {}), unit: first[0] } };
}

function description(
  random: Random,
  name: string,
  vocabulary: LeafVocabulary,
  producer: ProducerPlan,
  firstYear: string,
) {
  const { province, former } = producer;
  const formerNote =
    former.slug === province.slug
      ? ''
      : ` (trước đây thuộc ${provinceLabel(former.name, former.kind)})`;
  const opening = vocabulary.service
    ? `${name} do ${producer.data.name} tổ chức tại`
    : `${name} là sản phẩm của ${producer.data.name} ở`;
  const [a, b] = [random.pick(vocabulary.blurbs), random.pick(vocabulary.blurbs)];
  return (
    `${opening} ${lowerFirst(producer.commune)}, ${provinceLabel(province.name, province.kind)}${formerNote}. ` +
    `${a}${b === a ? '' : ` ${b}`} Sản phẩm được công nhận OCOP lần đầu năm ${firstYear}.`
  );
}

export interface ProductContext {
  slugs: SlugRegistry;
  /** Codes already given to products (see `domain/codes.ts`). */
  codes: Set<string>;
  rounds: DecisionRounds;
  /** Sales point slugs per province slug. */
  salesPointsByProvince: ReadonlyMap<string, readonly string[]>;
}

function pickSalesPoints(random: Random, available: readonly string[]): string[] {
  if (!available.length) return [];
  const roll = random.next();
  const wanted = roll < 0.45 ? 0 : roll < 0.85 ? 1 : 2;
  const chosen = new Set<string>();
  for (let tries = 0; chosen.size < Math.min(wanted, available.length) && tries < 6; tries++) {
    chosen.add(random.pick(available));
  }
  return [...chosen];
}

export function buildProduct(
  random: Random,
  context: ProductContext,
  producer: ProducerPlan,
  withImage = false,
): ProductPlan {
  const category = random.chance(0.8)
    ? producer.specialty
    : pickRelatedLeaf(random, producer.specialty);
  const vocabulary = vocabularyOf(category);
  const name = productName(random, vocabulary, producer);
  const slug = context.slugs.claim(name);
  const certifications = buildCertifications(random, context.rounds, producer, {
    finalStars: pickStars(random),
    revoke: random.chance(REVOKED_SHARE),
  });
  const firstYear = (certifications[0]?.decisionDate ?? '').slice(0, 4);
  const { packaging, price } = packagingAndPrice(random, vocabulary);
  const channels = random.chance(0.15)
    ? [
        {
          kind: 'website' as const,
          url: `https://example.com/ocop/${slug}`,
          label: 'Cửa hàng trực tuyến (mẫu)',
        },
      ]
    : [];
  const data: GeneratedProduct = {
    code: newCode(`product:${slug}`, context.codes),
    name,
    category,
    producer: producer.slug,
    province: producer.province.slug,
    commune: producer.commune,
    description: description(random, name, vocabulary, producer, firstYear),
    ...(withImage
      ? { images: [{ src: `./images/${slug}.jpg`, alt: `Ảnh minh họa: ${name}` }] }
      : {}),
    ...(packaging ? { packaging } : {}),
    ...(price ? { price } : {}),
    channels,
    salesPoints: pickSalesPoints(
      random,
      context.salesPointsByProvince.get(producer.province.slug) ?? [],
    ),
    certifications,
    provenance: generatedProvenance(),
  };
  return { slug, data };
}
