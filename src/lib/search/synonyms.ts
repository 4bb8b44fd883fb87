/**
 * Synonyms for every index of both engines (Meilisearch and the server-less fallback), built
 * from the province data: each of the 63 pre-2025 province names (and their aliases), with and
 * without diacritics, leads to the 2025 province it became part of ("Thái Bình" and "thai binh"
 * → "Hưng Yên"). Plus the everyday equivalences people type (`synonym-groups.ts`): cafe ↔ cà
 * phê, HTX ↔ hợp tác xã, TP HCM ↔ Hồ Chí Minh ↔ Sài Gòn…, and one-way ones (Hà Tây → Hà Nội).
 *
 * Meilisearch folds case and diacritics in synonyms as in queries; both spellings are listed
 * anyway so the table reads the way people type and survives a change of normalisation.
 */
import { FORMER_PROVINCES, getProvince } from '../domain/provinces.ts';
import type { FormerProvince, Province } from '../../schemas/province.ts';
import { foldVietnamese, stripDiacritics } from '../domain/vietnamese.ts';
import { EVERYDAY_SYNONYM_GROUPS, ONE_WAY_SYNONYMS } from './synonym-groups.ts';
import { MAX_SYNONYM_WORDS } from './synonym-limit.ts';

export type SynonymTable = Record<string, string[]>;

export { EVERYDAY_SYNONYM_GROUPS, ONE_WAY_SYNONYMS };

export { MAX_SYNONYM_WORDS };

const wordCount = (name: string) => name.split(/[\s\-\u2013\u2014]+/).filter(Boolean).length;

/**
 * Keys for one name: the name itself, or — when it has more than three words, which Meilisearch
 * cannot match as one synonym — its parts around dashes ("Bà Rịa - Vũng Tàu" → "Bà Rịa" and
 * "Vũng Tàu": a query of all four words then matches both parts).
 */
function synonymKeys(name: string): string[] {
  if (wordCount(name) <= MAX_SYNONYM_WORDS) return [name];
  return name
    .split(/\s+[-\u2013\u2014]\s+|\s*[\u2013\u2014]\s*/)
    .map((part) => part.trim())
    .filter((part) => part && wordCount(part) <= MAX_SYNONYM_WORDS);
}

/**
 * The names a former province is known by, as synonym keys: its name and aliases, each with and
 * without marks, long names split into parts.
 */
export function formerProvinceNames(former: FormerProvince): string[] {
  const names = [former.name, ...(former.aliases ?? [])].flatMap(synonymKeys);
  return [...new Set(names.flatMap((n) => [n, stripDiacritics(n)]))];
}

function add(table: Map<string, Set<string>>, from: string, to: string): void {
  if (foldVietnamese(from) === foldVietnamese(to)) return;
  let set = table.get(from);
  if (!set) table.set(from, (set = new Set()));
  set.add(to);
}

/**
 * The synonym table for `FORMER_PROVINCES` (or the given list): one-way former name → successor
 * name (and `ONE_WAY_SYNONYMS`), mutual within the everyday groups. Keys and values are sorted so equal input gives an
 * identical table (a re-index changes nothing).
 */
export function buildSynonyms(
  formerProvinces: readonly FormerProvince[] = FORMER_PROVINCES,
  provinceOf: (slug: string) => Province | undefined = getProvince,
): SynonymTable {
  const table = new Map<string, Set<string>>();
  for (const former of formerProvinces) {
    const successor = provinceOf(former.successor);
    if (!successor) {
      throw new RangeError(
        `Former province ${former.slug}: no 2025 province "${former.successor}"`,
      );
    }
    for (const name of formerProvinceNames(former)) add(table, name, successor.name);
  }
  for (const group of EVERYDAY_SYNONYM_GROUPS) {
    for (const from of group) for (const to of group) add(table, from, to);
  }
  for (const [from, to] of ONE_WAY_SYNONYMS) {
    for (const name of [from, stripDiacritics(from)]) add(table, name, to);
  }
  const collator = new Intl.Collator('vi');
  const sorted: SynonymTable = {};
  for (const key of [...table.keys()].sort(collator.compare)) {
    sorted[key] = [...table.get(key)!].sort(collator.compare);
  }
  return sorted;
}

/** Former names that lead to `successorName` in `table` (for checks and tests). */
export function synonymsLeadingTo(table: SynonymTable, successorName: string): string[] {
  return Object.entries(table)
    .filter(([, to]) => to.includes(successorName))
    .map(([from]) => from);
}
