/**
 * The search page: free text, facets, sort, paging, all in the URL. InstantSearch widgets over
 * one search client (Meilisearch, or the server-less index when there is none).
 */
import { useMemo, useState } from 'react';
import {
  ClearRefinements,
  Configure,
  CurrentRefinements,
  InstantSearch,
  Pagination,
  RefinementList,
  useInstantSearch,
  useStats,
} from 'react-instantsearch';
import { createSearchClient } from './search-client.ts';
import { fill, type SearchConfig } from './search-config.ts';
import { FACET_ATTRIBUTES, INDEX, type FacetAttribute } from './search-state.ts';
import { correctAddress, createRouting } from './search-routing.ts';
import { UrlNotices } from './UrlNotices.tsx';
import { SearchHits } from './SearchHits.tsx';
import { SearchInput } from './SearchInput.tsx';
import { SortSelect } from './SortSelect.tsx';
import { pluralForm } from '../../lib/i18n/plural.ts';

const chip =
  'inline-flex min-h-9 items-center gap-1 rounded-full border border-brand-600 bg-white px-3 text-sm';

function Facet({ attribute, config }: { attribute: FacetAttribute; config: SearchConfig }) {
  const { labels } = config;
  const valueLabel = (value: string) =>
    attribute === 'stars'
      ? fill(labels.ui.stars, { n: value })
      : (labels.values[attribute][value] ?? value);
  return (
    <fieldset className="border-b border-gray-200 py-3">
      <legend className="text-sm font-semibold">{labels.facets[attribute]}</legend>
      <RefinementList
        attribute={attribute}
        limit={attribute === 'province' ? 8 : 10}
        showMore={attribute === 'province'}
        showMoreLimit={40}
        sortBy={attribute === 'stars' ? ['name:desc'] : ['count:desc', 'name:asc']}
        transformItems={(items) =>
          items.map((item) => ({ ...item, label: valueLabel(item.value) }))
        }
        translations={{
          showMoreButtonText: ({ isShowingMore }) =>
            isShowingMore ? labels.ui.showLess : labels.ui.showMore,
        }}
        classNames={{
          list: 'mt-1 space-y-0.5',
          label: 'flex min-h-8 cursor-pointer items-center gap-2 text-sm',
          checkbox: 'size-4 accent-brand-700',
          count: 'ml-auto rounded-full bg-gray-100 px-2 text-xs text-muted',
          showMore: 'mt-1 min-h-8 text-sm font-semibold text-brand-700 underline',
          disabledShowMore: 'hidden',
          noRefinementRoot: 'hidden',
        }}
      />
    </fieldset>
  );
}

function Filters({ config }: { config: SearchConfig }) {
  return (
    <div>
      {FACET_ATTRIBUTES.map((attribute) => (
        <Facet key={attribute} attribute={attribute} config={config} />
      ))}
    </div>
  );
}

/**
 * The count of results, or "Đang tìm…" while a search runs. Before the first answer the results
 * are InstantSearch's empty placeholder: no count is claimed from them (no "0 sản phẩm" flash).
 */
function Summary({ config }: { config: SearchConfig }) {
  const { nbHits, processingTimeMS } = useStats();
  const { status, results } = useInstantSearch();
  const answered = results.__isArtificial !== true;
  return (
    <p
      className="text-muted min-h-5 text-sm"
      role="status"
      aria-live="polite"
      data-testid="search-stats"
    >
      {!answered || status === 'loading' || status === 'stalled'
        ? config.labels.ui.loading
        : fill(
            pluralForm(nbHits, config.locale, {
              one: config.labels.ui.resultsOne,
              other: config.labels.ui.results,
            }),
            { n: nbHits },
          )}
      <span className="sr-only"> ({processingTimeMS} ms)</span>
    </p>
  );
}

/**
 * The chips of the filters in force. They come with the first answer, so their row is kept
 * from the start when the page opened with filters (`reserve`): the results do not move down.
 */
function Refinements({ config, reserve }: { config: SearchConfig; reserve: boolean }) {
  const { labels } = config;
  return (
    <div className={`flex flex-wrap items-center gap-2 ${reserve ? 'min-h-9' : ''}`}>
      <CurrentRefinements
        transformItems={(items) =>
          items.map((item) => ({
            ...item,
            label: labels.facets[item.attribute as FacetAttribute],
            refinements: item.refinements.map((r) => ({
              ...r,
              label:
                item.attribute === 'stars'
                  ? fill(labels.ui.stars, { n: String(r.value) })
                  : (labels.values[item.attribute as Exclude<FacetAttribute, 'stars'>][
                      String(r.value)
                    ] ?? String(r.value)),
            })),
          }))
        }
        classNames={{
          list: 'flex flex-wrap gap-2',
          item: 'flex flex-wrap items-center gap-1',
          label: 'sr-only',
          category: chip,
          delete:
            'ml-1 inline-flex size-6 items-center justify-center rounded-full hover:bg-gray-100',
          noRefinementRoot: 'hidden',
        }}
      />
      <ClearRefinements
        translations={{ resetButtonText: labels.ui.clearAll }}
        classNames={{
          button: 'min-h-9 rounded-md px-2 text-sm font-semibold text-brand-700 underline',
          disabledButton: 'hidden',
        }}
      />
    </div>
  );
}

export default function SearchApp(config: SearchConfig) {
  const [fallbackActive, setFallbackActive] = useState(false);
  const [drawerOpen, setDrawerOpen] = useState(false);
  const searchClient = useMemo(
    () =>
      createSearchClient(config, () => {
        setFallbackActive(true);
      }),
    [config],
  );
  // Before the router reads the address: former provinces become 2025 ones, unknown values go.
  const [{ notices, filtered }] = useState(() => correctAddress(config.vocabulary));
  const routing = useMemo(() => createRouting(config.vocabulary), [config.vocabulary]);
  const { labels } = config;

  return (
    <InstantSearch
      searchClient={searchClient as never}
      indexName={INDEX}
      routing={routing}
      future={{ preserveSharedStateOnUnmount: true }}
    >
      <Configure hitsPerPage={24} />
      {fallbackActive && config.meilisearch && (
        <p
          className="mb-3 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm"
          role="status"
          data-testid="search-fallback-notice"
        >
          {labels.ui.fallbackActive}
        </p>
      )}
      <SearchInput config={config} />
      <UrlNotices notices={notices} config={config} />
      <div className="mt-3 flex flex-wrap items-center justify-between gap-2">
        <Summary config={config} />
        <div className="flex items-center gap-2">
          <button
            type="button"
            className="border-brand-600 inline-flex min-h-11 items-center rounded-md border px-3 text-sm font-semibold lg:hidden"
            aria-expanded={drawerOpen}
            aria-controls="search-filters"
            onClick={() => {
              setDrawerOpen(true);
            }}
          >
            {labels.ui.showFilters}
          </button>
          <SortSelect config={config} />
        </div>
      </div>
      <div className="mt-2">
        <Refinements config={config} reserve={filtered} />
      </div>
      <div className="mt-4 grid gap-6 lg:grid-cols-[16rem_minmax(0,1fr)]">
        <aside
          id="search-filters"
          aria-label={labels.ui.filters}
          className={
            drawerOpen
              ? 'fixed inset-0 z-40 overflow-y-auto bg-white p-4 lg:static lg:z-auto lg:p-0'
              : 'hidden lg:block'
          }
        >
          <div className="mb-2 flex items-center justify-between lg:hidden">
            <h2 className="text-lg font-bold">{labels.ui.filters}</h2>
            <button
              type="button"
              className="bg-brand-700 inline-flex min-h-11 items-center rounded-md px-4 font-semibold text-white"
              onClick={() => {
                setDrawerOpen(false);
              }}
            >
              {labels.ui.closeFilters}
            </button>
          </div>
          <Filters config={config} />
        </aside>
        <div>
          <SearchHits config={config} />
          <Pagination
            padding={2}
            translations={{
              firstPageItemAriaLabel: labels.ui.first,
              lastPageItemAriaLabel: labels.ui.last,
              previousPageItemAriaLabel: labels.ui.previous,
              nextPageItemAriaLabel: labels.ui.next,
              pageItemAriaLabel: ({ currentPage }) => fill(labels.ui.page, { n: currentPage }),
            }}
            classNames={{
              root: 'mt-6',
              // One page or none: no arrows (they would only move when the answer comes).
              noRefinementRoot: 'hidden',
              list: 'flex flex-wrap justify-center gap-2',
              link: 'inline-flex min-h-11 min-w-11 items-center justify-center rounded-md border border-gray-300 px-3 no-underline',
              selectedItem: '[&>a]:bg-brand-700 [&>a]:text-white',
              disabledItem: 'opacity-40',
              firstPageItem: 'hidden',
              lastPageItem: 'hidden',
            }}
          />
        </div>
      </div>
    </InstantSearch>
  );
}
