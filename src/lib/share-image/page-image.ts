/**
 * The `image` a product or producer page passes to its head: the share card's URL with its
 * version (`?v=`, from the same fields the build draws), size and alt text.
 */
import type { Producer } from '../catalogue/producers.ts';
import type { Product } from '../catalogue/products.ts';
import type { Locale } from '../i18n/locales.ts';
import { useTranslations } from '../i18n/ui.ts';
import { shareImageStrings } from '../i18n/ui/share-image.ts';
import {
  producerShareFields,
  productShareFields,
  SHARE_IMAGE_HEIGHT,
  SHARE_IMAGE_WIDTH,
  shareImageUrl,
} from './fields.ts';

export interface PageShareImage {
  src: string;
  alt: string;
  width: number;
  height: number;
}

/**
 * The source file of a content image. Astro's image metadata carries its path as `fsPath`
 * (not enumerable); the built URL (`/_astro/name.hash.jpg`) would not match the file name.
 */
function photoPath(image: { src: ImageMetadata } | undefined): string | undefined {
  if (!image) return undefined;
  const { fsPath } = image.src as ImageMetadata & { fsPath?: string };
  return fsPath ?? image.src.src;
}

const isRevoked = (p: Product) => p.current.status === 'revoked';

export function productPageShareImage(
  product: Product,
  producer: Producer,
  site: string | URL,
  locale: Locale,
): PageShareImage {
  const fields = productShareFields({
    name: product.data.name,
    stars: product.stars,
    revoked: isRevoked(product),
    province: product.province.name,
    producer: producer.data.name,
    category: product.data.category,
    photo: photoPath(product.data.images[0]),
    site,
  });
  const s = shareImageStrings(locale);
  return {
    src: shareImageUrl(fields, product.data.code),
    alt: fields.revoked
      ? s.productAltRevoked(fields.name, fields.province)
      : s.productAlt(fields.name, fields.stars, fields.province),
    width: SHARE_IMAGE_WIDTH,
    height: SHARE_IMAGE_HEIGHT,
  };
}

export function producerPageShareImage(
  producer: Producer,
  products: readonly Product[],
  site: string | URL,
  locale: Locale,
): PageShareImage {
  const fields = producerShareFields({
    name: producer.data.name,
    type: useTranslations('vi').producer.types[producer.data.type],
    province: producer.province.name,
    products: products.map((p) => ({ stars: p.stars, revoked: isRevoked(p) })),
    site,
  });
  const count = fields.stars[5] + fields.stars[4] + fields.stars[3];
  return {
    src: shareImageUrl(fields, producer.data.code),
    alt: shareImageStrings(locale).producerAlt(fields.name, fields.province, count),
    width: SHARE_IMAGE_WIDTH,
    height: SHARE_IMAGE_HEIGHT,
  };
}
