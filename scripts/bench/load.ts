/**
 * `npm run bench:load -- [--products N] [--duration S] [--warmup S] [--clients 50,200]`: a
 * bounded load test of the search backend on loopback. Generates a catalogue (20,000 products
 * by default, half as many producers, 500 sales points), starts a throwaway Meilisearch
 * (`tests/support/meilisearch-server.ts`), indexes it with the project's indexer, creates the
 * public search-only key, records the search page's real requests (`recordPageRequests`: plain,
 * typo, diacritics, facet-refined, sorted, the empty-query facets of a first visit, and the
 * "near me" sales points query), then for each client count runs `runLoadTest` (a warm-up, then
 * a fixed duration) and prints latency percentiles, throughput, errors and Meilisearch's memory
 * and CPU. Everything is stopped and removed at the end. Progress on stderr, tables on stdout.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { ensurePublicSearchKey } from '../../src/lib/search/meilisearch/keys.ts';
import { startMeilisearch } from '../../tests/support/meilisearch-server.ts';
import { generate, loadDocuments } from './lib/catalogue.ts';
import { runLoadTest, type LoadTestResult } from './lib/load.ts';
import { findProcess, indexTimed, processMemory } from './lib/meilisearch.ts';
import { nearbyRequest, pageScenarios, recordPageRequests } from './lib/queries.ts';
import { int, mb, ms, printTable, seconds } from './lib/stats.ts';

const USAGE = `Usage: node scripts/bench/load.ts [--products N] [--duration S] [--warmup S]
  [--clients 50,200] [--timeout S] [--today YYYY-MM-DD]
  --products N    catalogue size (default 20000; producers N/2, 500 sales points)
  --duration S    measured seconds per client count (default 20)
  --warmup S      untimed seconds before each measurement (default 3)
  --clients LIST  concurrent clients, comma-separated (default 50,200)
  --timeout S     a request without an answer after S seconds is an error (default 10)`;

export interface LoadRow {
  result: LoadTestResult;
  /** Highest RSS sampled during the measured window, and Meilisearch's lifetime peak after. */
  peakRss: number;
  lifetimePeak: number;
  /** Meilisearch's CPU time over the measured window / its length (1.0 = one core busy). */
  cores: number;
  /** The load generator's own CPU over the run (warm-up included), in cores. */
  clientCores: number;
  load: number;
}

/** utime + stime of `pid` in clock ticks (100 per second on Linux). */
async function cpuTicks(pid: number | undefined): Promise<number> {
  if (pid === undefined) return Number.NaN;
  try {
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return Number.NaN;
  }
}

/** Samples `pid`'s RSS every `everyMs` until stopped; resolves with the highest seen. */
function sampleRss(pid: number | undefined, everyMs = 200) {
  let peak = Number.NaN;
  const tick = async () => {
    const memory = await processMemory(pid);
    if (memory && !(memory.rss <= peak)) peak = memory.rss;
  };
  const timer = setInterval(() => void tick(), everyMs);
  void tick();
  return async () => {
    clearInterval(timer);
    await tick();
    return peak;
  };
}

export function printLoad(rows: readonly LoadRow[], notes: readonly string[] = []): void {
  printTable(
    'Search backend under load (Meilisearch on loopback, the search page’s real requests)',
    [
      'clients',
      'requests',
      'req/s',
      'p50',
      'p95',
      'p99',
      'max',
      'errors',
      'Meili RSS peak',
      'Meili CPU',
      'client CPU',
      'load avg',
    ],
    rows.map(({ result, peakRss, cores, clientCores, load }) => [
      int(result.clients),
      int(result.requests),
      int(result.rps),
      ms(result.p50),
      ms(result.p95),
      ms(result.p99),
      ms(result.max),
      result.errors
        ? `${int(result.errors)} (${Object.entries(result.errorKinds)
            .map(([kind, n]) => `${kind}: ${n}`)
            .join(', ')})`
        : '0',
      mb(peakRss),
      Number.isFinite(cores) ? `${cores.toFixed(2)} cores` : 'n/a',
      `${clientCores.toFixed(2)} cores`,
      load.toFixed(1),
    ]),
    notes,
  );
}

async function main(): Promise<void> {
  const { values: args } = parseArgs({
    options: {
      products: { type: 'string', default: '20000' },
      duration: { type: 'string', default: '20' },
      warmup: { type: 'string', default: '3' },
      clients: { type: 'string', default: '50,200' },
      timeout: { type: 'string', default: '10' },
      today: { type: 'string', default: '2026-05-01' },
      help: { type: 'boolean', default: false },
    },
  });
  if (args.help) {
    console.log(USAGE);
    return;
  }
  const fail = (message: string): never => {
    console.error(`${message}\n${USAGE}`);
    process.exit(2);
  };
  const products = Number(args.products);
  if (!Number.isInteger(products) || products < 10) fail('--products must be an integer ≥ 10');
  const durationS = Number(args.duration);
  if (!(durationS > 0 && durationS <= 600)) fail('--duration must be in (0, 600] seconds');
  const warmupS = Number(args.warmup);
  if (!(warmupS >= 0 && warmupS <= 600)) fail('--warmup must be in [0, 600] seconds');
  const timeoutS = Number(args.timeout);
  if (!(timeoutS > 0)) fail('--timeout must be positive');
  const clientCounts = args.clients.split(',').map(Number);
  if (!clientCounts.every((n) => Number.isInteger(n) && n >= 1 && n <= 2000)) {
    fail('--clients must be integers from 1 to 2000, comma-separated');
  }

  const started = performance.now();
  const progress = (message: string) =>
    process.stderr.write(`[${seconds(performance.now() - started).padStart(7)}] ${message}\n`);
  const loadBefore = loadavg();
  const work = await mkdtemp(path.join(tmpdir(), 'ocop-bench-load-'));
  let server: Awaited<ReturnType<typeof startMeilisearch>> | undefined;
  try {
    const size = {
      products,
      producers: Math.max(1, Math.round(products / 2)),
      salesPoints: 500,
    };
    progress(`generating ${int(size.products)} products, ${int(size.producers)} producers…`);
    const dir = path.join(work, 'catalogue');
    await generate(size, dir);
    const { documents } = await loadDocuments(dir, args.today);
    await rm(dir, { recursive: true, force: true });

    server = await startMeilisearch();
    const version = (await server.client.getVersion()).pkgVersion;
    const pid = await findProcess(server.dataDir);
    progress(`indexing into Meilisearch ${version} on ${server.host}…`);
    const indexed = await indexTimed(server.client, documents);
    progress(`  ${int(indexed.report.documents)} documents in ${seconds(indexed.wallMs)}`);
    const key = await ensurePublicSearchKey(server.client);
    const requests = [
      ...(await recordPageRequests(server.host, key.key, pageScenarios(documents.products))),
      nearbyRequest(),
    ];
    const queries = requests.reduce(
      (sum, r) => sum + ((JSON.parse(r.body) as { queries?: unknown[] }).queries?.length ?? 1),
      0,
    );
    progress(`${requests.length} recorded requests (${queries} queries)`);

    const rows: LoadRow[] = [];
    for (const clients of clientCounts) {
      progress(`${clients} clients: ${warmupS} s warm-up, ${durationS} s measured…`);
      const stopSampling = sampleRss(pid);
      const clientCpu = process.cpuUsage();
      const clientStarted = performance.now();
      // CPU of the measured window only: read it when the warm-up ends.
      let ticksAtStart = Number.NaN;
      const warmupTimer = setTimeout(
        () => void cpuTicks(pid).then((t) => (ticksAtStart = t)),
        warmupS * 1000,
      );
      const result = await runLoadTest({
        host: server.host,
        searchKey: key.key,
        requests,
        clients,
        warmupMs: warmupS * 1000,
        durationMs: durationS * 1000,
        timeoutMs: timeoutS * 1000,
      });
      clearTimeout(warmupTimer);
      const ticks = (await cpuTicks(pid)) - ticksAtStart;
      const clientUsage = process.cpuUsage(clientCpu);
      const clientCores =
        (clientUsage.user + clientUsage.system) / 1000 / (performance.now() - clientStarted);
      const peakRss = await stopSampling();
      const memory = await processMemory(pid);
      rows.push({
        result,
        peakRss,
        lifetimePeak: memory?.peak ?? Number.NaN,
        cores: ticks / 100 / (result.durationMs / 1000),
        clientCores,
        load: loadavg()[0]!,
      });
      progress(
        `  ${int(result.requests)} requests, p50 ${ms(result.p50)}, p99 ${ms(result.p99)}, ` +
          `${int(result.errors)} errors`,
      );
    }

    const cpu = cpus();
    printLoad(rows, [
      `${int(documents.products.length)} products, ${int(documents.producers.length)} producers, ` +
        `${int(documents.salesPoints.length)} sales points; Meilisearch ${version} (npm dev binary), ` +
        `indexed in ${seconds(indexed.wallMs)};`,
      `each client replays ${requests.length} recorded requests (${queries} queries: the search page's ` +
        `/multi-search bodies and the near-me _geoPoint search) round robin, back to back, no think time;`,
      `node:http keep-alive agent (one socket per client), latency = request written → body read, 2xx only;`,
      `errors: non-2xx, no answer within ${timeoutS} s, connection errors; ${warmupS} s warm-up, ` +
        `${durationS} s measured per row;`,
      `Meili RSS peak: sampled every 200 ms during the row (its lifetime peak, indexing included: ` +
        `${mb(Math.max(...rows.map((r) => r.lifetimePeak)))}); Meili CPU: its CPU time / the window; ` +
        `client CPU: this process's (the load generator's);`,
      `the load generator runs on the same ${cpu.length} cores (${cpu[0]?.model.trim() ?? 'unknown'}), ` +
        `so the figures are a floor for a dedicated server; load average ` +
        `${loadBefore.map((l) => l.toFixed(2)).join(' ')} at start, ` +
        `${loadavg()
          .map((l) => l.toFixed(2))
          .join(' ')} at the end (shared machine); total ${seconds(performance.now() - started)}.`,
    ]);
  } finally {
    await server?.stop();
    await rm(work, { recursive: true, force: true });
  }
}

// Run as a script, not when imported (`npm run bench` prints these tables itself).
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
