/**
 * What the page changed in the address it was opened with (`url-filters.ts`): a former
 * province read as its 2025 province, a value that means nothing here left out. Shown once,
 * above the results, in words that name the value.
 */
import { fill, type SearchConfig } from './search-config.ts';
import type { UrlFilterNotice } from './url-filters.ts';

export function noticeText(notice: UrlFilterNotice, config: SearchConfig): string {
  const { page, formerProvinceNames, labels } = config;
  if (notice.kind === 'moved') {
    return fill(page.movedProvince, {
      from: formerProvinceNames[notice.from] ?? notice.from,
      to: labels.values.province[notice.to] ?? notice.to,
    });
  }
  return fill(page.droppedFilter, { param: notice.param, value: notice.value });
}

export function UrlNotices({
  notices,
  config,
}: {
  notices: readonly UrlFilterNotice[];
  config: SearchConfig;
}) {
  if (!notices.length) return null;
  return (
    <ul
      aria-label={config.page.notices}
      className="mt-3 space-y-1 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm"
      data-testid="search-url-notices"
    >
      {notices.map((notice) => (
        <li key={`${notice.kind}:${notice.kind === 'moved' ? notice.from : notice.value}`}>
          {noticeText(notice, config)}
        </li>
      ))}
    </ul>
  );
}
