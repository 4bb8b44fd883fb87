/**
 * InstantSearch's history router, set up for this page: URLs from `search-state.ts` (checked by
 * `url-filters.ts`), absolute so the router can tell an unchanged URL and write nothing on load,
 * and each write pushed or replaced as `history-entries.ts` decides.
 */
import { history } from 'instantsearch.js/es/lib/routers';
import type { UiState } from 'instantsearch.js';
import { historyWrite } from './history-entries.ts';
import {
  FACET_ATTRIBUTES,
  INDEX,
  SORT_INDEX,
  sortFromIndex,
  stateToSearch,
  type SearchUrlState,
} from './search-state.ts';
import { checkSearch, type FilterVocabulary, type UrlFilterNotice } from './url-filters.ts';

/** Marks the entries a typing spell wrote, in `history.state`. */
const TYPING = 'ocopSearchTyping';

const isTyping = (state: unknown): boolean =>
  typeof state === 'object' &&
  state !== null &&
  (state as Record<string, unknown>)[TYPING] === true;

export function createRouting(vocabulary: FilterVocabulary) {
  const read = (search: string) => checkSearch(search, vocabulary).state;
  return {
    router: history<SearchUrlState>({
      cleanUrlOnDispose: false,
      createURL: ({ routeState, location }) =>
        `${location.origin}${location.pathname}${stateToSearch(routeState)}${location.hash}`,
      parseURL: ({ location }) => read(location.search),
      push(url: string) {
        const next = new URL(url);
        const write = historyWrite(
          read(window.location.search),
          read(next.search),
          isTyping(window.history.state),
        );
        window.history[write.method]({ [TYPING]: write.typing }, '', next.href);
      },
    }),
    stateMapping: {
      stateToRoute(uiState: UiState): SearchUrlState {
        const s = uiState[INDEX] ?? {};
        const refinements: SearchUrlState['refinements'] = {};
        for (const a of FACET_ATTRIBUTES) {
          const values = s.refinementList?.[a];
          if (values?.length) refinements[a] = values;
        }
        return {
          query: s.query ?? '',
          refinements,
          sort: sortFromIndex(s.sortBy),
          page: s.page ?? 1,
        };
      },
      routeToState(route: SearchUrlState): UiState {
        const refinementList: Record<string, string[]> = {};
        for (const [a, values] of Object.entries(route.refinements)) refinementList[a] = values;
        return {
          [INDEX]: {
            query: route.query,
            refinementList,
            sortBy: SORT_INDEX[route.sort],
            page: route.page,
          },
        };
      },
    },
  };
}

/**
 * Corrects the address bar to the checked search before the router reads it, without a new
 * history entry; returns what was changed (for the page's notices) and whether any filter is on.
 */
export function correctAddress(vocabulary: FilterVocabulary): {
  notices: UrlFilterNotice[];
  filtered: boolean;
} {
  const { state, notices } = checkSearch(window.location.search, vocabulary);
  const search = stateToSearch(state);
  if (notices.length && search !== window.location.search) {
    const { pathname, hash } = window.location;
    window.history.replaceState(window.history.state, '', `${pathname}${search}${hash}`);
  }
  return { notices, filtered: Object.keys(state.refinements).length > 0 };
}
