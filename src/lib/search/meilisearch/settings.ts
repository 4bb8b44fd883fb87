/**
 * The public indexes and their settings. Searchable attributes are listed from the most to the
 * least telling (a match in the name beats one in the description). Facets filter on slugs and
 * codes, never display names: Meilisearch filters are not accent-insensitive ("Thanh Hoá" would
 * miss "Thanh Hóa"). `nameOrder` (Vietnamese alphabetical rank), `nameAliases` (cafe for cà
 * phê…), `provinceAliases` (former names of the province) and `descriptionLead` come from
 * `prepare-documents.ts`. The matching strategy is a search parameter (`search-params.ts`). The
 * choices are measured by `npm run bench:relevance` (docs/search.md, "Relevance").
 */
import type { Settings } from 'meilisearch';
import type { ProductSort, SearchDocuments } from '../documents.ts';
import {
  PRODUCER_FILTER_ATTRIBUTES,
  PRODUCT_FILTER_ATTRIBUTES,
  SALES_POINT_FILTER_ATTRIBUTES,
} from './filters.ts';
import { buildSynonyms, type SynonymTable } from '../synonyms.ts';

export type SearchIndexKey = keyof SearchDocuments;

/** Live index names: what the site searches and the public key may read. */
export const SEARCH_INDEXES = {
  products: 'products',
  producers: 'producers',
  salesPoints: 'sales-points',
} as const satisfies Record<SearchIndexKey, string>;

export const SEARCH_INDEX_KEYS = Object.keys(SEARCH_INDEXES) as SearchIndexKey[];
export const PUBLIC_INDEX_NAMES: readonly string[] = Object.values(SEARCH_INDEXES);

/**
 * Meilisearch stops counting at 1,000 hits by default: the page would say "1,000 results" for
 * 20,000 products and could not page further. Measured at 20,000 products: exact counts, 1 ms for
 * a first page with five facets, 22 ms for page 900 sorted by name.
 */
const pagination = { maxTotalHits: 100_000 };

/** Meilisearch's default rules, then a tie-break between equally relevant documents. */
const rankingRules = (tieBreak: string) => [
  'words',
  'typo',
  'proximity',
  'attribute',
  'sort',
  'exactness',
  tieBreak,
];

export function productSettings(synonyms: SynonymTable): Settings {
  return {
    searchableAttributes: [
      // A product's six-character code (`/p/<code>/`): the client sends a typed code as the
      // code itself (`codeInQuery`), which matches no name.
      'code',
      'name',
      'nameAliases',
      'nameEn',
      'producerName',
      'provinceName',
      'formerProvinceNames',
      'provinceAliases',
      // The category names without "Sản phẩm", "và", "các", "khác" (`category-words.ts`).
      'categoryWords',
      // The description's first sentence, what the product is made of (`description-lead.ts`):
      // the rest (taste, use, awards) matched honey for "tea" and coffee for "sugar"
      // (docs/search.md, "Relevance").
      'descriptionLead',
    ],
    filterableAttributes: [...PRODUCT_FILTER_ATTRIBUTES, 'certifiedOn', 'validUntil', 'hasImage'],
    // `nameOrder` is the Vietnamese order; `name` (Meilisearch's order: folded, Đ after Z) is
    // sortable only so a client asking for `name:asc` gets an answer rather than an error.
    sortableAttributes: ['stars', 'certifiedOn', 'nameOrder', 'name'],
    rankingRules: rankingRules('stars:desc'),
    // Category words match as typed (with prefixes and synonyms), never a typo away: they list
    // many things, and "khoang" found "không cồn", "trang" found "trứng" (docs/search.md,
    // "Relevance"). A typo still finds the products that name the word.
    typoTolerance: { disableOnAttributes: ['categoryWords'] },
    displayedAttributes: ['*'],
    synonyms,
    faceting: { maxValuesPerFacet: 100 },
    pagination,
  };
}

export function producerSettings(synonyms: SynonymTable): Settings {
  return {
    searchableAttributes: ['name', 'nameAliases', 'provinceName', 'provinceAliases'],
    filterableAttributes: [...PRODUCER_FILTER_ATTRIBUTES],
    sortableAttributes: ['nameOrder', 'productCount'],
    rankingRules: rankingRules('productCount:desc'),
    displayedAttributes: ['*'],
    synonyms,
    faceting: { maxValuesPerFacet: 100 },
    pagination,
  };
}

export function salesPointSettings(synonyms: SynonymTable): Settings {
  return {
    searchableAttributes: ['name', 'nameAliases', 'address', 'provinceName', 'provinceAliases'],
    filterableAttributes: [...SALES_POINT_FILTER_ATTRIBUTES, '_geo'],
    sortableAttributes: ['_geo', 'nameOrder'],
    rankingRules: rankingRules('nameOrder:asc'),
    displayedAttributes: ['*'],
    synonyms,
    faceting: { maxValuesPerFacet: 100 },
    pagination,
  };
}

/** Settings of every index, sharing one synonym table. */
export function indexSettings(
  synonyms: SynonymTable = buildSynonyms(),
): Record<SearchIndexKey, Settings> {
  return {
    products: productSettings(synonyms),
    producers: producerSettings(synonyms),
    salesPoints: salesPointSettings(synonyms),
  };
}

/** Sort orders the search page offers, as Meilisearch `sort` arrays (relevance: none). */
export const PRODUCT_SORT_EXPRESSIONS = {
  relevance: [],
  stars: ['stars:desc', 'certifiedOn:desc'],
  newest: ['certifiedOn:desc'],
  name: ['nameOrder:asc'],
} as const satisfies Record<ProductSort, readonly string[]>;
