/** `match-word.ts`: where one query word matches each document, and words run together. */
import { describe, expect, it } from 'vitest';
import type {
  FacetsFile,
  FallbackManifest,
  ShardFile,
} from '../../src/lib/search/fallback/format.ts';
import { decodeColumns, decodeInfo, shardRange } from '../../src/lib/search/fallback/load.ts';
import {
  IN_DESCRIPTION,
  IN_NAME,
  MATCH,
  WHOLE,
  joinSplit,
  matchWord,
  splits,
  wordKeys,
} from '../../src/lib/search/fallback/match-word.ts';
import { parseQuery } from '../../src/lib/search/fallback/query.ts';
import { SAMPLE_ROWS, serveIndex } from '../support/fallback-index.ts';

const served = serveIndex(SAMPLE_ROWS);

describe('matchWord', () => {
  const manifest = JSON.parse(served.files.get('manifest.json')!) as FallbackManifest;
  const info = decodeInfo(manifest);
  const loaded = decodeColumns(
    info,
    JSON.parse(served.files.get(manifest.files.facets)!) as FacetsFile,
  );
  const shardsOf = (query: string) => {
    const word = parseQuery(query).words[0]!;
    const { from, to } = wordKeys(word, info);
    const shards = shardRange(info.shardKeys, from, to).map(
      (i) => JSON.parse(served.files.get(manifest.shards[i]![1])!) as ShardFile,
    );
    return { word, shards };
  };
  const flagsOf = (m: ReturnType<typeof matchWord>) => [...m.flags].filter(Boolean);

  it('flags name, whole-word and description matches apart', () => {
    const { word, shards } = shardsOf('shan ');
    const flags = flagsOf(matchWord(loaded, word, shards, false));
    expect(flags.sort()).toEqual([IN_DESCRIPTION | WHOLE, MATCH | IN_NAME | WHOLE].sort());
  });

  it('matches a word being typed as the start of longer words, not as whole', () => {
    // "Nguyễn", "nguyên" in names, and the province name "Thái Nguyên".
    const { word, shards } = shardsOf('nguy');
    const flags = flagsOf(matchWord(loaded, word, shards, false));
    expect(flags).toHaveLength(3);
    for (const f of flags) expect(f & WHOLE).toBe(0);
    const whole = shardsOf('nguyen ');
    for (const f of flagsOf(matchWord(loaded, whole.word, whole.shards, false))) {
      expect(f & WHOLE).toBe(WHOLE);
    }
  });

  it('with typo keys, matches those tokens and records the typos', () => {
    const { word, shards } = shardsOf('nguyeen ');
    expect(matchWord(loaded, word, shards, false).flags.some(Boolean)).toBe(false);
    const { shards: near } = shardsOf('nguyen ');
    const m = matchWord(loaded, word, near, false, new Map([['nguyen', 1]]));
    const ids = [...m.flags.keys()].filter((id) => m.flags[id]);
    expect(ids).toHaveLength(3);
    for (const id of ids) expect(m.typos[id]).toBe(1);
  });
});

describe('words run together', () => {
  it('cuts a word found nowhere from the middle out, parts of two letters or more', () => {
    const cuts = splits(parseQuery('hatsen').words[0]!).map(([a, b]) => `${a.folded}|${b.folded}`);
    expect(cuts).toEqual(['hat|sen', 'ha|tsen', 'hats|en']);
    expect(splits(parseQuery('hatsen').words[0]!)[0]![1].prefix).toBe(true);
    expect(splits(parseQuery('abc ').words[0]!)).toEqual([]);
  });

  it('joins the parts: documents both match, one typo', () => {
    const manifest = JSON.parse(served.files.get('manifest.json')!) as FallbackManifest;
    const info = decodeInfo(manifest);
    const loaded = decodeColumns(
      info,
      JSON.parse(served.files.get(manifest.files.facets)!) as FacetsFile,
    );
    const match = (q: string) => {
      const word = parseQuery(q).words[0]!;
      const { from, to } = wordKeys(word, info);
      const shards = shardRange(info.shardKeys, from, to).map(
        (i) => JSON.parse(served.files.get(manifest.shards[i]![1])!) as ShardFile,
      );
      return matchWord(loaded, word, shards, false);
    };
    const both = joinSplit(match('hat '), match('sen '));
    const ids = [...both.flags.keys()].filter((id) => both.flags[id]);
    expect(ids).toHaveLength(1);
    expect(both.typos[ids[0]!]).toBe(1);
    expect(both.flags[ids[0]!]! & IN_NAME).toBe(IN_NAME);
  });
});
