/**
 * Query words → the documents they match, with per-document match flags (pure functions over
 * the decoded files of `load.ts`). A word matches, compared folded, the product name, producer
 * name, English name, former province names (term shards) and the province and category names
 * (through the facet columns). The last word while typed also matches longer words (prefix).
 */
import { deltaDecode, type PrefixEntry, type ShardFile, type TokenEntry } from './format.ts';
import type { Info, Loaded } from './load.ts';
import type { QueryWord } from './query.ts';
import { relevance } from './rank.ts';
import { splitExact, type Token } from './text.ts';

// Per-document match flags of one query word.
export const MATCH = 1;
export const IN_NAME = 2;
export const WHOLE = 4;
export const EXACT = 8;

/** Per-document flags and first name position (-1: not in the name) of one query word. */
export interface WordMatch {
  flags: Uint8Array;
  positions: Int8Array;
}

/** Documents matching a query, with their relevance (higher is better). */
export interface Matches {
  ids: Int32Array;
  scores: Uint32Array;
}

/** The range of term keys a word needs: its own key, or every key it starts. */
export function wordKeys(word: QueryWord, info: Info): { from: string; to: string } {
  const key = word.folded;
  if (!word.prefix) return { from: key, to: key };
  if (info.prefixes.has(`${key}*`)) return { from: key, to: `${key}*` };
  return { from: key, to: `${key}\uffff` };
}

/** Exact match of a typed prefix: same letters so far (marks included) and same tone. */
export function prefixExact(indexed: string, typed: string): boolean {
  const a = splitExact(indexed);
  const b = splitExact(typed);
  return a.letters.startsWith(b.letters) && a.tone === b.tone;
}

export const isTokenEntry = (entry: TokenEntry | PrefixEntry): entry is TokenEntry =>
  entry.length === 0 || (Array.isArray(entry[0]) && typeof entry[0][0] === 'string');

/**
 * Flags of `word` for every document, from the term shards covering `wordKeys(word)` and the
 * province and category names of `loaded`.
 */
export function matchWord(
  loaded: Loaded,
  word: QueryWord,
  shards: readonly ShardFile[],
  withDiacritics: boolean,
): WordMatch {
  const { n } = loaded;
  const flags = new Uint8Array(n);
  const positions = new Int8Array(n).fill(-1);
  const isExact = (indexed: string, whole: boolean) =>
    withDiacritics && (whole ? indexed === word.exact : prefixExact(indexed, word.exact));

  const applyToken = (entry: TokenEntry, whole: boolean) => {
    for (const [exact, nameDocs, namePositions, otherDocs] of entry) {
      const bits = MATCH | (whole ? WHOLE : 0) | (isExact(exact, whole) ? EXACT : 0);
      let id = 0;
      for (let i = 0; i < nameDocs.length; i++) {
        id += nameDocs[i]!;
        flags[id]! |= bits | IN_NAME;
        const p = namePositions[i]!;
        if (positions[id]! < 0 || p < positions[id]!) positions[id] = Math.min(p, 127);
      }
      id = 0;
      for (const delta of otherDocs) {
        id += delta;
        flags[id]! |= bits;
      }
    }
  };

  const key = word.folded;
  if (!word.prefix) {
    const entry = shards[0]?.[key];
    if (entry && isTokenEntry(entry)) applyToken(entry, true);
  } else if (loaded.prefixes.has(`${key}*`)) {
    for (const shard of shards) {
      const whole = shard[key];
      if (whole && isTokenEntry(whole)) applyToken(whole, true);
      const partial = shard[`${key}*`];
      if (partial && !isTokenEntry(partial)) {
        for (const id of deltaDecode(partial[0])) flags[id]! |= MATCH | IN_NAME;
        for (const id of deltaDecode(partial[1])) flags[id]! |= MATCH;
      }
    }
  } else {
    for (const shard of shards) {
      for (const [k, entry] of Object.entries(shard)) {
        if (!k.startsWith(key) || !isTokenEntry(entry)) continue;
        applyToken(entry, k === key);
      }
    }
  }

  // Province and category names, through the facet columns.
  const { provinceTokens, leafTokens, columns } = loaded;
  const virtual = (tokens: Token[]) => {
    let bits = 0;
    for (const t of tokens) {
      const whole = t.folded === key;
      if (!whole && !(word.prefix && t.folded.startsWith(key))) continue;
      bits |= MATCH | (whole ? WHOLE : 0) | (isExact(t.exact, whole) ? EXACT : 0);
    }
    return bits;
  };
  const byProvince = provinceTokens.map(virtual);
  const byLeaf = leafTokens.map(virtual);
  if (byProvince.some(Boolean) || byLeaf.some(Boolean)) {
    const province = columns.province.codes;
    const leaf = columns.categoryLeaf.codes;
    for (let id = 0; id < n; id++) {
      flags[id]! |= byProvince[province[id]!]! | byLeaf[leaf[id]!]!;
    }
  }
  return { flags, positions };
}

/** Every document, all equally relevant (an empty query). */
export function everyDocument(n: number): Matches {
  const ids = new Int32Array(n);
  for (let i = 0; i < n; i++) ids[i] = i;
  return { ids, scores: new Uint32Array(n) };
}

/** Documents matching every word (AND), with their relevance. */
export function matchAll(n: number, perWord: readonly WordMatch[]): Matches {
  if (!perWord.length) return everyDocument(n);
  const ids: number[] = [];
  const scores: number[] = [];
  for (let id = 0; id < n; id++) {
    let exact = 0;
    let inName = 0;
    let whole = 0;
    let all = true;
    for (const { flags } of perWord) {
      const f = flags[id]!;
      if (!(f & MATCH)) {
        all = false;
        break;
      }
      if (f & EXACT) exact++;
      if (f & IN_NAME) inName++;
      if (f & WHOLE) whole++;
    }
    if (!all) continue;
    const positions = inName === perWord.length ? perWord.map((w) => w.positions[id]!) : undefined;
    ids.push(id);
    scores.push(relevance({ exact, inName, whole, positions }));
  }
  return { ids: Int32Array.from(ids), scores: Uint32Array.from(scores) };
}
