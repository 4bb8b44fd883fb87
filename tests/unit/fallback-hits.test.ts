/** `hits.ts`: a display record and the facet columns → the hit a results list shows. */
import { describe, expect, it } from 'vitest';
import type {
  FacetsFile,
  FallbackManifest,
  RecordsFile,
} from '../../src/lib/search/fallback/format.ts';
import { toHit } from '../../src/lib/search/fallback/hits.ts';
import { decodeColumns, decodeInfo } from '../../src/lib/search/fallback/load.ts';
import { serveIndex } from '../support/fallback-index.ts';

const served = serveIndex([
  { name: 'Gốm Bát Tràng', province: 'ha-noi', leaf: 'IV.1', stars: 5 },
  {
    name: 'Đường phèn Huế',
    province: 'hue',
    leaf: 'I.3.c',
    stars: 3,
    producerName: 'Cơ sở Hương Trà',
  },
  { name: 'Mật ong bạc hà', nameEn: 'Mint honey', province: 'tuyen-quang', leaf: 'I.3.c' },
]);
const json = (file: string): unknown => JSON.parse(served.files.get(file)!);
const manifest = json('manifest.json') as FallbackManifest;
const loaded = decodeColumns(decodeInfo(manifest), json(manifest.files.facets) as FacetsFile);
const records = json(`${manifest.records.dir}/0.json`) as RecordsFile;
const at = (name: string) => records.findIndex((r) => r[0] === name);

describe('toHit', () => {
  it('reads names and dates from the record, facets from the columns, slugs from the names', () => {
    const i = at('Đường phèn Huế');
    expect(toHit(loaded, i, records[i]!)).toEqual({
      id: 'duong-phen-hue',
      name: 'Đường phèn Huế',
      producer: 'co-so-huong-tra',
      producerName: 'Cơ sở Hương Trà',
      producerType: 'htx',
      province: 'hue',
      provinceName: 'Huế',
      categoryGroup: 'I',
      categoryNhom: 'I.3',
      categoryLeaf: 'I.3.c',
      stars: 3,
      certificateStatus: 'valid',
      certifiedOn: 20240102,
      validUntil: 20270102,
      hasImage: false,
    });
  });

  it('keeps a slug that is not the slug of the name, and the order fields', () => {
    const hit = toHit(loaded, 0, [
      'Gốm Bát Tràng',
      'Cơ sở 0',
      20240101,
      20270101,
      'gom-2',
      '',
      'abc123',
      'bo*2/3',
    ]);
    expect(hit).toMatchObject({
      id: 'gom-2',
      producer: 'co-so-0',
      stars: 5,
      code: 'abc123',
      offerCount: 3,
      orderSku: 'bo',
      orderQuantity: 2,
    });
  });

  it('carries the English name, last in the record, for English result cards', () => {
    const i = at('Mật ong bạc hà');
    expect(records[i]!.at(-1)).toBe('Mint honey');
    expect(toHit(loaded, i, records[i]!)).toMatchObject({
      id: 'mat-ong-bac-ha',
      name: 'Mật ong bạc hà',
      nameEn: 'Mint honey',
    });
    const j = at('Đường phèn Huế');
    expect(toHit(loaded, j, records[j]!)).not.toHaveProperty('nameEn');
  });
});
