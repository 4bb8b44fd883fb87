/**
 * Typo tolerance on Meilisearch's rule (pure). A query word of 5 to 8 letters may have one typo,
 * of 9 or more two; shorter words none. A typo is one Damerau–Levenshtein edit (a letter
 * inserted, deleted or replaced, or two neighbours swapped), compared folded. A typo on the first
 * letter counts as two, so a word under 9 letters must keep its first letter. The word being
 * typed (prefix) matches a token when some beginning of the token is that close.
 *
 * The browser finds the tokens near a word in the typo vocabulary (`WordsFile`), fetched only
 * for a word of 5 letters or more that matches nothing as typed.
 */
import type { WordsFile } from './format.ts';

/** Meilisearch's `minWordSizeForTypos` defaults. */
export const ONE_TYPO_FROM = 5;
export const TWO_TYPOS_FROM = 9;

/** Typos allowed in a folded query word. */
export function typoBudget(word: string): 0 | 1 | 2 {
  return word.length >= TWO_TYPOS_FROM ? 2 : word.length >= ONE_TYPO_FROM ? 1 : 0;
}

/** The vocabulary file from every folded token: those of 4 letters or more, sorted. */
export function typoVocabulary(tokens: Iterable<string>, minLength = 4): WordsFile {
  const words = new Set<string>();
  for (const t of tokens) if (t.length >= minLength) words.add(t);
  return [...words].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)).join(' ');
}

/**
 * Edit distance between `a` and `b` (optimal string alignment: insert, delete, replace, swap two
 * neighbours), or, with `prefix`, between `a` and the closest beginning of `b`.
 */
export function editDistance(a: string, b: string, prefix = false): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[] = new Array<number>(rows * cols);
  for (let i = 0; i < rows; i++) d[i * cols] = i;
  for (let j = 0; j < cols; j++) d[j] = j;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(
        d[(i - 1) * cols + j]! + 1,
        d[i * cols + j - 1]! + 1,
        d[(i - 1) * cols + j - 1]! + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        v = Math.min(v, d[(i - 2) * cols + j - 2]! + 1);
      }
      d[i * cols + j] = v;
    }
  }
  if (!prefix) return d[rows * cols - 1]!;
  let best = Infinity;
  for (let j = 0; j < cols; j++) best = Math.min(best, d[(rows - 1) * cols + j]!);
  return best;
}

/**
 * Typos between the query word `word` and the token `token`, by Meilisearch's rule, or
 * undefined when they are too far apart (or equal: that is no typo match).
 */
export function typos(word: string, token: string, prefix = false): 1 | 2 | undefined {
  const budget = typoBudget(word);
  if (!budget || token === word || (prefix && token.startsWith(word))) return undefined;
  // Cheap length check first: every letter more or less is an edit.
  if (!prefix && Math.abs(token.length - word.length) > budget) return undefined;
  if (token.length < word.length - budget) return undefined;
  const sameFirst = token[0] === word[0];
  if (!sameFirst && budget < 2) return undefined;
  const distance = editDistance(
    word,
    prefix ? token.slice(0, word.length + budget) : token,
    prefix,
  );
  if (sameFirst) return distance >= 1 && distance <= budget ? (distance as 1 | 2) : undefined;
  // A different first letter is one edit that counts as two.
  return distance === 1 ? 2 : undefined;
}

/** Tokens of the vocabulary near `word`, with their typos (fewest first). */
export function typoCandidates(
  word: string,
  vocabulary: WordsFile,
  prefix = false,
): Map<string, 1 | 2> {
  const found: [string, 1 | 2][] = [];
  if (!typoBudget(word)) return new Map();
  for (const token of vocabulary.split(' ')) {
    const t = typos(word, token, prefix);
    if (t) found.push([token, t]);
  }
  return new Map(found.sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1)));
}
