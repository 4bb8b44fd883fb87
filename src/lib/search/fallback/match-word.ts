/**
 * One query word → where it matches each document (pure, over the decoded files of `load.ts`):
 * compared folded, in the product name, producer name, English name, former province names (term
 * shards), the province and category names (through the facet columns) and, with less weight,
 * the first sentence of the description. The last word while typed also matches longer words
 * (prefix). A word that matches nothing as typed may match tokens a typo or two away (`typos.ts`),
 * or be two words run together (`splits`).
 */
import type { PrefixEntry, ShardFile, TokenEntry } from './format.ts';
import type { Info, Loaded } from './load.ts';
import type { QueryWord } from './query.ts';
import { splitExact, type Token } from './text.ts';

// Per-document match flags of one query word.
/** In the name, producer, English name, former provinces, province or category names. */
export const MATCH = 1;
export const IN_NAME = 2;
export const WHOLE = 4;
export const EXACT = 8;
/** In the first words of the description. */
export const IN_DESCRIPTION = 16;
/** In the producer name, English name or former province names (fields without positions). */
export const IN_OTHER = 32;
/** Matched at all. */
export const ANYWHERE = MATCH | IN_DESCRIPTION;

/** Where one query word matches each document. */
export interface WordMatch {
  flags: Uint8Array;
  /** First position in the name (-1: not in the name). */
  positions: Int8Array;
  /** Typos of the match (0: as typed), per document. */
  typos: Uint8Array;
  /** First position in each province's name and each leaf's category names (-1: not there). */
  provincePositions: Int8Array;
  leafPositions: Int8Array;
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

/** True when the word matches at least one document. */
export const matchesAny = (match: WordMatch): boolean => match.flags.some(Boolean);

/**
 * Flags of `word` for every document, from the term shards covering `wordKeys(word)` and the
 * province and category names of `loaded`. With `typoKeys` (token → typos), the word matches
 * those tokens instead, whole, from the shards that hold them.
 */
export function matchWord(
  loaded: Loaded,
  word: QueryWord,
  shards: readonly ShardFile[],
  withDiacritics: boolean,
  typoKeys?: ReadonlyMap<string, number>,
): WordMatch {
  const { n } = loaded;
  const flags = new Uint8Array(n);
  const positions = new Int8Array(n).fill(-1);
  const typos = new Uint8Array(n);
  const isExact = (indexed: string, whole: boolean) =>
    withDiacritics && (whole ? indexed === word.exact : prefixExact(indexed, word.exact));

  const mark = (id: number, bits: number, typo: number) => {
    if (flags[id]! & ANYWHERE) typos[id] = Math.min(typos[id]!, typo);
    else typos[id] = typo;
    flags[id]! |= bits;
  };
  const markAll = (deltas: readonly number[] | undefined, bits: number, typo: number) => {
    let id = 0;
    for (const delta of deltas ?? []) mark((id += delta), bits, typo);
  };
  const applyToken = (entry: TokenEntry, whole: boolean, typo = 0) => {
    for (const [exact, nameDocs, namePositions, otherDocs, descriptionDocs] of entry) {
      const bits = (whole ? WHOLE : 0) | (!typo && isExact(exact, whole) ? EXACT : 0);
      let id = 0;
      for (let i = 0; i < nameDocs.length; i++) {
        id += nameDocs[i]!;
        mark(id, bits | MATCH | IN_NAME, typo);
        const p = namePositions[i]!;
        if (positions[id]! < 0 || p < positions[id]!) positions[id] = Math.min(p, 127);
      }
      markAll(otherDocs, bits | MATCH | IN_OTHER, typo);
      markAll(descriptionDocs, bits | IN_DESCRIPTION, typo);
    }
  };

  const key = word.folded;
  if (typoKeys) {
    for (const shard of shards) {
      for (const [k, typo] of typoKeys) {
        const entry = shard[k];
        if (entry && isTokenEntry(entry)) applyToken(entry, true, typo);
      }
    }
  } else if (!word.prefix) {
    const entry = shards[0]?.[key];
    if (entry && isTokenEntry(entry)) applyToken(entry, true);
  } else if (loaded.prefixes.has(`${key}*`)) {
    for (const shard of shards) {
      const whole = shard[key];
      if (whole && isTokenEntry(whole)) applyToken(whole, true);
      const partial = shard[`${key}*`];
      if (partial && !isTokenEntry(partial)) {
        markAll(partial[0], MATCH | IN_NAME, 0);
        markAll(partial[1], MATCH | IN_OTHER, 0);
        markAll(partial[2], IN_DESCRIPTION, 0);
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
  const virtual = (tokens: Token[], at: Int8Array, code: number, typosAllowed = true) => {
    let bits = 0;
    let typo = 3;
    tokens.forEach((t, position) => {
      let whole: boolean;
      let cost = 0;
      if (typoKeys) {
        if (!typosAllowed) return;
        const found = typoKeys.get(t.folded);
        if (found === undefined) return;
        whole = true;
        cost = found;
      } else {
        whole = t.folded === key;
        if (!whole && !(word.prefix && t.folded.startsWith(key))) return;
      }
      bits |= MATCH | (whole ? WHOLE : 0) | (!cost && isExact(t.exact, whole) ? EXACT : 0);
      typo = Math.min(typo, cost);
      if (at[code]! < 0) at[code] = Math.min(position, 127);
    });
    return { bits, typo };
  };
  const provincePositions = new Int8Array(provinceTokens.length).fill(-1);
  const leafPositions = new Int8Array(leafTokens.length).fill(-1);
  const byProvince = provinceTokens.map((tokens, code) => virtual(tokens, provincePositions, code));
  // Category words match as typed, never a typo away (Meilisearch: `disableOnAttributes`).
  const byLeaf = leafTokens.map((tokens, code) => virtual(tokens, leafPositions, code, false));
  if (byProvince.some((v) => v.bits) || byLeaf.some((v) => v.bits)) {
    const province = columns.province.codes;
    const leaf = columns.categoryLeaf.codes;
    for (let id = 0; id < n; id++) {
      for (const v of [byProvince[province[id]!]!, byLeaf[leaf[id]!]!]) {
        if (v.bits) mark(id, v.bits, v.typo);
      }
    }
  }
  return { flags, positions, typos, provincePositions, leafPositions };
}

/**
 * The ways to read a word found nowhere as two words run together, from the middle out, each
 * part at least two letters ("hatsen" → "hat" + "sen", …); the second part keeps `prefix`.
 * Meilisearch splits such words likewise.
 */
export function splits(word: QueryWord): [QueryWord, QueryWord][] {
  const text = word.folded;
  const cuts: number[] = [];
  const middle = Math.floor(text.length / 2);
  for (let d = 0; d <= middle; d++) {
    for (const cut of d ? [middle - d, middle + d] : [middle]) {
      if (cut >= 2 && text.length - cut >= 2 && !cuts.includes(cut)) cuts.push(cut);
    }
  }
  const part = (folded: string, prefix: boolean): QueryWord => ({
    text: folded,
    folded,
    exact: folded,
    prefix,
  });
  return cuts.map((cut) => [part(text.slice(0, cut), false), part(text.slice(cut), word.prefix)]);
}

/**
 * A split word's matches: the documents both parts match, the second right after the first in
 * the name when it is there; one typo, so that words found as typed rank first.
 */
export function joinSplit(a: WordMatch, b: WordMatch): WordMatch {
  const n = a.flags.length;
  const flags = new Uint8Array(n);
  const typos = new Uint8Array(n);
  for (let id = 0; id < n; id++) {
    const fa = a.flags[id]!;
    const fb = b.flags[id]!;
    if (!(fa & ANYWHERE) || !(fb & ANYWHERE)) continue;
    const follows = a.positions[id]! >= 0 && b.positions[id] === a.positions[id]! + 1;
    flags[id] = (fa & fb & ~(follows ? 0 : IN_NAME)) | (fa & fb & ANYWHERE ? 0 : IN_DESCRIPTION);
    typos[id] = 1 + Math.max(a.typos[id]!, b.typos[id]!);
  }
  return {
    flags,
    positions: a.positions,
    typos,
    provincePositions: a.provincePositions,
    leafPositions: a.leafPositions,
  };
}

/** A stable key for a query word (what `matchWord` depends on). */
export const wordKey = (w: QueryWord): string => `${w.exact}\u0000${w.folded}\u0000${w.prefix}`;
