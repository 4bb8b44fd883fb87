/** `load.ts`: decoding the index's files, and fetching each at most once. */
import { describe, expect, it } from 'vitest';
import { compareVietnamese } from '../../src/lib/domain/vietnamese.ts';
import { FallbackSearchError } from '../../src/lib/search/fallback/errors.ts';
import { indexOrder } from '../../src/lib/search/fallback/build-index.ts';
import type {
  DatesFile,
  FacetsFile,
  FallbackManifest,
  NameOrderFile,
} from '../../src/lib/search/fallback/format.ts';
import {
  IndexLoader,
  decodeColumns,
  decodeDates,
  decodeInfo,
  decodeNameOrder,
  shardRange,
} from '../../src/lib/search/fallback/load.ts';
import type { Fetcher } from '../../src/lib/search/fallback/types.ts';
import { BASE_URL, makeDocuments, serveIndex, type Row } from '../support/fallback-index.ts';

const ROWS: Row[] = [
  { name: 'Đường phèn Huế', province: 'hue', leaf: 'I.3.c', stars: 3 },
  { name: 'Dưa lưới Hải Phòng', province: 'hai-phong', leaf: 'I.1.a', stars: 5 },
  { name: 'Bánh cáy làng Nguyễn', province: 'hung-yen', stars: 4 },
  { name: 'Gốm Bát Tràng', province: 'ha-noi', leaf: 'IV.1', stars: 5 },
  { name: 'Áo dài lụa Hà Đông', province: 'ha-noi', leaf: 'IV.2', stars: 3 },
];
const served = serveIndex(ROWS);
const json = (file: string): unknown => JSON.parse(served.files.get(file)!);
const manifest = json('manifest.json') as FallbackManifest;
const docs = indexOrder(makeDocuments(ROWS));

describe('decoders', () => {
  it('reads the manifest, refusing another format', () => {
    const info = decodeInfo(manifest);
    expect(info.n).toBe(ROWS.length);
    expect(info.shardKeys).toEqual(manifest.shards.map(([k]) => k));
    expect(info.synonyms.get('thai binh')).toEqual(['hung yen']);
    expect(() => decodeInfo({ ...manifest, format: 1 as unknown as 2 })).toThrow(
      FallbackSearchError,
    );
  });

  it('derives stars from the star blocks and category parents from the leaf', () => {
    const loaded = decodeColumns(decodeInfo(manifest), json(manifest.files.facets) as FacetsFile);
    expect([...loaded.stars]).toEqual(docs.map((d) => d.stars));
    const { values, codes } = loaded.columns.categoryGroup;
    expect([...codes].map((c) => values[c])).toEqual(docs.map((d) => d.categoryGroup));
    const province = loaded.columns.province;
    expect([...province.codes].map((c) => province.values[c])).toEqual(docs.map((d) => d.province));
    // Province names are searched through their tokens.
    const hue = province.values.indexOf('hue');
    expect(loaded.provinceTokens[hue]!.map((t) => t.folded)).toEqual(['hue']);
  });

  it('reads dates back as YYYYMMDD', () => {
    const dates = decodeDates(json(manifest.files.dates) as DatesFile, docs.length);
    expect([...dates.certifiedOn]).toEqual(docs.map((d) => d.certifiedOn));
    expect([...dates.validUntil]).toEqual(docs.map((d) => d.validUntil));
  });

  it('reads the Vietnamese name order', () => {
    const order = decodeNameOrder(
      json(manifest.files.nameOrder) as NameOrderFile,
      manifest.starBlocks,
      docs.length,
    );
    const names = [...order.ids].map((id) => docs[id]!.name);
    expect(names).toEqual([...names].sort(compareVietnamese));
    for (let r = 0; r < docs.length; r++) expect(order.rank[order.ids[r]!]).toBe(r);
  });

  it('finds the shards holding a range of keys', () => {
    const keys = ['a', 'banh', 'cay', 'duong'];
    expect(shardRange(keys, 'b')).toEqual([0]);
    expect(shardRange(keys, 'banh')).toEqual([1]);
    expect(shardRange(keys, 'ca', 'ca\uffff')).toEqual([1, 2]);
    expect(shardRange(keys, 'x')).toEqual([3]);
  });
});

describe('IndexLoader', () => {
  const loader = (fetch: Fetcher) =>
    new IndexLoader({
      baseUrl: BASE_URL,
      manifestFile: 'manifest.json',
      manifest: undefined,
      fetch,
    });

  it('fetches each file once, however often and however concurrently it is asked for', async () => {
    const index = serveIndex(ROWS);
    const l = loader(index.fetch);
    const [a, b] = await Promise.all([l.loaded(), l.loaded()]);
    expect(a).toBe(b);
    const info = await l.info();
    await Promise.all([
      l.dates(info),
      l.dates(info),
      l.shards(info, 'a', 'z'),
      l.shards(info, 'b'),
    ]);
    expect(index.fetched.length).toBe(new Set(index.fetched).size);
    expect(index.fetched).not.toContain(manifest.files.words);
    expect(await l.words(info)).toContain('phong');
  });

  it('forgets a failed fetch, so the next query tries again', async () => {
    const index = serveIndex(ROWS);
    let fail = true;
    const l = loader((url) =>
      fail
        ? Promise.resolve({ ok: false, status: 503, json: () => Promise.reject(new Error('503')) })
        : index.fetch(url),
    );
    await expect(l.info()).rejects.toMatchObject({ name: 'FallbackSearchError', status: 503 });
    fail = false;
    expect((await l.info()).n).toBe(ROWS.length);
  });

  it('finds a document by code with one small file', async () => {
    const index = serveIndex(ROWS);
    const l = loader(index.fetch);
    const info = await l.info();
    const code = docs[2]!.code;
    expect(await l.codeDocument(info, code)).toBe(2);
    expect(await l.codeDocument(info, 'zzzzzz')).toBeUndefined();
    expect(index.fetched.filter((f) => f.startsWith('codes/'))).toHaveLength(1);
  });
});
