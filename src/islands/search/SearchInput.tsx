/**
 * The search box, from the `useSearchBox` hook rather than the stock widget, so its name,
 * buttons and status speak the page's language (the stock one names the input "Search").
 */
import { useEffect, useState } from 'react';
import { useInstantSearch, useSearchBox } from 'react-instantsearch';
import type { SearchConfig } from './search-config.ts';

export function SearchInput({ config }: { config: SearchConfig }) {
  const { query, refine, clear } = useSearchBox();
  const { status } = useInstantSearch();
  const [value, setValue] = useState(query);
  const { labels } = config;

  // Back/forward and "clear all" change the query from outside: follow it.
  useEffect(() => {
    setValue(query);
  }, [query]);

  return (
    <form
      role="search"
      className="relative flex"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        refine(value);
      }}
    >
      <label htmlFor="search-input" className="sr-only">
        {labels.ui.searchLabel}
      </label>
      <input
        id="search-input"
        type="search"
        value={value}
        placeholder={labels.ui.placeholder}
        autoComplete="off"
        autoCorrect="off"
        spellCheck={false}
        enterKeyHint="search"
        maxLength={200}
        className="border-brand-600 min-h-12 w-full rounded-lg border-2 bg-white px-4 pr-24 text-base focus:outline-3 focus:outline-amber-600 [&::-webkit-search-cancel-button]:hidden"
        onChange={(event) => {
          setValue(event.currentTarget.value);
          refine(event.currentTarget.value);
        }}
      />
      {value && (
        <button
          type="button"
          className="absolute top-1 right-12 inline-flex size-10 items-center justify-center rounded-md"
          aria-label={labels.ui.reset}
          onClick={() => {
            setValue('');
            clear();
          }}
        >
          <span aria-hidden="true">✕</span>
        </button>
      )}
      <button
        type="submit"
        className="bg-brand-700 absolute top-1 right-1 inline-flex size-10 items-center justify-center rounded-md text-white"
        aria-label={labels.ui.submit}
      >
        <svg
          aria-hidden="true"
          width="18"
          height="18"
          viewBox="0 0 24 24"
          fill="none"
          stroke="currentColor"
          strokeWidth="2.5"
        >
          <circle cx="11" cy="11" r="7" />
          <path d="m20 20-4-4" />
        </svg>
      </button>
      {status === 'stalled' && <span className="sr-only">{labels.ui.loading}</span>}
    </form>
  );
}
