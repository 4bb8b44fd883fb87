/**
 * Filters read from a search URL, checked against the site's vocabularies: a former (pre-2025)
 * province's slug becomes its 2025 province, any other value that is not a known slug or code
 * (province, group, star level, producer type, status, sort) is dropped; each change becomes a
 * notice the page shows, and the rest of the URL is kept. Pure functions, unit-tested; the
 * vocabularies come from the build (`SearchPage.astro`), so the island ships no province table.
 */
import {
  FACET_ATTRIBUTES,
  FACET_PARAMS,
  SEPARATOR,
  SORT_PARAMS,
  searchToState,
  type FacetAttribute,
  type SearchUrlState,
} from './search-state.ts';

export interface FilterVocabulary {
  /** Every value a facet may take (slugs and codes). */
  values: Record<FacetAttribute, readonly string[]>;
  /** Former province slugs that are not 2025 slugs → their 2025 province. */
  formerProvinces: Readonly<Record<string, string>>;
}

export type UrlFilterNotice =
  /** `from` (a former province slug) now belongs to `to` (a 2025 province slug). */
  | { kind: 'moved'; from: string; to: string }
  /** A value that means nothing here, as the URL spelled it (cut to 40 characters). */
  | { kind: 'dropped'; param: string; value: string };

export interface CheckedSearch {
  state: SearchUrlState;
  notices: UrlFilterNotice[];
}

const MAX_VALUES = 40;
const shown = (value: string) => (value.length > 40 ? `${value.slice(0, 39)}…` : value);

/** One facet's raw values → the known ones, former provinces replaced, with notices. */
function checkFacet(
  attribute: FacetAttribute,
  raw: string,
  vocabulary: FilterVocabulary,
  notices: UrlFilterNotice[],
): string[] {
  const known = new Set(vocabulary.values[attribute]);
  const kept: string[] = [];
  for (const value of raw.split(SEPARATOR)) {
    if (!value) continue;
    const successor =
      attribute === 'province' && !known.has(value) ? vocabulary.formerProvinces[value] : undefined;
    if (known.has(value)) kept.push(value);
    else if (successor) {
      notices.push({ kind: 'moved', from: value, to: successor });
      kept.push(successor);
    } else notices.push({ kind: 'dropped', param: FACET_PARAMS[attribute], value: shown(value) });
  }
  return [...new Set(kept)].slice(0, MAX_VALUES);
}

/** The state a search URL asks for, once checked, and what was changed on the way. */
export function checkSearch(search: string, vocabulary: FilterVocabulary): CheckedSearch {
  const params = new URLSearchParams(search);
  const { query, sort, page } = searchToState(search);
  const notices: UrlFilterNotice[] = [];
  const refinements: SearchUrlState['refinements'] = {};
  for (const attribute of FACET_ATTRIBUTES) {
    const raw = params.get(FACET_PARAMS[attribute]);
    if (raw === null) continue;
    const values = checkFacet(attribute, raw, vocabulary, notices);
    if (values.length) refinements[attribute] = values;
  }
  const sortParam = params.get('sap-xep');
  if (sortParam && !Object.values(SORT_PARAMS).includes(sortParam as never)) {
    notices.push({ kind: 'dropped', param: 'sap-xep', value: shown(sortParam) });
  }
  return { state: { query, refinements, sort, page }, notices };
}
