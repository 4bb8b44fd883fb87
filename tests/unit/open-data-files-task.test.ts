/**
 * The open-data files made by the build's background step (`lib/open-data/files-task.ts`) from
 * the sample catalogue: every published file written, the facts the `/du-lieu/` page shows
 * agreeing with them, the rows as of the day asked for.
 */
import { readdir, readFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCatalogue } from '../../src/lib/content-files/read-content.ts';
import {
  openDataCatalogue,
  run,
  type OpenDataTaskResult,
} from '../../src/lib/open-data/files-task.ts';
import { PUBLISHED_FILES } from '../../src/lib/open-data/published.ts';
import { openDataFiles } from '../../src/lib/open-data/rows.ts';

const contentDir = fileURLToPath(new URL('../../content/', import.meta.url));
const context = { site: 'https://ocop.example.vn', buildDate: '2026-12-06' };
let dir: string;
let result: OpenDataTaskResult;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'ocop-open-data-task-'));
  result = await run({ contentDir, ...context, dir: path.join(dir, 'open-data') });
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('open-data files task', () => {
  it('writes every published file, and nothing else, where it is told', async () => {
    expect((await readdir(result.dir)).sort()).toEqual(PUBLISHED_FILES.map((f) => f.name).sort());
  });

  it('writes the files the rows make of the catalogue, byte for byte', async () => {
    const files = openDataFiles(openDataCatalogue(await readCatalogue(contentDir)), context);
    for (const file of PUBLISHED_FILES)
      expect(await readFile(path.join(result.dir, file.name), 'utf8'), file.name).toBe(
        file.pick(files),
      );
  });

  it("reports the files' rows and sizes, as the page shows them", async () => {
    const csv = await readFile(path.join(result.dir, 'ocop-san-pham.csv'));
    const rows: string[][] = parse(csv, { bom: true });
    expect(rows.length - 1).toBe(result.facts.products.count);
    expect(result.facts.products.csvBytes).toBe(csv.byteLength);
    const pkg = await readFile(path.join(result.dir, 'datapackage.json'));
    expect(result.facts.datapackageBytes).toBe(pkg.byteLength);
    const json = JSON.parse(
      await readFile(path.join(result.dir, 'ocop-diem-ban.json'), 'utf8'),
    ) as { generated: string; count: number };
    expect(json).toMatchObject({
      generated: context.buildDate,
      count: result.facts.salesPoints.count,
    });
  });

  it('names the file of an entry whose province is unknown', () => {
    expect(() =>
      openDataCatalogue({
        products: [],
        producers: [],
        salesPoints: [{ id: 'cho-x', data: { province: 'atlantis' } }],
        fairs: [],
      } as never),
    ).toThrow('content/sales-points/cho-x.json: unknown province atlantis');
  });
});
