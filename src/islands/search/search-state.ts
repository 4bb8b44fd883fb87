/**
 * The search page's state in the URL: short, readable, shareable keys
 * (`?q=banh+cay&tinh=ha-noi~hue&sao=5&sap-xep=sao&trang=2`). Pure functions, unit-tested.
 */
export const FACET_PARAMS = {
  province: 'tinh',
  categoryGroup: 'nganh',
  stars: 'sao',
  producerType: 'loai',
  certificateStatus: 'tinh-trang',
} as const;

export type FacetAttribute = keyof typeof FACET_PARAMS;
export const FACET_ATTRIBUTES = Object.keys(FACET_PARAMS) as FacetAttribute[];

export const SORT_PARAMS = {
  relevance: '',
  stars: 'sao',
  newest: 'moi',
  name: 'ten',
} as const;
export type SortKey = keyof typeof SORT_PARAMS;

export interface SearchUrlState {
  query: string;
  refinements: Partial<Record<FacetAttribute, string[]>>;
  sort: SortKey;
  page: number;
}

export const SEPARATOR = '~';
/** Facet values are slugs and codes: anything else in a URL is dropped, not passed on. */
const SAFE_VALUE = /^[A-Za-z0-9.-]{1,40}$/;

export function stateToSearch(state: SearchUrlState): string {
  const params = new URLSearchParams();
  if (state.query.trim()) params.set('q', state.query.trim());
  for (const attribute of FACET_ATTRIBUTES) {
    const values = state.refinements[attribute];
    if (values?.length) params.set(FACET_PARAMS[attribute], values.join(SEPARATOR));
  }
  if (state.sort !== 'relevance') params.set('sap-xep', SORT_PARAMS[state.sort]);
  if (state.page > 1) params.set('trang', String(state.page));
  const search = params.toString();
  return search ? `?${search}` : '';
}

export function searchToState(search: string): SearchUrlState {
  const params = new URLSearchParams(search);
  const refinements: SearchUrlState['refinements'] = {};
  for (const attribute of FACET_ATTRIBUTES) {
    const raw = params.get(FACET_PARAMS[attribute]);
    const values = raw?.split(SEPARATOR).filter((v) => SAFE_VALUE.test(v)) ?? [];
    if (values.length) refinements[attribute] = [...new Set(values)].slice(0, 40);
  }
  const sortParam = params.get('sap-xep') ?? '';
  const sort =
    (Object.entries(SORT_PARAMS).find(([, v]) => v && v === sortParam)?.[0] as
      SortKey | undefined) ?? 'relevance';
  const page = Math.max(1, Math.min(1000, Number.parseInt(params.get('trang') ?? '1', 10) || 1));
  return { query: (params.get('q') ?? '').slice(0, 200), refinements, sort, page };
}

/** Index names as InstantSearch sees them; sorts are "virtual replicas" in Meilisearch's style. */
export const INDEX = 'products';
export const SORT_INDEX: Record<SortKey, string> = {
  relevance: INDEX,
  stars: `${INDEX}:stars:desc`,
  newest: `${INDEX}:certifiedOn:desc`,
  // `nameOrder` is the Vietnamese alphabetical rank (Meilisearch alone would put Đ after Z).
  name: `${INDEX}:nameOrder:asc`,
};

export function sortFromIndex(indexName: string | undefined): SortKey {
  return (
    (Object.entries(SORT_INDEX).find(([, name]) => name === indexName)?.[0] as
      SortKey | undefined) ?? 'relevance'
  );
}
