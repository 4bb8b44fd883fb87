/**
 * The `image` a product or producer page passes to its head: the share card in the page's
 * language, its URL with its version (`?v=`, from the same fields the build draws: the data layer's standing on
 * `BUILD_DATE`, the day the build's share-image step uses too), size and alt text (which says
 * the status, as the card does).
 */
import type { Producer } from '../catalogue/producers.ts';
import type { Product } from '../catalogue/products.ts';
import type { Locale } from '../i18n/locales.ts';
import { producerStrings } from '../i18n/ui/producer.ts';
import { shareImageStrings } from '../i18n/ui/share-image.ts';
import {
  producerShareFields,
  productShareFields,
  SHARE_IMAGE_HEIGHT,
  SHARE_IMAGE_WIDTH,
  shareImageUrl,
} from './fields.ts';
import { localized } from '../i18n/localized.ts';

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

export function productPageShareImage(
  product: Product,
  producer: Producer,
  site: string | URL,
  locale: Locale,
): PageShareImage {
  const fields = productShareFields({
    locale,
    name: product.data.name,
    nameEn: product.data.nameEn,
    standing: product,
    province: product.province,
    producer: producer.data.name,
    category: product.data.category,
    photo: photoPath(product.data.images[0]),
    site,
  });
  const s = shareImageStrings(locale);
  return {
    src: shareImageUrl(fields, product.data.code),
    alt: s.productAlt(
      localized(product.data.name, product.data.nameEn, locale).text,
      product.province.name,
      fields.stars,
      fields.status,
    ),
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
    locale,
    name: producer.data.name,
    type: producerStrings(locale).types[producer.data.type],
    province: producer.province,
    products,
    site,
  });
  return {
    src: shareImageUrl(fields, producer.data.code),
    alt: shareImageStrings(locale).producerAlt(fields.name, producer.province.name, fields),
    width: SHARE_IMAGE_WIDTH,
    height: SHARE_IMAGE_HEIGHT,
  };
}
