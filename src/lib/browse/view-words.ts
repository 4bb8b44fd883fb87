/**
 * The words a browse page adds to its title for its view: the narrowing ("Hà Nội – 5 sao"), the
 * sort when it is not the default, the expired part (`het-han/`).
 */
import type { Locale } from '../i18n/locales.ts';
import { browseStrings } from '../i18n/ui/browse.ts';
import { valueLabel } from './labels.ts';
import { DEFAULT_SORT } from './listing-order.ts';
import type { ListingView } from './listing-url.ts';

export function viewTitle(base: string, view: ListingView, locale: Locale): string {
  const s = browseStrings(locale);
  const narrowed = view.narrowing
    ? s.narrowedTitle(base, valueLabel(view.narrowing.by, view.narrowing.value, locale))
    : base;
  if (view.lapsed) return `${narrowed} (${s.lapsed()})`;
  return view.sort && view.sort !== DEFAULT_SORT ? `${narrowed} (${s.sorts[view.sort]})` : narrowed;
}
