/**
 * Synonyms in the server-less engine (pure): the table Meilisearch gets (`buildSynonyms()` in
 * `../synonyms.ts`, the one source), folded and compacted into the manifest at build time, and
 * read back in the browser to expand queries as Meilisearch does: a phrase of one to three
 * query words that is a key of the table matches its own words, or the words of any of its
 * synonyms ("thai binh" → "hung yen"; "cafe" → "ca phe", "coffee"…).
 */
import { MAX_SYNONYM_WORDS } from '../synonym-limit.ts';
import type { SynonymTable } from '../synonyms.ts';
import type { QueryWord } from './query.ts';
import { tokenize } from './text.ts';

/** Folded phrase → the folded phrases it also matches. */
export type Synonyms = Map<string, string[]>;

const folded = (phrase: string) =>
  tokenize(phrase)
    .map((t) => t.folded)
    .join(' ');

/**
 * The table folded (case and diacritics, as both engines compare), without the entries folding
 * makes pointless, as `from>to|to;from>to`.
 */
export function compactSynonyms(table: SynonymTable): string {
  const map = new Map<string, Set<string>>();
  for (const [from, tos] of Object.entries(table)) {
    const key = folded(from);
    if (!key) continue;
    for (const to of tos) {
      const value = folded(to);
      if (!value || value === key) continue;
      let set = map.get(key);
      if (!set) map.set(key, (set = new Set()));
      set.add(value);
    }
  }
  return [...map.keys()]
    .sort()
    .map((key) => `${key}>${[...map.get(key)!].sort().join('|')}`)
    .join(';');
}

/** The manifest's `synonyms` field, read. */
export function decodeSynonyms(text: string): Synonyms {
  const synonyms: Synonyms = new Map();
  for (const entry of text ? text.split(';') : []) {
    const [from, to] = entry.split('>');
    if (from && to) synonyms.set(from, to.split('|'));
  }
  return synonyms;
}

/** One or more typed words matched together: as typed, or as one of their synonyms. */
export interface QueryTerm {
  words: QueryWord[];
  /** Synonym phrases, as words (matched whole). */
  synonyms: QueryWord[][];
}

const synonymWord = (word: string): QueryWord => ({
  text: word,
  folded: word,
  exact: word,
  prefix: false,
});

/**
 * The query's terms: from the left, the longest phrase (three words, then two, then one) that
 * the table knows becomes one term with its synonyms; any other word is a term alone.
 */
export function queryTerms(words: readonly QueryWord[], synonyms: Synonyms): QueryTerm[] {
  const terms: QueryTerm[] = [];
  for (let i = 0; i < words.length;) {
    let length = Math.min(MAX_SYNONYM_WORDS, words.length - i);
    for (; length > 0; length--) {
      const phrase = words
        .slice(i, i + length)
        .map((w) => w.folded)
        .join(' ');
      const to = synonyms.get(phrase);
      if (to) {
        terms.push({
          words: words.slice(i, i + length),
          synonyms: to.map((p) => p.split(' ').map(synonymWord)),
        });
        break;
      }
    }
    if (length === 0) {
      terms.push({ words: [words[i]!], synonyms: [] });
      length = 1;
    }
    i += length;
  }
  return terms;
}
