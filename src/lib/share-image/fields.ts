/**
 * What a share card shows, as plain values, and the short version hash of it. The page puts
 * the hash in its `og:image` URL (`?v=…`, so social networks fetch a changed card again) and
 * the build integration files the rendered card under a key that starts from the same
 * fields: both build the fields with the functions below, from the same content and the
 * standing the one derivation (`productStanding(…, today)`) gives on the same day.
 *
 * The fields hold what is drawn and nothing more: the status's state and its date, not the
 * days left, so a build on another day redraws only the cards whose status changed.
 */
import { createHash } from 'node:crypto';
import type { CertificateStatus } from '../domain/certificate-status.ts';
import type { OcopStars } from '../domain/stars.ts';
import type { Locale } from '../i18n/locales.ts';
import { provinceFullName } from '../i18n/province-name.ts';
import { assets } from '../i18n/routes.ts';
import type { Province } from '../../schemas/province.ts';

/**
 * Bump when the drawing changes (layout, colours, fonts, encoding): every card is rendered
 * again and every `?v=` changes.
 */
export const SHARE_IMAGE_TEMPLATE_VERSION = 4;

/**
 * Bump when the renderer or the encoder changes a card's bytes but not what a reader sees
 * (`tests/unit/share-image-render.test.ts` compares the cards with references): it is part of
 * the cache key only, so every card is drawn again and no page's `?v=` changes. 2: standard
 * Huffman tables, the photo decoded once. 3: a shared part pasted only where it was drawn,
 * producer cards drawn whole.
 */
export const SHARE_IMAGE_RENDER_VERSION = 3;

export const SHARE_IMAGE_WIDTH = 1200;
export const SHARE_IMAGE_HEIGHT = 630;

/** The status as the card shows it: its state and the date printed (`statusPhrase`). */
export type ShareStatus = Pick<CertificateStatus, 'state' | 'validUntil'>;

/** What the card reads of a product's standing (`ProductStanding` and `Product` fit). */
export interface ShareStanding {
  stars: OcopStars;
  status: ShareStatus;
  /** Valid or expiring. */
  inForce: boolean;
}

/** What a card reads of a province to name it in its language (`province-name.ts`). */
export type ShareProvince = Pick<Province, 'name' | 'fullName' | 'kind'>;

export interface ProductShareFields {
  kind: 'product';
  /** The language the card is drawn in: one card per product and language. */
  locale: Locale;
  /** The name drawn large: the English name on an English card when the data has one. */
  name: string;
  /** The certified Vietnamese name, drawn under an English name that differs from it; else null. */
  certifiedName: string | null;
  /** Stars of the current certification: always drawn with `status` beside them. */
  stars: OcopStars;
  /** Valid (until…), expiring (until…), expired (on…) or revoked. */
  status: ShareStatus;
  /** As printed: "Hưng Yên" on a Vietnamese card, "Hưng Yên Province" on an English one. */
  province: string;
  producer: string;
  /** Decision 148 leaf code: the drawn motif when there is no photo. */
  category: string;
  /** File name of the first photo (its bytes are in the cache key, not here), or null. */
  photo: string | null;
  /** Host name printed at the bottom, e.g. `ocop.example.vn`. */
  site: string;
}

export interface ProducerShareFields {
  kind: 'producer';
  locale: Locale;
  name: string;
  /** Type as printed in the card's language, e.g. "Hợp tác xã", "Cooperative". */
  type: string;
  /** As printed (see `ProductShareFields.province`). */
  province: string;
  /** Products whose certificate is in force (valid or expiring), by stars. */
  stars: { 5: number; 4: number; 3: number };
  /** Products whose certificate has expired: not counted above, said in words. */
  expired: number;
  /** Products whose certificate was revoked: not counted above, said in words. */
  revoked: number;
  site: string;
}

/**
 * The site's own card: the default `og:image` of every other page (`/og-default.png`,
 * `/en/og-default.png`).
 */
export interface SiteShareFields {
  kind: 'site';
  locale: Locale;
  products: number;
  producers: number;
  site: string;
}

export type ShareCardFields = ProductShareFields | ProducerShareFields | SiteShareFields;

/**
 * Product and producer cards are JPEG (a photo card is a third of its PNG size), as
 * `assets.*ShareImage` name them; the site's card, flat colours only, is a smaller PNG.
 */
export function shareImageFormat(fields: ShareCardFields): 'jpg' | 'png' {
  return fields.kind === 'site' ? 'png' : 'jpg';
}

/** The host of the public origin, as printed on cards. */
export function siteHost(site: string | URL): string {
  return new URL(site).host;
}

/** The file name of a photo from a path, a file URL or a built asset URL (`?query` dropped). */
export function photoFileName(pathOrUrl: string): string {
  return pathOrUrl.split(/[?#]/)[0]!.split(/[\\/]/).pop()!;
}

/**
 * A province as a card prints it: the short name on a Vietnamese card (the pin says it is a
 * place), "Hưng Yên Province" on an English one (a reader abroad may not know the name).
 */
export function shareProvinceName(province: ShareProvince, locale: Locale): string {
  return (locale === 'vi' ? province.name : provinceFullName(province, locale)).normalize('NFC');
}

/** Only the state and the date: `daysLeft` changes every day, the card does not. */
const shownStatus = ({ state, validUntil }: ShareStatus): ShareStatus => ({ state, validUntil });

export function productShareFields(input: {
  locale: Locale;
  /** The certified (Vietnamese) name. */
  name: string;
  /** The English name, if the data has one: drawn on the English card. */
  nameEn?: string | undefined;
  /** The product's standing on the build day (`productStanding(…, today)`). */
  standing: ShareStanding;
  province: ShareProvince;
  producer: string;
  category: string;
  photo: string | null | undefined;
  site: string | URL;
}): ProductShareFields {
  const certified = input.name.normalize('NFC');
  const english = input.locale === 'en' ? input.nameEn?.normalize('NFC') : undefined;
  return {
    kind: 'product',
    locale: input.locale,
    name: english ?? certified,
    certifiedName: english && english !== certified ? certified : null,
    stars: input.standing.stars,
    status: shownStatus(input.standing.status),
    province: shareProvinceName(input.province, input.locale),
    producer: input.producer.normalize('NFC'),
    category: input.category,
    photo: input.photo ? photoFileName(input.photo) : null,
    site: siteHost(input.site),
  };
}

export function producerShareFields(input: {
  locale: Locale;
  name: string;
  /** The type in the card's language. */
  type: string;
  province: ShareProvince;
  /** Every product of the producer, with its standing on the build day. */
  products: readonly ShareStanding[];
  site: string | URL;
}): ProducerShareFields {
  const stars = { 5: 0, 4: 0, 3: 0 };
  let expired = 0;
  let revoked = 0;
  for (const p of input.products) {
    if (p.inForce) stars[p.stars] += 1;
    else if (p.status.state === 'revoked') revoked += 1;
    else expired += 1;
  }
  return {
    kind: 'producer',
    locale: input.locale,
    name: input.name.normalize('NFC'),
    type: input.type,
    province: shareProvinceName(input.province, input.locale),
    stars,
    expired,
    revoked,
    site: siteHost(input.site),
  };
}

export function siteShareFields(input: {
  locale: Locale;
  products: number;
  producers: number;
  site: string | URL;
}): SiteShareFields {
  return { kind: 'site', ...input, site: siteHost(input.site) };
}

/**
 * JSON with keys sorted, so the hash never depends on the order fields were written in: the
 * text `JSON.stringify` gives with every object's keys sorted, built in one pass (twice as fast
 * as a sorting replacer; a warm build names 60,000 cards with it, and the pages their `?v=`).
 */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value))
    return `[${value.map((v: unknown) => (v === undefined || typeof v === 'function' ? 'null' : canonicalJson(v))).join(',')}]`;
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  const record = value as Record<string, unknown>;
  const parts: string[] = [];
  for (const key of Object.keys(record).sort()) {
    const v = record[key];
    if (v !== undefined && typeof v !== 'function')
      parts.push(`${JSON.stringify(key)}:${canonicalJson(v)}`);
  }
  return `{${parts.join(',')}}`;
}

/** Hex SHA-256 of the template version and the fields (and any extra parts), cut to `length`. */
export function shareImageHash(
  fields: ShareCardFields,
  extra: readonly string[] = [],
  length = 8,
): string {
  return createHash('sha256')
    .update(canonicalJson([SHARE_IMAGE_TEMPLATE_VERSION, fields, ...extra]))
    .digest('hex')
    .slice(0, length);
}

/** Eight hex digits that change whenever anything drawn on the card changes. */
export function shareImageVersion(fields: ShareCardFields): string {
  return shareImageHash(fields);
}

/** Site-relative URL of a card with its version: `/og/p/<code>.jpg?v=1a2b3c4d`, `/og/en/p/…`. */
export function shareImageUrl(
  fields: ProductShareFields | ProducerShareFields,
  code: string,
): string {
  const file =
    fields.kind === 'product'
      ? assets.productShareImage(code, fields.locale)
      : assets.producerShareImage(code, fields.locale);
  return `${file}?v=${shareImageVersion(fields)}`;
}
