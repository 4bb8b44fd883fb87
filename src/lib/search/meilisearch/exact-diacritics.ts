/**
 * Meilisearch folds diacritics when it indexes, so "Bánh cáy", "Bánh cay" and "Bạnh cày" are
 * the same words to it: for the query "bánh cáy" they get the same ranking score and come back
 * in internal document order. This puts, among hits with an equal `_rankingScore` only, those
 * whose text has more of the query's words spelled exactly (diacritics included) first. It never
 * moves a hit past a more relevant one. Search with `showRankingScore: true`.
 */

/**
 * Lower-case NFC words. The two tone-mark placements ("hoá"/"hóa", "thuỷ"/"thủy") count as the
 * same spelling: in oa, oe and uy the tone is moved onto the second vowel.
 */
export function exactWords(text: string): string[] {
  return text
    .normalize('NFD')
    .toLowerCase()
    .replace(/([ou])([\u0300\u0301\u0303\u0309\u0323])([aey])/gu, '$1$3$2')
    .normalize('NFC')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

function exactMatches(queryWords: readonly string[], text: string): number {
  const words = new Set(exactWords(text));
  return queryWords.filter((w) => words.has(w)).length;
}

export interface RankedHit {
  _rankingScore?: number;
}

/**
 * Stable: within each run of equal `_rankingScore`, hits whose `field` (default `name`) spells
 * more query words exactly come first. Hits without a score are left where they are.
 */
export function preferExactDiacritics<T extends RankedHit>(
  hits: readonly T[],
  query: string,
  field: (hit: T) => string = (hit) => {
    const name = (hit as Record<string, unknown>)['name'];
    return typeof name === 'string' ? name : '';
  },
): T[] {
  const queryWords = exactWords(query);
  if (queryWords.length === 0) return [...hits];
  const result: T[] = [];
  let run: { hit: T; score: number }[] = [];
  const flush = () => {
    run.sort((a, b) => b.score - a.score);
    result.push(...run.map((r) => r.hit));
    run = [];
  };
  for (const hit of hits) {
    const previous = run[0]?.hit._rankingScore;
    if (hit._rankingScore === undefined || previous !== hit._rankingScore) flush();
    run.push({ hit, score: exactMatches(queryWords, field(hit)) });
    if (hit._rankingScore === undefined) flush();
  }
  flush();
  return result;
}
