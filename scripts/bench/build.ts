/**
 * Build benchmark at national scale: generates a catalogue (default 20,000 products, 10,000
 * producers, 500 sales points, 200 photos), then times three builds with the same caches:
 *   cold     — empty output, empty Astro cache (content store, images, incremental pages) and
 *              empty share-image / QR caches;
 *   warm     — nothing changed;
 *   one edit — one product renamed (its page, listings and related cards must change);
 *   next day — the day after (`OCOP_TODAY` + 1), nothing else changed: the daily rebuild, which
 *              renders only what shows a product whose status changed overnight.
 * The builds' day is `BENCH_DAY` unless `OCOP_TODAY` is set: the generated catalogue is the same
 * every run (seeded), and its certificates run out on decision-round days, so a calendar night
 * may change nothing (2026-12-08 → 09: no product at 20,000) and the next-day row would time a
 * second warm build. On `BENCH_DAY`, 24 of 20,000 products change status overnight.
 * Prints seconds, peak memory, pages rendered / reused, pages per second, output size and
 * time per phase.
 *
 *   npm run bench:build [-- --products 20000 --producers 10000 --images 200 --keep --floor]
 */
import { mkdtemp, readFile, rm, writeFile, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { generate } from './lib/catalogue.ts';
import { floorBuild } from './lib/astro-floor.ts';
import { timedBuild, type BuildRun } from './lib/build.ts';
import { statusChanges } from './lib/status-changes.ts';
import { addDays } from '../../src/lib/domain/dates.ts';

/** The day the builds are run as (`OCOP_TODAY`), so that every run times the same night. */
export const BENCH_DAY = '2026-12-07';

export interface BuildBenchOptions {
  products: number;
  producers: number;
  salesPoints: number;
  images: number;
  keep?: boolean;
  /** Extra environment for every build. */
  env?: Record<string, string>;
  /**
   * Also build Astro's floor (`lib/astro-floor.ts`) on the same catalogue, cold: one-line pages,
   * as many as the cold build rendered, and again without the check pages.
   */
  floor?: boolean;
  log?: (line: string) => void;
}

export interface BuildBench {
  options: BuildBenchOptions;
  generateSeconds: number;
  runs: BuildRun[];
  /** The edited page showed the new name after the one-edit build. */
  editVisible: boolean;
  /** The day of the first three builds, and how many products changed status the day after. */
  today: string;
  statusChanges: number;
  /** Astro's floor runs, when asked for: same page count as the cold build, then without check pages. */
  floor: BuildRun[];
}

export async function benchBuild(options: BuildBenchOptions): Promise<BuildBench> {
  const log =
    options.log ??
    ((line: string) => {
      console.error(line);
    });
  const root = await mkdtemp(path.join(tmpdir(), 'ocop-bench-build-'));
  const contentDir = path.join(root, 'content');
  const today = process.env['OCOP_TODAY'] ?? BENCH_DAY;
  const env = {
    contentDir,
    outDir: path.join(root, 'dist'),
    cacheDir: path.join(root, 'astro-cache'),
    // Share images and QR codes keep their caches under OCOP_CACHE_DIR too: a cold run starts
    // them all empty.
    env: { OCOP_TODAY: today, ...options.env },
  };
  try {
    log(
      `Generating ${String(options.products)} products, ${String(options.producers)} producers, ` +
        `${String(options.salesPoints)} sales points, ${String(options.images)} photos…`,
    );
    const generateSeconds = await generate(options, contentDir);
    const runs: BuildRun[] = [];
    log('Cold build…');
    runs.push(await timedBuild('cold (empty caches)', env));
    log(`  ${runs[0]!.seconds.toFixed(1)} s. Warm build…`);
    runs.push(await timedBuild('warm (nothing changed)', env));
    log(`  ${runs[1]!.seconds.toFixed(1)} s. One product edited…`);
    const products = path.join(contentDir, 'products');
    const file = (await readdir(products)).filter((f) => f.endsWith('.json')).sort()[0]!;
    const json = JSON.parse(await readFile(path.join(products, file), 'utf8')) as {
      name: string;
    };
    const newName = `${json.name} (đã sửa)`;
    await writeFile(
      path.join(products, file),
      `${JSON.stringify({ ...json, name: newName }, null, 2)}\n`,
    );
    runs.push(await timedBuild('one product edited', env));
    const page = await readFile(
      path.join(env.outDir, 'san-pham', file.replace(/\.json$/, ''), 'index.html'),
      'utf8',
    );
    const tomorrow = addDays(today, 1);
    const changed = await statusChanges(contentDir, today, tomorrow);
    if (changed === 0)
      log(`  No product changes status on ${tomorrow}: the next-day row times a warm build.`);
    log(
      `  ${runs[2]!.seconds.toFixed(1)} s. The next day (${String(changed)} products change status)…`,
    );
    runs.push(await timedBuild('next day', { ...env, env: { ...env.env, OCOP_TODAY: tomorrow } }));
    log(`  ${runs[3]!.seconds.toFixed(1)} s.`);
    const floor: BuildRun[] = [];
    if (options.floor) {
      // Everything the cold build rendered besides product, producer and check pages.
      const entryPages = 2 * (2 * options.products + options.producers);
      const otherPages = Math.max(0, runs[0]!.rendered - entryPages);
      const contentDir = env.contentDir;
      log('Astro floor, one-line pages, as many as the cold build…');
      floor.push(
        await floorBuild('Astro floor: same pages', { contentDir, checkPages: true, otherPages }),
      );
      log(`  ${floor[0]!.seconds.toFixed(1)} s. Without check pages…`);
      floor.push(
        await floorBuild('Astro floor: no check pages', {
          contentDir,
          checkPages: false,
          otherPages,
        }),
      );
      log(`  ${floor[1]!.seconds.toFixed(1)} s.`);
    }
    return {
      options,
      generateSeconds,
      runs,
      editVisible: page.includes(newName),
      today,
      statusChanges: changed,
      floor,
    };
  } finally {
    if (options.keep) log(`Kept ${root}`);
    else await rm(root, { recursive: true, force: true });
  }
}

export function formatBuildBench(bench: BuildBench): string {
  const rows = [
    ['build', 'time', 'peak RSS', 'pages', 'rendered', 'reused', 'pages/s', 'output'],
    ...[...bench.runs, ...bench.floor].map((r) => {
      const pageSeconds = r.phases['pages'] ?? r.seconds;
      return [
        r.label,
        `${r.seconds.toFixed(1)} s`,
        `${(r.peakRssMB / 1024).toFixed(2)} GB`,
        r.pages.toLocaleString('en'),
        r.rendered.toLocaleString('en'),
        r.restored.toLocaleString('en'),
        r.rendered ? Math.round(r.rendered / pageSeconds).toLocaleString('en') : '–',
        `${(r.outputMB / 1024).toFixed(2)} GB, ${r.outputFiles.toLocaleString('en')} files`,
      ];
    }),
  ];
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  const table = rows.map((r) => r.map((c, i) => c.padEnd(widths[i]!)).join('  ')).join('\n');
  const phases = bench.runs
    .map(
      (r) =>
        `${r.label}: ${Object.entries(r.phases)
          .map(([name, s]) => `${name} ${s.toFixed(1)} s`)
          .join(' · ')}\n${r.integrationLines.map((l) => `    ${l}`).join('\n')}`,
    )
    .join('\n');
  return (
    `${table}\n\nPhases:\n${phases}\n\nEdited page shows the new name: ${bench.editVisible ? 'yes' : 'NO'}\n` +
    `Next day: ${String(bench.statusChanges)} products changed status overnight (${bench.today} → ${addDays(bench.today, 1)}).`
  );
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: {
      products: { type: 'string', default: '20000' },
      producers: { type: 'string' },
      'sales-points': { type: 'string', default: '500' },
      images: { type: 'string', default: '200' },
      keep: { type: 'boolean', default: false },
      floor: { type: 'boolean', default: false },
    },
  });
  const products = Number(values.products);
  const bench = await benchBuild({
    products,
    producers: Number(values.producers ?? Math.round(products / 2)),
    salesPoints: Number(values['sales-points']),
    images: Number(values.images),
    keep: values.keep,
    floor: values.floor,
  });
  console.log(formatBuildBench(bench));
}
