/**
 * Search documents: what every search engine (Meilisearch, the server-less fallback) indexes.
 * Built from content validated by the same schemas as the pages, by the same functions, so the
 * engines can never disagree about a product's stars, category or province.
 */
import type { Catalogue } from '../content-files/read-content.ts';
import type { CertificateState } from '../domain/certificate-status.ts';
import { productStanding } from '../domain/product-standing.ts';
import { getFormerProvince, getProvince } from '../domain/provinces.ts';
import { foldVietnamese } from '../domain/vietnamese.ts';
import { openingHoursInWords } from '../i18n/opening-hours-words.ts';
import type { ProducerType } from '../../schemas/producer.ts';
import type { SalesPointKind } from '../../schemas/sales-point.ts';

/** `YYYY-MM-DD` → 20260312: sortable and filterable as a number. */
export const dateNumber = (iso: string): number => Number(iso.replaceAll('-', ''));

export interface ProductDocument {
  /** The product's slug. */
  id: string;
  /** Six-character short code (`/p/<code>/`), lower case: a code typed in search finds it. */
  code: string;
  name: string;
  nameEn?: string | undefined;
  /** Name without diacritics, for engines that do not fold đ → d themselves. */
  nameFolded: string;
  description: string;
  producer: string;
  producerName: string;
  producerType: ProducerType;
  /** 2025 province slug (facet) and name. */
  province: string;
  provinceName: string;
  /** Pre-2025 provinces named on its certificates: slugs and names (searchable). */
  formerProvinces: string[];
  formerProvinceNames: string[];
  /** Decision 148 codes: group "I", nhóm "I.3", leaf "I.3.b" (leaf = nhóm for I.6 etc.). */
  categoryGroup: string;
  categoryNhom: string;
  categoryLeaf: string;
  categoryNames: string[];
  stars: 3 | 4 | 5;
  /** Status on the day the index was built; re-index daily (pages recompute it live). */
  certificateStatus: CertificateState;
  /** Latest decision date and the last valid day, as YYYYMMDD numbers. */
  certifiedOn: number;
  validUntil: number;
  /** Has at least one photo. */
  hasImage: boolean;
  /** Packs one can order (0 or absent: nothing to add to the cart). */
  offerCount?: number | undefined;
  /** The first pack's sku, and the quantity a quick "add" puts in the cart. */
  orderSku?: string | undefined;
  orderQuantity?: number | undefined;
}

export interface SalesPointDocument {
  id: string;
  name: string;
  kind: SalesPointKind;
  address: string;
  province: string;
  provinceName: string;
  /** Opening hours in words, in Vietnamese and in English (from the structured `hours`). */
  openingHours: string;
  openingHoursEn: string;
  phone?: string | undefined;
  _geo: { lat: number; lng: number };
}

export interface ProducerDocument {
  id: string;
  name: string;
  type: ProducerType;
  province: string;
  provinceName: string;
  productCount: number;
}

export interface SearchDocuments {
  products: ProductDocument[];
  producers: ProducerDocument[];
  salesPoints: SalesPointDocument[];
}

const provinceName = (slug: string) => getProvince(slug)?.name ?? slug;

/** Turns a validated catalogue into search documents, with statuses as of `today`. */
/**
 * Searched by both engines: listed on the browse pages, that is not revoked (the status of the
 * indexing day), so search counts equal the browse pages' counts.
 */
export const isListedDocument = (doc: ProductDocument) => doc.certificateStatus !== 'revoked';

export function buildSearchDocuments(catalogue: Catalogue, today: string): SearchDocuments {
  const producers = new Map(catalogue.producers.map((p) => [p.id, p.data]));
  const productCount = new Map<string, number>();
  const products = catalogue.products.map(({ id, data }): ProductDocument => {
    const producer = producers.get(data.producer);
    if (!producer) throw new Error(`${id}: producer "${data.producer}" not found`);
    productCount.set(data.producer, (productCount.get(data.producer) ?? 0) + 1);
    const standing = productStanding(data, today);
    const path = standing.categoryPath;
    const former = standing.formerProvinces;
    return {
      id,
      code: data.code,
      name: data.name,
      nameEn: data.nameEn,
      nameFolded: foldVietnamese(data.name),
      description: data.description,
      producer: data.producer,
      producerName: producer.name,
      producerType: producer.type,
      province: data.province,
      provinceName: standing.province.name,
      formerProvinces: former,
      formerProvinceNames: former.map((s) => getFormerProvince(s)?.name ?? s),
      categoryGroup: path[0]?.code ?? data.category,
      categoryNhom: path[1]?.code ?? data.category,
      categoryLeaf: data.category,
      categoryNames: path.map((c) => c.name),
      stars: standing.stars,
      certificateStatus: standing.status.state,
      certifiedOn: dateNumber(standing.current.decisionDate),
      validUntil: dateNumber(standing.status.validUntil),
      hasImage: data.images.length > 0,
      offerCount: data.offers.length,
      ...(data.offers[0]
        ? { orderSku: data.offers[0].sku, orderQuantity: data.minOrderQuantity ?? 1 }
        : {}),
    };
  });
  return {
    products,
    producers: catalogue.producers.map(({ id, data }) => ({
      id,
      name: data.name,
      type: data.type,
      province: data.province,
      provinceName: provinceName(data.province),
      productCount: productCount.get(id) ?? 0,
    })),
    salesPoints: catalogue.salesPoints.map(({ id, data }) => ({
      id,
      name: data.name,
      kind: data.kind,
      address: data.address,
      province: data.province,
      provinceName: provinceName(data.province),
      openingHours: openingHoursInWords(data.hours, 'vi'),
      openingHoursEn: openingHoursInWords(data.hours, 'en'),
      phone: data.phone,
      _geo: { lat: data.coordinates.lat, lng: data.coordinates.lng },
    })),
  };
}

/** Facets every engine offers, with the document attribute each reads. */
export const PRODUCT_FACETS = [
  'province',
  'categoryGroup',
  'categoryLeaf',
  'stars',
  'producerType',
  'certificateStatus',
] as const;
export type ProductFacet = (typeof PRODUCT_FACETS)[number];

/** Sort orders the search page offers. */
export const PRODUCT_SORTS = ['relevance', 'stars', 'newest', 'name'] as const;
export type ProductSort = (typeof PRODUCT_SORTS)[number];
