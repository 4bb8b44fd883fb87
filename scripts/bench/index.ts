/**
 * `npm run bench [-- --products 20000 --skip-lighthouse --skip-load]`: every figure of
 * docs/performance.md in one table.
 *
 * 1. Build at scale (scripts/bench/build.ts): a generated catalogue built cold (empty caches),
 *    warm (nothing changed) and after one edit; seconds, peak memory, pages/s, output size;
 *    then Astro's floor on the same catalogue (scripts/bench/lib/astro-floor.ts): the same
 *    number of pages with one-line templates, and again without the check pages.
 *    Then the next day (`OCOP_TODAY` + 1, warm caches): the daily rebuild. Every row is the
 *    build as it ships, share images included.
 * 2. The sample site (content/) built once: page weights per template (the budgets of
 *    `npm run check:budgets`) and Lighthouse, mobile profile, per template.
 * 3. Search: Meilisearch 1.21 on loopback with the generated catalogue: indexing it (a rebuild),
 *    then the next day's update in place against a rebuild of the same catalogue
 *    (scripts/bench/lib/index-next-day.ts); the search page's real requests replayed by 50 and
 *    200 concurrent clients (p50/p95/p99, errors).
 * Progress goes to stderr, the table to stdout.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ensurePublicSearchKey } from '../../src/lib/search/meilisearch/keys.ts';
import { startMeilisearch } from '../../tests/support/meilisearch-server.ts';
import { checkBudgets } from '../check-budgets.ts';
import { benchBuild } from './build.ts';
import { timedBuild } from './lib/build.ts';
import { generate, loadDocuments } from './lib/catalogue.ts';
import { defaultPages, runLighthouse } from './lib/lighthouse.ts';
import { runLoadTest } from './lib/load.ts';
import { benchNextDayIndexing } from './lib/index-next-day.ts';
import { indexTimed } from './lib/meilisearch.ts';
import { nearbyRequest, pageScenarios, recordPageRequests } from './lib/queries.ts';

const { values: args } = parseArgs({
  options: {
    products: { type: 'string', default: '20000' },
    images: { type: 'string', default: '200' },
    'skip-lighthouse': { type: 'boolean', default: false },
    'skip-load': { type: 'boolean', default: false },
    'load-seconds': { type: 'string', default: '15' },
  },
});
const products = Number(args.products);
const log = (line: string) => process.stderr.write(`${line}\n`);
const rows: [string, string, string][] = [];
const row = (measure: string, value: string, target = '') => rows.push([measure, value, target]);
const s = (seconds: number) => `${seconds.toFixed(1)} s`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const msf = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);
const loadAtStart = loadavg()[0]!;

// 1. Build at scale.
log(`1/3 Build benchmark at ${String(products)} products…`);
const build = await benchBuild({
  products,
  producers: Math.round(products / 2),
  salesPoints: 500,
  images: Number(args.images),
  floor: true,
  log,
});
const scale = `${products.toLocaleString('en')} products, ${Math.round(products / 2).toLocaleString('en')} producers`;
const [cold, warm, edit, next] = build.runs;
for (const [run, target] of [
  [cold!, '≤ 90 s'],
  [warm!, '≤ 30 s'],
  [edit!, '≤ 30 s'],
  [next!, `≤ ${s(1.3 * warm!.seconds)} (1.3 × warm)`],
] as const) {
  row(
    `build ${run.label} (${scale})`,
    `${s(run.seconds)}, peak ${(run.peakRssMB / 1024).toFixed(2)} GB, ${run.rendered.toLocaleString('en')} rendered / ${run.restored.toLocaleString('en')} reused`,
    `${target}, ≤ 4 GB`,
  );
}
row('products whose status changed the next day', build.statusChanges.toLocaleString('en'));
// Share images, as the integration reports them ("Share images: 60002 rendered, … in 288.1 s…;
// 20.5 s of it waited for after the pages…").
for (const [run, target] of [
  [cold!, products >= 20_000 ? '≤ 300 s' : ''],
  [warm!, ''],
  [next!, ''],
] as const) {
  const line = run.integrationLines.find((l) => l.includes('Share images:'));
  const [, drawn, seconds] = /(\d+) rendered.* in ([\d.]+) s/.exec(line ?? '') ?? [];
  // Cards are drawn alongside the pages; what the build waited for after them is the cost.
  const [, waited] = /([\d.]+) s of it waited for/.exec(line ?? '') ?? [];
  if (drawn !== undefined && seconds !== undefined)
    row(
      `share images, ${run.label}`,
      `${Number(drawn).toLocaleString('en')} drawn in ${s(Number(seconds))}` +
        (waited === undefined ? '' : `, ${s(Number(waited))} of it after the pages`),
      target,
    );
}
row(
  'pages per second (cold, page phase)',
  Math.round(cold!.rendered / (cold!.phases['pages'] ?? cold!.seconds)).toLocaleString('en'),
);
row(
  'output',
  `${cold!.pages.toLocaleString('en')} pages, ${cold!.outputFiles.toLocaleString('en')} files, ${(cold!.outputMB / 1024).toFixed(2)} GB`,
);
const photos = Number(args.images);
if (photos && cold!.phases['images'] !== undefined)
  row(
    'photos: new (cold) / unchanged (warm), per photo',
    `${((cold!.phases['images'] / photos) * 1000).toFixed(0)} ms / ${(((warm!.phases['images'] ?? 0) / photos) * 1000).toFixed(0)} ms`,
    '≤ 500 ms new',
  );
row('edited page shows the edit', build.editVisible ? 'yes' : 'NO', 'yes');
// What the page count alone costs in Astro here (scripts/bench/lib/astro-floor.ts).
for (const run of build.floor) {
  row(
    `${run.label} (${run.rendered.toLocaleString('en')} one-line pages, cold)`,
    `${s(run.seconds)} (page phase ${s(run.phases['pages'] ?? run.seconds)}, ${Math.round(run.rendered / (run.phases['pages'] ?? run.seconds)).toLocaleString('en')} pages/s)`,
  );
}
const floorSame = build.floor[0];
if (floorSame) {
  const pagePhase = (run: typeof floorSame) => run.phases['pages'] ?? run.seconds;
  row(
    'cold page phase / Astro floor (same pages)',
    `${(pagePhase(cold!) / pagePhase(floorSame)).toFixed(2)} × (${s(pagePhase(cold!))} / ${s(pagePhase(floorSame))})`,
    '≤ 2 ×',
  );
}

// 2. Sample site: weights and Lighthouse.
log('2/3 Sample site build, page weights, Lighthouse…');
const work = await mkdtemp(path.join(tmpdir(), 'ocop-bench-'));
try {
  const dist = path.join(work, 'dist');
  await timedBuild('sample', {
    contentDir: path.resolve('content'),
    outDir: dist,
    cacheDir: path.join(work, 'cache'),
  });
  for (const report of await checkBudgets(dist)) {
    const t = report.heaviest.transferred;
    row(
      `page weight: ${report.template} (heaviest of ${String(report.pages)})`,
      `${kb(report.heaviest.totalWithoutImages)}, JS ${kb(t.js)}`,
      `≤ ${String(report.maxTotalKB)} KB, JS ≤ ${String(report.maxJsKB)} KB${report.over.length ? ' ✗' : ''}`,
    );
  }
  if (!args['skip-lighthouse']) {
    const lighthouse = await runLighthouse({
      root: dist,
      pages: await defaultPages(dist),
      runs: 1,
      onRun: (page) => {
        log(`  Lighthouse ${page.path}`);
      },
    });
    for (const p of lighthouse.pages) {
      row(
        `Lighthouse: ${p.template}`,
        `perf ${String(p.performance)} · a11y ${String(p.accessibility)} · best ${String(p.bestPractices)} · SEO ${String(p.seo)}`,
        '95+ each',
      );
    }
  }
} finally {
  await rm(work, { recursive: true, force: true });
}

// 3. Search under load.
if (!args['skip-load']) {
  log('3/3 Meilisearch under load…');
  const loadWork = await mkdtemp(path.join(tmpdir(), 'ocop-bench-load-'));
  const server = await startMeilisearch();
  try {
    const dir = path.join(loadWork, 'catalogue');
    await generate({ products, producers: Math.round(products / 2), salesPoints: 500 }, dir);
    // The build's day: generated certifications are dated around it.
    const { documents } = await loadDocuments(dir, build.today);
    const indexed = await indexTimed(server.client, documents);
    row(
      `Meilisearch indexing (${scale}, 500 sales points)`,
      `${s(indexed.wallMs / 1000)}, ${Math.round(indexed.report.documents / (indexed.wallMs / 1000)).toLocaleString('en')} docs/s`,
    );
    const daily = await benchNextDayIndexing(server.client, dir, documents, build.today);
    row(
      'Meilisearch next day: in place (there and back) / rebuild (--full)',
      `${daily.inPlaceSeconds.map(s).join(', ')} (${daily.inPlace.sent.toLocaleString('en')} of ${daily.inPlace.documents.toLocaleString('en')} documents sent) / ${s(daily.rebuildSeconds[0]!)}`,
    );
    const key = await ensurePublicSearchKey(server.client);
    const requests = [
      ...(await recordPageRequests(server.host, key.key, pageScenarios(documents.products))),
      nearbyRequest(),
    ];
    for (const clients of [1, 50, 200]) {
      const result = await runLoadTest({
        host: server.host,
        searchKey: key.key,
        requests,
        clients,
        warmupMs: 2000,
        durationMs: Number(args['load-seconds']) * 1000,
        timeoutMs: 10_000,
      });
      row(
        `search load: ${String(clients)} client${clients > 1 ? 's' : ''} (search page's requests)`,
        `p50 ${msf(result.p50)} · p95 ${msf(result.p95)} · p99 ${msf(result.p99)} · ${String(Math.round(result.rps))} req/s · ${String(result.errors)} errors`,
        clients > 1 ? '0 errors' : '',
      );
    }
  } finally {
    await server.stop();
    await rm(loadWork, { recursive: true, force: true });
  }
}

const widths = [0, 1, 2].map((i) =>
  Math.max(...rows.map((r) => r[i]!.length), ['measure', 'value', 'target'][i]!.length),
);
const line = (cells: readonly string[]) =>
  cells
    .map((c, i) => c.padEnd(widths[i]!))
    .join('  ')
    .trimEnd();
console.log(
  `\nocop-storefront benchmark — ${cpus().length} cores (${cpus()[0]?.model.trim() ?? '?'}), ` +
    `load average ${loadAtStart.toFixed(1)} → ${loadavg()[0]!.toFixed(1)}\n`,
);
console.log(line(['measure', 'value', 'target']));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const r of rows) console.log(line(r));
