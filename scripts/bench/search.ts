/**
 * `npm run bench:search` (`node scripts/bench/search.ts`): the search benchmark. Prints figures,
 * asserts nothing. Progress goes to stderr, tables to stdout.
 *
 * 1. Indexing: generates 20,000 products (10,000 producers) and 100,000 products (50,000
 *    producers), 500 sales points each, into temporary folders; reads them and builds the
 *    search documents; indexes them with the project's indexer into a fresh Meilisearch (the
 *    npm dev binary, a new server per run; 3 runs at 20,000, 1 at 100,000): seconds and
 *    documents/s per index and for all three, server-side task time, the server's memory.
 * 2. Meilisearch queries at each size: the `/multi-search` bodies the search page sends
 *    (recorded from `instantMeiliSearch` with the page's options) and the "near me"
 *    `_geoPoint` request, each replayed N times round robin: p50/p95 of the server's
 *    `processingTimeMs`, of the round trip from a Chromium page on another loopback origin
 *    (CORS, as on the site), of Node's fetch, and of `node:http` (one write: the floor).
 * 3. Server-less fallback at 20,000 products: the site built from the sample `content/` with its
 *    `search/fallback/` replaced by the 20,000-product index (the page reads only those files),
 *    served on loopback with brotli; the search page in Chromium on slow 4G + CPU ×4: cold
 *    visits (new context) to `/tim-kiem/?q=…` timed to the first result card, index bytes and
 *    JS bytes, then warm queries typed into the same page. For comparison (3b), the sample site
 *    built against the 20,000-product Meilisearch, same visits.
 *
 * Options: --quick (20,000 only, fewer repetitions), --no-100k, --runs N (cold visits per
 * scenario), --repeat N (query repetitions), --index-runs N (indexing runs at 20,000),
 * --site DIR (a built site to copy instead of building the sample), --today YYYY-MM-DD
 * (statuses of the documents), --keep (keep the temporary folder), --waterfall (print every
 * request of the first cold visit of each throttled scenario).
 */
import { spawn } from 'node:child_process';
import { cp, mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import type { Browser } from '@playwright/test';
import { searchStrings } from '../../src/lib/i18n/ui/search-page.ts';
import type { SearchDocuments } from '../../src/lib/search/documents.ts';
import { writeFallbackIndex } from '../../src/lib/search/fallback/build-index.ts';
import { ensurePublicSearchKey } from '../../src/lib/search/meilisearch/keys.ts';
import { startMeilisearch } from '../../tests/support/meilisearch-server.ts';
import { launchChromium, SLOW_4G, type ThrottleProfile } from './lib/browser.ts';
import { generate, loadDocuments, type CatalogueSize } from './lib/catalogue.ts';
import {
  findProcess,
  indexTimed,
  processMemory,
  type ProcessMemory,
  type TimedIndexing,
} from './lib/meilisearch.ts';
import {
  nearbyRequest,
  pageScenarios,
  recordPageRequests,
  sendAllFromNode,
  sendFromBrowser,
  type Sample,
} from './lib/queries.ts';
import { visitSearchPage, type ColdResult } from './lib/search-page.ts';
import { startStaticServer } from '../lib/static-server.ts';
import { int, kb, mb, median, ms, percentile, printTable, range, seconds } from './lib/stats.ts';

const USAGE = `Usage: node scripts/bench/search.ts [--quick] [--no-100k] [--runs N] [--repeat N]
  [--index-runs N] [--site DIR] [--today YYYY-MM-DD] [--keep] [--waterfall]`;

const { values: args } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    'no-100k': { type: 'boolean', default: false },
    runs: { type: 'string' },
    repeat: { type: 'string' },
    'index-runs': { type: 'string' },
    site: { type: 'string' },
    today: { type: 'string', default: '2026-05-01' },
    keep: { type: 'boolean', default: false },
    waterfall: { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});
if (args.help) {
  console.log(USAGE);
  process.exit(0);
}

const positive = (value: string | undefined, fallback: number, name: string): number => {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) {
    console.error(`--${name} must be a positive integer\n${USAGE}`);
    process.exit(2);
  }
  return n;
};
const quick = args.quick;
const coldRuns = positive(args.runs, quick ? 3 : 5, 'runs');
const repetitions = positive(args.repeat, quick ? 20 : 50, 'repeat');
const indexRuns20k = positive(args['index-runs'], quick ? 1 : 3, 'index-runs');
const WARMUP_ROUNDS = 3;
const today = args.today;

const SIZES: (CatalogueSize & { indexRuns: number })[] = [
  { products: 20_000, producers: 10_000, salesPoints: 500, indexRuns: indexRuns20k },
];
if (!quick && !args['no-100k']) {
  SIZES.push({ products: 100_000, producers: 50_000, salesPoints: 500, indexRuns: 1 });
}

const started = performance.now();
const loadBefore = loadavg();
const progress = (message: string) => {
  process.stderr.write(`[${seconds(performance.now() - started).padStart(7)}] ${message}\n`);
};

async function folderBytes(dir: string): Promise<number> {
  let total = 0;
  for (const name of await readdir(dir, { recursive: true })) {
    try {
      const info = await stat(path.join(dir, name));
      if (info.isFile()) total += info.size;
    } catch {
      // removed meanwhile
    }
  }
  return total;
}

/* ---------- 1 + 2: Meilisearch ---------- */

interface IndexingRun {
  timed: TimedIndexing;
  memory: ProcessMemory | undefined;
  diskBytes: number;
}

interface QueryFigures {
  label: string;
  queries: number;
  hits: number;
  bytes: number;
  server: number[];
  browser: number[];
  fetch: number[];
  http: number[];
}

interface SizeResult {
  size: CatalogueSize;
  generateSeconds: number;
  readSeconds: number;
  buildSeconds: number;
  problems: number;
  runs: IndexingRun[];
  memoryAfterQueries: ProcessMemory | undefined;
  queries: QueryFigures[];
}

let meilisearchVersion = 'unknown';

async function meilisearchAtSize(
  size: CatalogueSize & { indexRuns: number },
  work: string,
  browser: Browser,
  blankPage: string,
  withServer?: (host: string, searchKey: string) => Promise<void>,
): Promise<{ result: SizeResult; documents: SearchDocuments }> {
  const n = int(size.products);
  const dir = path.join(work, `catalogue-${size.products}`);
  progress(`generating ${n} products, ${int(size.producers)} producers…`);
  const generateSeconds = await generate(size, dir);
  progress(`reading ${dir}…`);
  const loaded = await loadDocuments(dir, today);
  const { documents } = loaded;
  // The folder is large (~600 MB at 100,000) and no longer needed.
  await rm(dir, { recursive: true, force: true });

  const runs: IndexingRun[] = [];
  let server: Awaited<ReturnType<typeof startMeilisearch>> | undefined;
  try {
    for (let run = 1; run <= size.indexRuns; run += 1) {
      await server?.stop();
      server = await startMeilisearch();
      meilisearchVersion = (await server.client.getVersion()).pkgVersion;
      const pid = await findProcess(server.dataDir);
      progress(`indexing ${n} products into a fresh Meilisearch (run ${run}/${size.indexRuns})…`);
      const timed = await indexTimed(server.client, documents);
      runs.push({
        timed,
        memory: await processMemory(pid),
        diskBytes: await folderBytes(server.dataDir),
      });
      progress(
        `  ${int(timed.report.documents)} documents in ${seconds(timed.wallMs)} ` +
          `(${int(timed.report.documentsPerSecond)}/s)`,
      );
    }
    if (!server) throw new Error('no server');
    const pid = await findProcess(server.dataDir);

    const key = await ensurePublicSearchKey(server.client);
    const requests = [
      ...(await recordPageRequests(server.host, key.key, pageScenarios(documents.products))),
      nearbyRequest(),
    ];
    progress(`${requests.length} requests × ${repetitions} from Chromium…`);
    const page = await browser.newPage();
    await page.goto(blankPage);
    const fromBrowser = await sendFromBrowser(
      page,
      server.host,
      key.key,
      requests,
      repetitions,
      WARMUP_ROUNDS,
    );
    await page.close();
    progress(`${requests.length} requests × ${repetitions} from Node…`);
    const fromNode = await sendAllFromNode(
      server.host,
      key.key,
      requests,
      repetitions,
      WARMUP_ROUNDS,
    );
    const queries = requests.map((request, i): QueryFigures => {
      const browserSamples: Sample[] = fromBrowser[i]!;
      const fetchSamples: Sample[] = fromNode.fetch[i]!;
      const httpSamples: Sample[] = fromNode.http[i]!;
      const all = [...browserSamples, ...fetchSamples, ...httpSamples];
      const body = JSON.parse(request.body) as { queries?: unknown[] };
      return {
        label: request.label,
        queries: body.queries?.length ?? 1,
        hits: fetchSamples[0]?.hits ?? 0,
        bytes: median(all.map((s) => s.bytes)),
        server: all.map((s) => s.serverMs),
        browser: browserSamples.map((s) => s.roundTripMs),
        fetch: fetchSamples.map((s) => s.roundTripMs),
        http: httpSamples.map((s) => s.roundTripMs),
      };
    });
    const memoryAfterQueries = await processMemory(pid);
    if (withServer) await withServer(server.host, key.key);
    return {
      result: {
        size,
        generateSeconds,
        readSeconds: loaded.readSeconds,
        buildSeconds: loaded.buildSeconds,
        problems: loaded.problems,
        runs,
        memoryAfterQueries,
        queries,
      },
      documents,
    };
  } finally {
    await server?.stop();
  }
}

function printIndexing(results: readonly SizeResult[]): void {
  const rows: string[][] = [];
  for (const r of results) {
    const label = `${int(r.size.products)} products`;
    const runs = r.runs.length;
    const keys = r.runs[0]?.timed.perIndex.map((p) => p.key) ?? [];
    for (const key of keys) {
      const per = r.runs.map((run) => run.timed.perIndex.find((p) => p.key === key)!);
      const wall = median(per.map((p) => p.wallMs));
      const docs = per[0]!.documents;
      rows.push([
        `${label}: ${per[0]!.live}`,
        int(docs),
        seconds(wall),
        int((docs * 1000) / wall),
        seconds(median(per.map((p) => p.serverMs))),
        String(runs),
      ]);
    }
    const wall = median(r.runs.map((run) => run.timed.wallMs));
    const docs = r.runs[0]?.timed.report.documents ?? 0;
    rows.push([
      `${label}: all three (+ swap, cleanup)`,
      int(docs),
      seconds(wall),
      int((docs * 1000) / wall),
      seconds(median(r.runs.map((run) => run.timed.perIndex.reduce((s, p) => s + p.serverMs, 0)))),
      String(runs),
    ]);
  }
  printTable(
    `1. Indexing into a fresh Meilisearch ${meilisearchVersion} (project indexer, batches of 5,000; median of the runs)`,
    ['catalogue: index', 'documents', 'wall', 'docs/s', 'server', 'runs'],
    rows,
    [
      'wall: from the previous index finished (or the start) to the last batch of this one, incl. index creation and settings;',
      'server: sum of the document tasks’ `duration` as Meilisearch reports them.',
    ],
  );
  printTable(
    'Catalogue preparation and server memory',
    [
      'catalogue',
      'generate',
      'read files',
      'build docs',
      'RSS after indexing',
      'peak RSS',
      'RSS after queries',
      'data on disk',
    ],
    results.map((r) => {
      const last = r.runs.at(-1);
      return [
        `${int(r.size.products)} products / ${int(r.size.producers)} producers`,
        `${r.generateSeconds.toFixed(1)} s`,
        `${r.readSeconds.toFixed(1)} s`,
        `${r.buildSeconds.toFixed(1)} s`,
        last?.memory ? mb(last.memory.rss) : 'n/a',
        last?.memory ? mb(Math.max(...r.runs.map((run) => run.memory?.peak ?? 0))) : 'n/a',
        r.memoryAfterQueries ? mb(r.memoryAfterQueries.rss) : 'n/a',
        last ? mb(last.diskBytes) : 'n/a',
      ];
    }),
    results.some((r) => r.problems)
      ? [`content problems (lenient read): ${results.map((r) => r.problems).join(', ')}`]
      : [],
  );
}

const overhead = (result: SizeResult, client: 'browser' | 'fetch' | 'http') =>
  ms(median(result.queries.map((q) => median(q[client]) - median(q.server))));

function printQueries(result: SizeResult): void {
  const p = (values: number[], q: number) => ms(percentile(values, q));
  printTable(
    `2. Meilisearch queries at ${int(result.size.products)} products ` +
      `(${repetitions} times each, round robin after ${WARMUP_ROUNDS} warm-up rounds)`,
    [
      'request',
      'hits',
      'q/req',
      'answer',
      'server p50',
      'p95',
      'browser p50',
      'p95',
      'Node fetch p50',
      'p95',
      'node:http p50',
      'p95',
    ],
    result.queries.map((q) => [
      q.label,
      int(q.hits),
      String(q.queries),
      kb(q.bytes),
      p(q.server, 50),
      p(q.server, 95),
      p(q.browser, 50),
      p(q.browser, 95),
      p(q.fetch, 50),
      p(q.fetch, 95),
      p(q.http, 50),
      p(q.http, 95),
    ]),
    [
      'server: sum of processingTimeMs over the queries of one request (q/req: the page sends one more per refined facet);',
      'browser: fetch() + body from a Chromium page on another 127.0.0.1 origin (CORS, preflight cached), no throttling;',
      'Node fetch: undici; node:http: keep-alive agent, noDelay, headers and body in one write (the loopback floor);',
      `overhead over server time (median of the rows): browser ${overhead(result, 'browser')}, ` +
        `Node fetch ${overhead(result, 'fetch')}, node:http ${overhead(result, 'http')}.`,
      'Clients that write a POST’s headers and body separately (Chromium, undici) meet Nagle + delayed ACK on a reused',
      'loopback connection: many requests wait ~40 ms for the body to go out; one-write node:http and curl do not.',
    ],
  );
}

/* ---------- 3: the search page on the throttled profile ---------- */

async function buildSampleSite(
  out: string,
  extraEnv: Record<string, string> = {},
): Promise<number> {
  const t = performance.now();
  const env = Object.fromEntries(
    Object.entries(process.env).filter(
      ([name]) => !name.startsWith('PUBLIC_MEILISEARCH_') && name !== 'OCOP_CONTENT_DIR',
    ),
  );
  Object.assign(env, extraEnv, { OCOP_OUT_DIR: out });
  await new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-6000);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.once('error', reject);
    child.once('exit', (code) => {
      if (code === 0) resolve();
      else reject(new Error(`astro build exited with ${code}:\n${output}`));
    });
  });
  return (performance.now() - t) / 1000;
}

interface Scenario {
  label: string;
  path: string;
  warm: string[];
  profile: ThrottleProfile | undefined;
}

type ScenarioResults = Map<Scenario, ColdResult[]>;

const LOADING_TEXT = searchStrings('vi').loading;

/** An untimed visit, then `coldRuns` rounds over the scenarios (interleaved). */
async function runScenarios(
  browser: Browser,
  origin: string,
  scenarios: readonly Scenario[],
  what: string,
): Promise<ScenarioResults> {
  progress(`${what}: warm-up visit (untimed)…`);
  await visitSearchPage(browser, {
    origin,
    path: scenarios[0]!.path,
    profile: undefined,
    loadingText: LOADING_TEXT,
  });
  const results: ScenarioResults = new Map(scenarios.map((s) => [s, []]));
  for (let run = 1; run <= coldRuns; run += 1) {
    for (const scenario of scenarios) {
      progress(`${what}: ${scenario.label} (run ${run}/${coldRuns})…`);
      const result = await visitSearchPage(browser, {
        origin,
        path: scenario.path,
        profile: scenario.profile,
        warmQueries: scenario.warm,
        loadingText: LOADING_TEXT,
      });
      results.get(scenario)!.push(result);
    }
  }
  return results;
}

const PAGE_HEADER = [
  'scenario',
  'results shown',
  'min–max',
  'search req. at',
  'search part',
  'search bytes (req.)',
  'rounds',
  'JS (files)',
  'HTML+CSS+fonts',
  'stats line',
];

function scenarioRows(results: ScenarioResults): string[][] {
  const rows: string[][] = [];
  for (const [scenario, runs] of results) {
    const med = (f: (r: ColdResult) => number) => median(runs.map(f));
    rows.push([
      scenario.label,
      ms(med((r) => r.firstResultMs)),
      range(
        runs.map((r) => r.firstResultMs),
        ms,
      ),
      ms(med((r) => r.firstIndexRequestMs)),
      ms(med((r) => r.firstResultMs - r.firstIndexRequestMs)),
      `${kb(med((r) => r.transfer.bytes.search.bytes))} (${med((r) => r.transfer.bytes.search.count)})`,
      String(med((r) => r.transfer.searchRounds)),
      `${kb(med((r) => r.transfer.bytes.js.bytes))} (${med((r) => r.transfer.bytes.js.count)})`,
      kb(
        med(
          (r) =>
            r.transfer.bytes.html.bytes +
            r.transfer.bytes.css.bytes +
            r.transfer.bytes.font.bytes +
            r.transfer.bytes.other.bytes,
        ),
      ),
      runs[0]!.stats,
    ]);
    scenario.warm.forEach((query, i) => {
      const warm = runs.map((r) => r.warm[i]!);
      const wmed = (f: (w: (typeof warm)[number]) => number) => median(warm.map(f));
      rows.push([
        `  then types "${query}" (warm)`,
        ms(wmed((w) => w.ms)),
        range(
          warm.map((w) => w.ms),
          ms,
        ),
        '',
        '',
        `${kb(wmed((w) => w.transfer.bytes.search.bytes))} (${wmed((w) => w.transfer.bytes.search.count)})`,
        String(wmed((w) => w.transfer.searchRounds)),
        `${kb(wmed((w) => w.transfer.bytes.js.bytes))} (${wmed((w) => w.transfer.bytes.js.count)})`,
        '',
        warm[0]!.stats,
      ]);
    });
  }
  return rows;
}

function printWaterfalls(results: ScenarioResults, what: string): void {
  for (const [scenario, runs] of results) {
    if (!scenario.profile) continue;
    const run = runs[0]!;
    printTable(
      `${what}: requests of the first ${scenario.label} visit (ms from the document request)`,
      ['path', 'kind', 'start', 'end', 'bytes'],
      run.waterfall.map((r) => [
        r.path.length > 60 ? `${r.path.slice(0, 57)}…` : r.path,
        r.kind,
        r.startMs.toFixed(0),
        r.endMs.toFixed(0),
        kb(r.bytes),
      ]),
    );
  }
}

const encodingsSeen = (results: ScenarioResults) =>
  [...new Set([...results.values()].flat().flatMap((r) => r.transfer.encodings))].join(', ');

/** The cold "banh cay" visit first, then "tra", the empty page, and one without throttling. */
const SCENARIOS: Scenario[] = [
  {
    label: 'cold "banh cay"',
    path: '/tim-kiem/?q=banh+cay',
    warm: ['mat ong', 'tra'],
    profile: SLOW_4G,
  },
  { label: 'cold "tra"', path: '/tim-kiem/?q=tra', warm: [], profile: SLOW_4G },
  { label: 'cold "" (page load)', path: '/tim-kiem/', warm: ['banh cay'], profile: SLOW_4G },
  {
    label: 'cold "banh cay", no throttling',
    path: '/tim-kiem/?q=banh+cay',
    warm: ['mat ong'],
    profile: undefined,
  },
];

interface MeilisearchPageResult {
  results: ScenarioResults;
  note: string;
}

/** The search page wired to the Meilisearch at `host` (sample site built with its key). */
async function meilisearchPage(
  work: string,
  browser: Browser,
  host: string,
  searchKey: string,
  products: number,
): Promise<MeilisearchPageResult> {
  const site = path.join(work, 'site-meilisearch');
  progress('building the sample site wired to Meilisearch (astro build)…');
  const buildSeconds = await buildSampleSite(site, {
    PUBLIC_MEILISEARCH_HOST: host,
    PUBLIC_MEILISEARCH_SEARCH_KEY: searchKey,
  });
  const server = await startStaticServer({ root: site, encoding: 'br' });
  try {
    let compressed = 0;
    for (const dir of ['_astro', 'tim-kiem']) compressed += await server.precompress(dir);
    const scenarios = SCENARIOS.filter((s) => s.path.includes('banh+cay'));
    const results = await runScenarios(browser, server.origin, scenarios, 'Meilisearch page');
    return {
      results,
      note:
        `sample site built with PUBLIC_MEILISEARCH_HOST=${host} in ${buildSeconds.toFixed(0)} s ` +
        `(search requests go to the ${int(products)}-product Meilisearch, throttled like the rest); ` +
        `${compressed} files precompressed; encodings seen: ${encodingsSeen(results)}.`,
    };
  } finally {
    await server.stop();
  }
}

async function fallbackPage(
  documents: SearchDocuments,
  work: string,
  browser: Browser,
  meilisearch: MeilisearchPageResult | undefined,
): Promise<void> {
  const site = path.join(work, 'site');
  let siteNote: string;
  if (args.site) {
    progress(`copying ${args.site}…`);
    await cp(args.site, site, { recursive: true });
    siteNote = `site copied from ${args.site}`;
  } else {
    progress('building the site from the sample content/ (astro build)…');
    const buildSeconds = await buildSampleSite(site);
    siteNote = `site built from the sample content/ in ${buildSeconds.toFixed(0)} s`;
  }
  const fallbackDir = path.join(site, 'search', 'fallback');
  await rm(fallbackDir, { recursive: true, force: true });
  progress(`writing the server-less index for ${int(documents.products.length)} products…`);
  const t = performance.now();
  const written = await writeFallbackIndex(documents, fallbackDir, { statusDate: today });
  const indexSeconds = (performance.now() - t) / 1000;

  const server = await startStaticServer({ root: site, encoding: 'br' });
  let results: ScenarioResults;
  let compressed = 0;
  try {
    progress('compressing the served files (brotli 11, gzip 9)…');
    for (const dir of ['_astro', 'tim-kiem', 'search/fallback']) {
      compressed += await server.precompress(dir);
    }
    results = await runScenarios(browser, server.origin, SCENARIOS, 'server-less page');
  } finally {
    await server.stop();
  }

  printTable(
    `3. Server-less search page at ${int(documents.products.length)} products, ${SLOW_4G.name} ` +
      `(median of ${coldRuns} cold runs per row)`,
    PAGE_HEADER,
    scenarioRows(results),
    [
      'results shown: navigation start (cold) or the input event (warm) → first result card painted, page clock;',
      'search req. at: navigation start → first request for the index (HTML, JS and hydration before it); search part = the rest;',
      'bytes: encodedDataLength from the DevTools protocol (compressed body + headers); rounds: sequential waves of search requests;',
      `viewport 412×823, new browser context per cold run (empty cache); encodings seen: ${encodingsSeen(results)};`,
      `${siteNote}, then search/fallback/ replaced by the ${int(
        documents.products.length,
      )}-product index (${written.files.length} files, ${kb(written.bytes)} raw, written in ${indexSeconds.toFixed(1)} s);`,
      `served by scripts/lib/static-server.ts on 127.0.0.1 (${compressed} files precompressed, brotli 11 when accepted).`,
    ],
  );
  if (meilisearch) {
    printTable(
      `3b. For comparison: the same page searching Meilisearch at ${int(documents.products.length)} products, same profile ` +
        `(median of ${coldRuns} cold runs per row)`,
      PAGE_HEADER,
      scenarioRows(meilisearch.results),
      [
        'search bytes: requests to Meilisearch (preflights included when the browser reports them);',
        meilisearch.note,
      ],
    );
  }
  if (args.waterfall) {
    printWaterfalls(results, 'Server-less page');
    if (meilisearch) printWaterfalls(meilisearch.results, 'Meilisearch page');
  }

  const cold = results.get(SCENARIOS[0]!)!;
  const firstBytes = median(cold.map((r) => r.transfer.bytes.search.bytes));
  const firstMs = median(cold.map((r) => r.firstResultMs));
  const searchPart = median(cold.map((r) => r.firstResultMs - r.firstIndexRequestMs));
  const verdict = (ok: boolean) => (ok ? 'met' : 'MISSED');
  console.log(
    `\nTarget (server-less, 20,000 products, slow 4G + CPU ×4): first query ≤ 150 KB and ≤ 1.5 s\n` +
      `  index bytes of the cold "banh cay": ${kb(firstBytes)} → ${verdict(firstBytes <= 150 * 1024)}\n` +
      `  navigation start → results: ${ms(firstMs)} → ${verdict(firstMs <= 1500)}\n` +
      `  first index request → results: ${ms(searchPart)} → ${verdict(searchPart <= 1500)}`,
  );
}

/* ---------- run ---------- */

const work = await mkdtemp(path.join(tmpdir(), 'ocop-bench-search-'));
progress(`working in ${work}`);
const browser = await launchChromium();
const blank = await startStaticServer({
  root: work,
  pages: { '/__bench/': '<!doctype html><meta charset="utf-8"><title>bench</title>' },
});
try {
  const sizeResults: SizeResult[] = [];
  let documents20k: SearchDocuments | undefined;
  let meilisearchPage20k: MeilisearchPageResult | undefined;
  for (const size of SIZES) {
    const { result, documents } = await meilisearchAtSize(
      size,
      work,
      browser,
      `${blank.origin}/__bench/`,
      size.products === 20_000
        ? async (host, searchKey) => {
            meilisearchPage20k = await meilisearchPage(
              work,
              browser,
              host,
              searchKey,
              size.products,
            );
          }
        : undefined,
    );
    sizeResults.push(result);
    if (size.products === 20_000) documents20k = documents;
  }
  printIndexing(sizeResults);
  for (const result of sizeResults) printQueries(result);
  if (documents20k) await fallbackPage(documents20k, work, browser, meilisearchPage20k);

  const cpu = cpus();
  const loadAfter = loadavg();
  console.log(
    `\nMachine: ${cpu.length} cores (${cpu[0]?.model.trim() ?? 'unknown'}), load average ` +
      `${loadBefore.map((l) => l.toFixed(2)).join(' ')} at start, ` +
      `${loadAfter.map((l) => l.toFixed(2)).join(' ')} at the end; Node ${process.version}, ` +
      `Meilisearch ${meilisearchVersion}, Chromium ${browser.version()}; ` +
      `${quick ? '--quick, ' : ''}${repetitions} query repetitions, ${coldRuns} cold runs; ` +
      `documents as of ${today}; total ${seconds(performance.now() - started)}.`,
  );
} finally {
  await blank.stop();
  await browser.close();
  if (args.keep) progress(`kept ${work}`);
  else await rm(work, { recursive: true, force: true });
}
