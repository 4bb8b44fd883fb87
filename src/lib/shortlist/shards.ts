/**
 * The card shards, built once per build from the data layer: every product's card (see
 * `card.ts`) grouped by the first two characters of its code. Photos go through `getImage`
 * with the very options the product page's `<Picture>` uses (`ProductImage.astro`), so the
 * URLs point at files the build makes anyway: no extra image is generated.
 */
import { getImage } from 'astro:assets';
import { getProducts, type Product } from '../catalogue/products.ts';
import { getProducerOf } from '../catalogue/producers.ts';
import { shardKey, type CardShard, type ProductCardData } from './card.ts';

/** Same `src`, `widths`, format and quality as `ProductImage.astro` (card and hero). */
const THUMB = { widths: [320, 480], quality: 65, width: 480 };
const LARGE = { widths: [480, 800, 1200], quality: 72, width: 1200 };

async function imageUrl(
  src: ImageMetadata,
  { widths, quality, width }: typeof THUMB,
): Promise<string> {
  const image = await getImage({ src, widths, quality, format: 'webp' });
  const values = image.srcSet.values;
  // The widest one no wider than asked for (a small original has fewer widths).
  const best = values
    .filter((v) => (v.transform.width ?? 0) <= width)
    .sort((a, b) => (b.transform.width ?? 0) - (a.transform.width ?? 0))[0];
  return best?.url ?? image.src;
}

async function toCard(product: Product): Promise<ProductCardData> {
  const { data, current } = product;
  const producer = await getProducerOf(product);
  const photo = data.images[0]?.src as ImageMetadata | undefined;
  return {
    slug: product.slug,
    name: data.name,
    ...(data.nameEn ? { nameEn: data.nameEn } : {}),
    stars: product.stars,
    ...(current.potentialFiveStar ? { potentialFiveStar: true as const } : {}),
    province: product.province.name,
    producer: producer.data.name,
    ...(data.price
      ? {
          price: {
            min: data.price.min,
            ...(data.price.max ? { max: data.price.max } : {}),
            unit: data.price.unit,
            ...(data.price.unitEn ? { unitEn: data.price.unitEn } : {}),
          },
        }
      : {}),
    decision: current.decision,
    validUntil: product.status.validUntil,
    ...(current.status === 'revoked' ? { revoked: true as const } : {}),
    ...(photo
      ? { image: { thumb: await imageUrl(photo, THUMB), large: await imageUrl(photo, LARGE) } }
      : {}),
  };
}

let shards: Promise<Map<string, CardShard>> | undefined;

/** Every non-empty shard, keyed by its two characters; codes sorted within a shard. */
export function getCardShards(): Promise<Map<string, CardShard>> {
  shards ??= (async () => {
    const products = await getProducts();
    const cards = await Promise.all(
      products.map(async (p) => [p.data.code, await toCard(p)] as const),
    );
    cards.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    const out = new Map<string, CardShard>();
    for (const [code, card] of cards) {
      const key = shardKey(code);
      const shard = out.get(key) ?? {};
      shard[code] = card;
      out.set(key, shard);
    }
    return out;
  })();
  return shards;
}
