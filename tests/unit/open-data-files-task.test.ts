/**
 * The open-data files made by the build's background step (`lib/open-data/files-task.ts`) from
 * the sample catalogue: every published file written into the output's `du-lieu/`, the facts
 * the `/du-lieu/` page shows agreeing with them, the rows as of the day asked for — and on a
 * later day, a file whose rows did not change kept as it was, with the day it was made.
 */
import { cp, mkdtemp, readdir, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCatalogue } from '../../src/lib/content-files/read-content.ts';
import {
  OPEN_DATA_FOLDER,
  openDataCatalogue,
  run,
  type OpenDataTaskResult,
} from '../../src/lib/open-data/files-task.ts';
import { PUBLISHED_FILES } from '../../src/lib/open-data/published.ts';
import { openDataFiles } from '../../src/lib/open-data/rows.ts';

const sample = fileURLToPath(new URL('../../content/', import.meta.url));
const context = { site: 'https://ocop.example.vn', buildDate: '2026-12-06' };
const env = process.env['OCOP_CACHE_DIR'];
let dir: string;
let outDir: string;
let files: string;
let result: OpenDataTaskResult;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'ocop-open-data-task-'));
  // The step's ledger lives in the build's cache.
  process.env['OCOP_CACHE_DIR'] = path.join(dir, 'cache');
  outDir = path.join(dir, 'dist');
  files = path.join(outDir, OPEN_DATA_FOLDER);
  result = await run({ contentDir: sample, ...context, outDir });
});

afterAll(async () => {
  if (env === undefined) delete process.env['OCOP_CACHE_DIR'];
  else process.env['OCOP_CACHE_DIR'] = env;
  await rm(dir, { recursive: true, force: true });
});

describe('open-data files task', () => {
  it("writes every published file, and nothing else, into the output's du-lieu/", async () => {
    expect((await readdir(files)).sort()).toEqual(PUBLISHED_FILES.map((f) => f.name).sort());
    expect(result.report).toMatchObject({ written: PUBLISHED_FILES.length, unchanged: 0 });
    expect(result.claimed.sort()).toEqual(
      PUBLISHED_FILES.map((f) => path.join(files, f.name)).sort(),
    );
  });

  it('writes the files the rows make of the catalogue, byte for byte', async () => {
    const made = openDataFiles(openDataCatalogue(await readCatalogue(sample)), context);
    for (const file of PUBLISHED_FILES)
      expect(await readFile(path.join(files, file.name), 'utf8'), file.name).toBe(file.pick(made));
  });

  it("reports the files' rows and sizes, as the page shows them", async () => {
    const csv = await readFile(path.join(files, 'ocop-san-pham.csv'));
    const rows: string[][] = parse(csv, { bom: true });
    expect(rows.length - 1).toBe(result.facts.products.count);
    expect(result.facts.products.csvBytes).toBe(csv.byteLength);
    const pkg = await readFile(path.join(files, 'datapackage.json'));
    expect(result.facts.datapackageBytes).toBe(pkg.byteLength);
    const json = JSON.parse(await readFile(path.join(files, 'ocop-diem-ban.json'), 'utf8')) as {
      generated: string;
      count: number;
    };
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

describe('open-data files task, on a later day', () => {
  const generated = async (name: string) =>
    (JSON.parse(await readFile(path.join(files, name), 'utf8')) as { generated: string }).generated;

  it('keeps the files whose rows did not change, with their day, and remakes the others', async () => {
    // A copy of the sample in which one sales point moved: only its set's rows change.
    const contentDir = path.join(dir, 'content');
    await cp(sample, contentDir, { recursive: true });
    const points = path.join(contentDir, 'sales-points');
    const moved = (await readdir(points)).filter((f) => f.endsWith('.json')).sort()[0]!;
    const point = JSON.parse(await readFile(path.join(points, moved), 'utf8')) as {
      address: string;
    };
    await writeFile(
      path.join(points, moved),
      JSON.stringify({ ...point, address: `${point.address} (mới)` }),
    );
    const day1 = await run({ contentDir, ...context, outDir });
    expect(day1.report.written).toBe(3); // its CSV and JSON, and the package that hashes the CSV
    const old = new Date('2020-01-01T00:00:00Z');
    for (const f of PUBLISHED_FILES) await utimes(path.join(files, f.name), old, old);

    const later = { ...context, buildDate: '2026-12-07' };
    const day2 = await run({ contentDir, ...later, outDir });
    // Statuses on the sample do not move that day: every file's rows are as they were.
    expect(day2.report).toMatchObject({ written: 0, unchanged: PUBLISHED_FILES.length });
    expect(await generated('ocop-san-pham.json')).toBe('2026-12-06');
    expect(day2.claimed).toHaveLength(PUBLISHED_FILES.length);
    // The page's facts are those of the files as they stand.
    const pkg = await readFile(path.join(files, 'datapackage.json'));
    expect(day2.facts.datapackageBytes).toBe(pkg.byteLength);

    // The sample again (the point back where it was; a process reads a folder once).
    const day3 = await run({ contentDir: sample, ...later, outDir });
    expect(day3.report).toMatchObject({ written: 3, unchanged: PUBLISHED_FILES.length - 3 });
    expect(await generated('ocop-diem-ban.json')).toBe('2026-12-07');
    expect(await generated('ocop-san-pham.json')).toBe('2026-12-06');
    expect((await stat(path.join(files, 'ocop-san-pham.csv'))).mtime.getUTCFullYear()).toBe(2020);
    const pkgJson = JSON.parse(await readFile(path.join(files, 'datapackage.json'), 'utf8')) as {
      created: string;
    };
    expect(pkgJson.created.slice(0, 10)).toBe('2026-12-07');
  });
});
