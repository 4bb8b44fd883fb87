/**
 * Whether a live index already has the wanted settings, compared by meaning rather than by text:
 * `getSettings()` answers with every setting (defaults filled in: `typoTolerance.enabled`,
 * `faceting.sortFacetValuesBy`, `stopWords: []`…), lists filterable and sortable attributes in
 * its own order, and keys synonyms in another order. Only the settings and nested fields the
 * wanted settings name are compared; lists whose order means nothing are compared as sets,
 * synonyms as a whole table (a synonym removed from `synonyms.ts` is a difference). A setting
 * dropped from `settings.ts` altogether is not seen: run `npm run index -- --full` after that.
 */
import type { Settings } from 'meilisearch';

/** Lists Meilisearch treats as sets (their order changes nothing, and is not kept). */
const UNORDERED = new Set([
  'filterableAttributes',
  'sortableAttributes',
  'stopWords',
  'nonSeparatorTokens',
  'separatorTokens',
  'dictionary',
  'disableOnAttributes',
  'disableOnWords',
  'synonymsOfWord',
]);

/** Compared whole: both sides must have the same keys. */
const WHOLE_TABLES = new Set(['synonyms']);

const isObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

const sortedTexts = (list: readonly unknown[]) => list.map((v) => JSON.stringify(v)).sort();

function same(key: string, wanted: unknown, live: unknown): boolean {
  if (Array.isArray(wanted)) {
    if (!Array.isArray(live) || live.length !== wanted.length) return false;
    if (UNORDERED.has(key)) {
      const [a, b] = [sortedTexts(wanted), sortedTexts(live)];
      return a.every((v, i) => v === b[i]);
    }
    return wanted.every((v, i) => same(key, v, live[i]));
  }
  if (isObject(wanted)) {
    if (!isObject(live)) return false;
    if (WHOLE_TABLES.has(key)) {
      const keys = Object.keys(wanted);
      if (keys.length !== Object.keys(live).length) return false;
      return keys.every((k) => k in live && same('synonymsOfWord', wanted[k], live[k]));
    }
    return Object.entries(wanted).every(([k, v]) => v === undefined || same(k, v, live[k]));
  }
  return wanted === live;
}

/** Names of the wanted settings the live ones differ from (empty: nothing to change). */
export function settingsDifference(wanted: Settings, live: Settings): string[] {
  const liveFields = live as Record<string, unknown>;
  return Object.entries(wanted as Record<string, unknown>)
    .filter(([key, value]) => value !== undefined && !same(key, value, liveFields[key]))
    .map(([key]) => key);
}
