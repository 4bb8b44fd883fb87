/**
 * What one asks the server-less engine and what it answers (`engine.ts`), in names close to
 * Meilisearch's. Shared by the engine's modules, so none of them imports the facade.
 */
import type { CertificateState } from '../../domain/certificate-status.ts';
import type { ProducerType } from '../../../schemas/producer.ts';
import type { ProductSort } from '../documents.ts';
import type { QueryWord } from './query.ts';

/** What the engine needs from `fetch`: inject one to run it outside a browser. */
export type Fetcher = (
  url: string,
) => Promise<{ ok: boolean; status: number; json(): Promise<unknown> }>;

/** A facet value test; several in one clause are OR-ed. `value` "-x" is not how to negate: use `negate`. */
export type FilterPredicate =
  | { attribute: string; value: string; negate?: boolean | undefined }
  | { attribute: string; op: '<' | '<=' | '=' | '!=' | '>=' | '>'; number: number }
  | { attribute: string; min: number; max: number };
/** Predicates OR-ed together. */
export type FilterClause = readonly FilterPredicate[];

export interface SearchRequest {
  query?: string | undefined;
  /** Facet refinements: OR within a facet, AND across facets. */
  filters?: Partial<Record<string, readonly (string | number | boolean)[]>> | undefined;
  /** More conditions, AND-ed with each other and with `filters` (Algolia's facetFilters shape). */
  clauses?: readonly FilterClause[] | undefined;
  /** Facets to count ("*" = all). Default: none. */
  facets?: readonly string[] | '*' | undefined;
  /**
   * "disjunctive" (default): a facet's counts ignore that facet's own refinements, so every
   * value shows how many results picking it would add. "conjunctive": counts over the results.
   */
  facetCounting?: 'disjunctive' | 'conjunctive' | undefined;
  sort?: ProductSort | undefined;
  /** 0-based. */
  page?: number | undefined;
  /** Default 20; 0 = counts only (no records are downloaded). */
  hitsPerPage?: number | undefined;
}

/** A hit: the fields of `ProductDocument` a results list shows (names as in Meilisearch). */
export interface ProductHit {
  id: string;
  name: string;
  /** The English name, when the data has it (shown on `/en/`). */
  nameEn?: string;
  producer: string;
  producerName: string;
  producerType: ProducerType;
  province: string;
  provinceName: string;
  categoryGroup: string;
  categoryNhom: string;
  categoryLeaf: string;
  stars: number;
  certificateStatus: CertificateState;
  certifiedOn: number;
  validUntil: number;
  hasImage: boolean;
  /** Only for products one can order: the code, and what a quick "add" puts in the cart. */
  code?: string;
  offerCount?: number;
  orderSku?: string;
  orderQuantity?: number;
}

export interface FacetStats {
  min: number;
  max: number;
  avg: number;
  sum: number;
}

export interface SearchResult {
  hits: ProductHit[];
  nbHits: number;
  page: number;
  nbPages: number;
  hitsPerPage: number;
  /** facet → value → count (values with no results left out), most frequent first. */
  facets: Record<string, Record<string, number>>;
  facetsStats: Record<string, FacetStats>;
  processingTimeMS: number;
  query: string;
  words: QueryWord[];
}
