/**
 * Result cards (picture, name, stars with today's status, producer and province, quick add to
 * cart), and the empty state with ways out.
 */
import { useClearRefinements, useHits, useInstantSearch } from 'react-instantsearch';
import { statusOn } from '../../lib/domain/certificate-status.ts';
import { todayInVietnam } from '../../lib/domain/dates.ts';
import { localized } from '../../lib/i18n/localized.ts';
import { starsPhrase, statusPhrase } from '../../lib/i18n/standing-words.ts';
import { STATUS_BADGE_TONE, STATUS_ICON } from '../../components/ui/status-look.ts';
import { HitCart } from './HitCart.tsx';
import { HitPicture } from './HitPicture.tsx';
import { fill, type ProductHit, type SearchConfig } from './search-config.ts';

const isoFromNumber = (n: number) => {
  const s = String(n);
  return `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}`;
};

/** Status today, by the one rule (`statusOn`): the index may be days old. */
const statusToday = (hit: ProductHit) =>
  statusOn(isoFromNumber(hit.validUntil), hit.certificateStatus === 'revoked', todayInVietnam());

const GRID = 'grid grid-cols-1 gap-3 sm:grid-cols-2 xl:grid-cols-3';
const CARD = 'flex w-full gap-3 rounded-xl border border-gray-200 p-3 sm:flex-col';

/**
 * Before the first answer: empty cards of the results' shape, so the page is laid out as it
 * will be (nothing claims a count, nothing moves when the cards fill in).
 */
function WaitingCards() {
  return (
    <ol className={GRID} aria-hidden="true" data-testid="search-hits-waiting">
      {[0, 1, 2, 3, 4, 5].map((i) => (
        <li key={i} className="flex">
          <div className={CARD}>
            <div className="aspect-[4/3] w-24 shrink-0 self-start rounded-lg bg-gray-100 sm:w-full" />
            <div className="flex min-w-0 flex-1 flex-col gap-2 py-1">
              <div className="h-5 w-3/4 rounded bg-gray-100" />
              <div className="h-4 w-1/2 rounded bg-gray-100" />
              <div className="h-4 w-2/3 rounded bg-gray-100" />
              <div className="h-9 w-1/3 rounded bg-gray-100" />
            </div>
          </div>
        </li>
      ))}
    </ol>
  );
}

export function SearchHits({ config }: { config: SearchConfig }) {
  const { items } = useHits<ProductHit>();
  const { results, indexUiState, status } = useInstantSearch();
  const { refine: clearAll, canRefine } = useClearRefinements();
  const { labels } = config;

  if (results.__isArtificial === true) return <WaitingCards />;
  if (!items.length && status === 'idle') {
    return (
      <div className="rounded-xl border border-gray-200 p-6" data-testid="search-empty">
        <p className="font-semibold">
          {fill(labels.ui.noResults, { q: indexUiState.query ?? '' })}
        </p>
        <ul className="text-muted mt-2 list-disc pl-5 text-sm">
          {labels.ui.noResultsHints.map((hint) => (
            <li key={hint}>{hint}</li>
          ))}
        </ul>
        {canRefine && (
          <button
            type="button"
            onClick={clearAll}
            className="bg-brand-700 mt-3 inline-flex min-h-11 items-center rounded-md px-4 font-semibold text-white"
          >
            {labels.ui.clearAll}
          </button>
        )}
      </div>
    );
  }

  return (
    <ol className={GRID} data-testid="search-hits">
      {items.map((hit) => {
        const status = statusToday(hit);
        const slug = hit.id ?? hit.objectID;
        const name = localized(hit.name, hit.nameEn, config.locale);
        return (
          <li key={slug} className="flex">
            <article
              className={`${CARD} relative shadow-sm focus-within:ring-2 focus-within:ring-amber-600`}
              data-hit={slug}
            >
              <HitPicture
                slug={slug}
                leaf={hit.categoryLeaf}
                hasImage={hit.hasImage}
                config={config}
              />
              <div className="flex min-w-0 flex-1 flex-col gap-1">
                <h2
                  className="text-base leading-snug font-semibold"
                  lang={name.fallback ? name.lang : undefined}
                >
                  <a href={`${config.productPath}${slug}/`} className="card-link">
                    {name.text}
                  </a>
                </h2>
                <p className="flex flex-wrap gap-1 text-xs">
                  <span className="text-star rounded-full border border-amber-300 bg-amber-50 px-2 py-0.5 font-semibold">
                    <span aria-hidden="true">{'★'.repeat(hit.stars)} </span>
                    {starsPhrase(hit.stars, config.locale)}
                  </span>
                  <span
                    className={`rounded-full border px-2 py-0.5 font-semibold ${STATUS_BADGE_TONE[status.state]}`}
                    data-state={status.state}
                  >
                    <span aria-hidden="true">{STATUS_ICON[status.state]} </span>
                    {statusPhrase(status, config.locale)}
                  </span>
                </p>
                <p className="text-muted text-sm" lang="vi">
                  {hit.producerName} · {hit.provinceName}
                </p>
                <HitCart
                  hit={hit}
                  href={`${config.productPath}${slug}/#dat-hang`}
                  state={status.state}
                  config={config}
                />
              </div>
            </article>
          </li>
        );
      })}
    </ol>
  );
}
