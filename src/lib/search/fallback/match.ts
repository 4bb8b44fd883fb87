/**
 * Query terms → the documents they match, with their relevance (pure). Every term must match
 * (AND); a term matches as typed or as one of its synonyms (`synonym-terms.ts`), whichever
 * ranks best on that document. Each word's flags come from `match-word.ts`.
 */
import type { Loaded } from './load.ts';
import { ANYWHERE, EXACT, IN_NAME, IN_OTHER, MATCH, WHOLE, type WordMatch } from './match-word.ts';
import type { QueryWord } from './query.ts';
import { relevance, pairDistance, FAR, type MatchSummary } from './rank.ts';
import type { QueryTerm } from './synonym-terms.ts';

/** Documents matching a query, with their relevance (higher is better). */
export interface Matches {
  ids: Int32Array;
  scores: Float64Array;
}

/** Every document, all equally relevant (an empty query). */
export function everyDocument(n: number): Matches {
  const ids = new Int32Array(n);
  for (let i = 0; i < n; i++) ids[i] = i;
  return { ids, scores: new Float64Array(n) };
}

/** How one way of matching a term (as typed, or a synonym) fares on a document. */
interface Way extends MatchSummary {
  words: readonly WordMatch[];
  score: number;
}

/** One way of matching a term on one document, scored as a query of its own; undefined if it fails. */
function wayOn(
  words: readonly WordMatch[],
  kind: 'word' | 'phrase' | 'synonym',
  at: { id: number; province: number; leaf: number },
  withDiacritics: boolean,
): Way | undefined {
  const { id } = at;
  const synonym = kind === 'synonym';
  const way: Way = {
    words,
    score: 0,
    typos: 0,
    descriptionOnly: 0,
    distance: 0,
    exact: 0,
    inName: 0,
    whole: 0,
    synonyms: 0,
  };
  let exact = withDiacritics;
  let inName = true;
  let whole = true;
  for (let w = 0; w < words.length; w++) {
    const m = words[w]!;
    const f = m.flags[id]!;
    if (!(f & ANYWHERE)) return undefined;
    way.typos += m.typos[id]!;
    if (!(f & MATCH)) way.descriptionOnly++;
    if (w > 0) {
      // A known phrase (a key of the synonym table: a former province, "hợp tác xã"…) in the
      // fields that keep no positions is taken as found whole.
      const together = kind !== 'word' && f & words[w - 1]!.flags[id]! & IN_OTHER;
      const distance = together ? 0 : pairDistance(words[w - 1]!, m, at);
      // A synonym of several words matches only as a phrase, as in Meilisearch: "bac kan" →
      // "Thái Nguyên" does not find "Thái Bình" with "Nguyễn" in the name.
      if (synonym && distance > 0) return undefined;
      way.distance += distance;
    }
    if (!(f & EXACT)) exact = false;
    if (!(f & IN_NAME)) inName = false;
    if (!(f & WHOLE)) whole = false;
  }
  // A synonym stands for the phrase as typed: as exact as the person typed it.
  way.exact = exact || (synonym && withDiacritics) ? 1 : 0;
  way.inName = inName ? 1 : 0;
  way.whole = whole ? 1 : 0;
  way.synonyms = synonym ? 1 : 0;
  way.score = relevance(way);
  return way;
}

/**
 * Documents matching every term (AND), with their relevance. `matchOf` gives the `WordMatch` of
 * each word of the terms (typed words and synonym words).
 */
export function matchAll(
  loaded: Loaded,
  terms: readonly QueryTerm[],
  matchOf: (word: QueryWord) => WordMatch,
  withDiacritics: boolean,
): Matches {
  const { n } = loaded;
  if (!terms.length) return everyDocument(n);
  const ways = terms.map((t) =>
    [t.words, ...t.synonyms].map((words, i) => ({
      words: words.map(matchOf),
      kind:
        i > 0 ? ('synonym' as const) : t.synonyms.length ? ('phrase' as const) : ('word' as const),
    })),
  );
  const province = loaded.columns.province.codes;
  const leaf = loaded.columns.categoryLeaf.codes;
  const ids: number[] = [];
  const scores: number[] = [];
  const chosen: Way[] = [];
  for (let id = 0; id < n; id++) {
    const at = { id, province: province[id]!, leaf: leaf[id]! };
    chosen.length = 0;
    for (const termWays of ways) {
      let best: Way | undefined;
      for (const way of termWays) {
        const found = wayOn(way.words, way.kind, at, withDiacritics);
        if (found && (!best || found.score > best.score)) best = found;
      }
      if (!best) break;
      chosen.push(best);
    }
    if (chosen.length < terms.length) continue;
    const summary: MatchSummary = {
      typos: 0,
      descriptionOnly: 0,
      distance: 0,
      exact: 0,
      inName: 0,
      whole: 0,
      synonyms: 0,
    };
    chosen.forEach((way, t) => {
      summary.typos += way.typos;
      summary.descriptionOnly += way.descriptionOnly;
      summary.distance += way.distance;
      if (t > 0) summary.distance += pairDistance(chosen[t - 1]!.words.at(-1)!, way.words[0]!, at);
      summary.exact += way.exact;
      summary.inName += way.inName;
      summary.whole += way.whole;
      summary.synonyms += way.synonyms;
    });
    summary.distance = Math.min(summary.distance, FAR);
    ids.push(id);
    scores.push(relevance(summary));
  }
  return { ids: Int32Array.from(ids), scores: Float64Array.from(scores) };
}
