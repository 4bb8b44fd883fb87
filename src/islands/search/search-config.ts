import type { SearchPageStrings } from '../../lib/i18n/ui/search-page.ts';
import type { FilterVocabulary } from './url-filters.ts';

/**
 * What the search page needs to know, decided at build time and passed to the island as props:
 * where Meilisearch is (if anywhere), the public search key, where the server-less index lives,
 * and labels for facet values in the page's language.
 */
export interface SearchLabels {
  facets: Record<
    'province' | 'categoryGroup' | 'stars' | 'producerType' | 'certificateStatus',
    string
  >;
  values: {
    province: Record<string, string>;
    categoryGroup: Record<string, string>;
    producerType: Record<string, string>;
    certificateStatus: Record<string, string>;
  };
  /** The quick "add to cart" of a result: templates with `{n}` and `{status}`. */
  cart: { add: string; addMinimum: string; morePacks: string; statusNote: string };
  ui: {
    placeholder: string;
    searchLabel: string;
    submit: string;
    reset: string;
    filters: string;
    showFilters: string;
    closeFilters: string;
    clearAll: string;
    sortBy: string;
    sorts: Record<'relevance' | 'stars' | 'newest' | 'name', string>;
    /** Templates: `{n}`, `{q}` are filled in by `fill()`. */
    results: string;
    /** `results` for one ("{n} product"). */
    resultsOne: string;
    noResults: string;
    noResultsHints: string[];
    loading: string;
    offline: string;
    fallbackActive: string;
    stars: string;
    showMore: string;
    showLess: string;
    searchIn: string;
    first: string;
    last: string;
    previous: string;
    next: string;
    page: string;
  };
}

export interface SearchConfig {
  locale: 'vi' | 'en';
  /** Meilisearch host and its search-only key, or null on a static host without one. */
  meilisearch: { host: string; searchKey: string } | null;
  /** URL of the server-less index folder. */
  fallbackUrl: string;
  /** Path of product pages: `${productPath}${slug}/`. */
  productPath: string;
  labels: SearchLabels;
  /** Values the URL's filters may take, and former provinces with their 2025 province. */
  vocabulary: FilterVocabulary;
  /** Former province slug → name, for notices ("Hải Dương nay thuộc Hải Phòng"). */
  formerProvinceNames: Record<string, string>;
  /** The results' photo files: `${base}${photoShard(slug, count)}.json`. */
  photos: { base: string; count: number };
  /** The page's own words (notices, result cards); the no-JavaScript ones stay in the HTML. */
  page: Omit<SearchPageStrings, 'noScript'>;
}

/** Fills `{name}` placeholders: labels travel to the island as JSON, so no functions. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in values ? String(values[key]) : whole,
  );
}

/** A product result as the page shows it (Meilisearch and the server-less index agree on it). */
export interface ProductHit {
  objectID: string;
  id?: string;
  name: string;
  nameEn?: string | undefined;
  producerName: string;
  provinceName: string;
  stars: number;
  certificateStatus: string;
  certifiedOn: number;
  /** Last valid day, YYYYMMDD: the card works out today's status from it (`statusOn`). */
  validUntil: number;
  categoryLeaf: string;
  hasImage: boolean;
  code?: string;
  offerCount?: number;
  orderSku?: string;
  orderQuantity?: number;
}
