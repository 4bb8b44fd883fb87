/** The sort order as a labelled <select>, from the `useSortBy` hook (named by its visible label). */
import { useSortBy } from 'react-instantsearch';
import type { SearchConfig } from './search-config.ts';
import { SORT_INDEX } from './search-state.ts';

export function SortSelect({ config }: { config: SearchConfig }) {
  const { labels } = config;
  const { currentRefinement, options, refine } = useSortBy({
    items: [
      { label: labels.ui.sorts.relevance, value: SORT_INDEX.relevance },
      { label: labels.ui.sorts.stars, value: SORT_INDEX.stars },
      { label: labels.ui.sorts.newest, value: SORT_INDEX.newest },
      { label: labels.ui.sorts.name, value: SORT_INDEX.name },
    ],
  });
  return (
    <label className="flex items-center gap-2 text-sm">
      <span className="font-semibold">{labels.ui.sortBy}</span>
      <select
        className="min-h-11 rounded-md border border-gray-300 bg-white px-2"
        value={currentRefinement}
        onChange={(event) => {
          refine(event.currentTarget.value);
        }}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  );
}
