/**
 * `match.ts`: which documents the words of a query match, and how (through the engine, on small
 * indexes): fields, prefixes, descriptions, typos and synonyms.
 */
import { describe, expect, it } from 'vitest';
import { decodeColumns, decodeInfo } from '../../src/lib/search/fallback/load.ts';
import type {
  FacetsFile,
  FallbackManifest,
  ShardFile,
} from '../../src/lib/search/fallback/format.ts';
import {
  IN_DESCRIPTION,
  IN_NAME,
  MATCH,
  WHOLE,
  matchWord,
  splits,
  wordKeys,
} from '../../src/lib/search/fallback/match.ts';
import { parseQuery } from '../../src/lib/search/fallback/query.ts';
import { shardRange } from '../../src/lib/search/fallback/load.ts';
import { serveIndex, type Row } from '../support/fallback-index.ts';

const ROWS: Row[] = [
  { name: 'Bánh cáy làng Nguyễn', province: 'hung-yen', former: 'thai-binh', stars: 3 },
  { name: 'Nhãn lồng Hưng Yên', province: 'hung-yen', leaf: 'I.1.a', stars: 3 },
  { name: 'Mật ong hoa nhãn', province: 'hung-yen', leaf: 'I.2.b', stars: 3 },
  // Both query words of "Thái Bình", neither as the province: in Thái Nguyên, "Bình" in the name.
  { name: 'Chè Bình Sơn', province: 'thai-nguyen', leaf: 'I.5.a', stars: 5 },
  {
    name: 'Trà xanh Phìn Hồ',
    province: 'tuyen-quang',
    leaf: 'I.5.a',
    description: 'Trà làm từ lá chè Shan tuyết cổ thụ trên núi cao. Ướp hoa nhài.',
  },
  { name: 'Chè Shan tuyết Suối Giàng', province: 'lao-cai', leaf: 'I.5.a', stars: 3 },
  { name: 'Cà phê bột nguyên chất', province: 'son-la', leaf: 'I.6', stars: 3 },
  { name: 'Hạt điều rang muối', province: 'dong-nai', leaf: 'I.3.d', stars: 4 },
  { name: 'Tinh dầu quế Văn Yên', province: 'lao-cai', leaf: 'III.3' },
  { name: 'Nước mắm Phú Quốc', province: 'an-giang', leaf: 'I.4.a', former: 'kien-giang' },
  { name: 'Miến dong Cao Bằng', province: 'cao-bang', leaf: 'I.3.d' },
  { name: 'Hạt sen sấy', province: 'nghe-an', leaf: 'I.3.d' },
  // Long words, for two typos: 5★ so that stars cannot explain an order.
  { name: 'Trà hoa vàng chrysantha', province: 'quang-ninh', leaf: 'I.5.a', stars: 5 },
  { name: 'Hoa cúc chrysanthum', province: 'ha-noi', leaf: 'I.5.a', stars: 3 },
];

const served = serveIndex(ROWS);
const engine = served.engine();
const names = async (query: string) =>
  (await engine.search({ query, hitsPerPage: 50 })).hits.map((h) => h.name);

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

describe('descriptions', () => {
  it('a word only in a description finds the product, after the products that name it', async () => {
    expect(await names('shan tuyet')).toEqual(['Chè Shan tuyết Suối Giàng', 'Trà xanh Phìn Hồ']);
    expect(await names('nui cao')).toEqual(['Trà xanh Phìn Hồ']);
  });

  it('searches only the first sentence of a description, as Meilisearch does', async () => {
    // "Ướp hoa nhài." is the second sentence: not searched.
    expect(await names('hoa nhai')).toEqual([]);
  });
});

describe('typos (Meilisearch rule)', () => {
  const nguyen = ['Bánh cáy làng Nguyễn', 'Cà phê bột nguyên chất', 'Chè Bình Sơn'].sort();

  it('allows one typo from 5 letters', async () => {
    expect((await names('nguyeen ')).sort()).toEqual(nguyen);
    // Two neighbours swapped are one typo; so is the word being typed ("nguyne" → "nguyen…").
    expect((await names('nguyne ')).sort()).toEqual(nguyen);
    expect((await names('ngyen')).sort()).toEqual(nguyen);
    // Two typos at 7 letters are too many.
    expect(await names('nguyeeen ')).toEqual([]);
  });

  it('allows none under 5 letters', async () => {
    expect(await names('nhan ')).toHaveLength(2);
    expect(await names('nhab ')).toEqual([]);
    expect(await names('dieu ')).toEqual(['Hạt điều rang muối']);
    expect(await names('dieo ')).toEqual([]);
  });

  it('allows two from 9 letters, not three', async () => {
    expect(await names('crisantha ')).toEqual(['Trà hoa vàng chrysantha']);
    expect(await names('krisantha ')).toEqual([]);
  });

  it('counts a typo on the first letter as two', async () => {
    // 5–8 letters: the first letter must be right.
    expect(await names('mguyen ')).toEqual([]);
    // 9 letters or more: one edit on the first letter is all the budget.
    expect(await names('xhrysantha ')).toEqual(['Trà hoa vàng chrysantha']);
    expect(await names('xhrysanthx ')).toEqual([]);
  });

  it('ranks fewer typos first, whatever the stars', async () => {
    // One typo from "chrysanthum" (3★), two from "chrysantha" (5★).
    expect(await names('chrysanthuma ')).toEqual([
      'Hoa cúc chrysanthum',
      'Trà hoa vàng chrysantha',
    ]);
  });

  it('ranks a word matched as typed above words a typo away (no typo search then)', async () => {
    // "chrysantha" is in the index: its neighbour "chrysanthum" (two away) is not searched.
    expect(await names('chrysantha ')).toEqual(['Trà hoa vàng chrysantha']);
  });
});

describe('words run together', () => {
  it('cuts a word found nowhere from the middle out, parts of two letters or more', () => {
    const cuts = splits(parseQuery('hatsen').words[0]!).map(([a, b]) => `${a.folded}|${b.folded}`);
    expect(cuts).toEqual(['hat|sen', 'ha|tsen', 'hats|en']);
    expect(splits(parseQuery('hatsen').words[0]!)[0]![1].prefix).toBe(true);
    expect(splits(parseQuery('abc ').words[0]!)).toEqual([]);
  });

  it('finds "hatsen" (as the page sends "hat sen", which looks like a code) as two words', async () => {
    expect(await names('hatsen')).toEqual(['Hạt sen sấy']);
    expect(await names('hat sen')).toEqual(['Hạt sen sấy']);
  });
});

describe('synonyms', () => {
  it('a former province name finds its 2025 successor, its own products first', async () => {
    const list = await names('thai binh');
    expect(list[0]).toBe('Bánh cáy làng Nguyễn');
    expect(list.slice(0, 3).sort()).toEqual(
      ['Bánh cáy làng Nguyễn', 'Mật ong hoa nhãn', 'Nhãn lồng Hưng Yên'].sort(),
    );
    // "Chè Bình Sơn" (Thái Nguyên, 5★) has both words, scattered: after the successor.
    expect(list.at(-1)).toBe('Chè Bình Sơn');
  });

  it('everyday synonyms match both ways, as typed first', async () => {
    expect(await names('cafe')).toEqual(['Cà phê bột nguyên chất']);
    expect(await names('tra shan tuyet')).toEqual([
      'Chè Shan tuyết Suối Giàng',
      'Trà xanh Phìn Hồ',
    ]);
  });
});
