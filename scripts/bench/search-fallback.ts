/**
 * `node scripts/bench/search-fallback.ts [--content DIR] [--products N] [--today YYYY-MM-DD]
 * [--keep DIR]`: builds the server-less search index for a generated catalogue (default: runs
 * `scripts/generate-catalogue.ts` for 20,000 products / 10,000 producers / 500 sales points
 * into a temporary folder; with `--content`, reads that folder instead; if the generator is
 * missing, makes synthetic documents) and prints:
 * - the index: files, raw / gzip / brotli bytes per kind;
 * - for cold queries (new engine, empty cache) the files and compressed bytes the engine
 *   fetches (gzip -9 and brotli -11 of exactly those files, via an instrumented fetcher), the
 *   sequential request rounds, and the in-memory query time in Node;
 * - for warm follow-up queries, the extra bytes.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { todayInVietnam } from '../../src/lib/domain/dates.ts';
import { writeFallbackIndex } from '../../src/lib/search/fallback/build-index.ts';
import { FallbackEngine, type Fetcher } from '../../src/lib/search/fallback/engine.ts';
import type { FallbackManifest } from '../../src/lib/search/fallback/format.ts';
import {
  createFallbackSearchClient,
  type InstantSearchRequest,
} from '../../src/lib/search/fallback/instantsearch-client.ts';
import {
  benchDocuments,
  downloadedBytes,
  fileSizes,
  loggingFetcher,
} from './lib/fallback-index.ts';

const { values: args } = parseArgs({
  options: {
    content: { type: 'string' },
    products: { type: 'string', default: '20000' },
    today: { type: 'string', default: todayInVietnam() },
    keep: { type: 'string' },
    chunk: { type: 'string' },
    shard: { type: 'string' },
  },
});
const productCount = Number(args.products);
const work = await mkdtemp(path.join(tmpdir(), 'search-fallback-bench-'));
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/* ---------- index ---------- */

const started = performance.now();
const { products, salesPoints, source } = await benchDocuments({
  content: args.content,
  productCount,
  today: args.today,
  work,
});
console.log(`Documents: ${products.length} products from ${source}`);
const outDir = args.keep ?? path.join(work, 'index');
const t0 = performance.now();
const written = await writeFallbackIndex({ products, salesPoints }, outDir, {
  statusDate: args.today,
  ...(args.chunk ? { chunkSize: Number(args.chunk) } : {}),
  ...(args.shard ? { shardSize: Number(args.shard) } : {}),
});
console.log(`Index built in ${((performance.now() - t0) / 1000).toFixed(1)} s → ${outDir}`);

const sizeOf = fileSizes(outDir);

const kinds = new Map<string, { files: number; raw: number; gzip: number; brotli: number }>();
for (const file of written.files) {
  const kind = file.includes('/') ? file.slice(0, file.indexOf('/')) : file.replace(/\..*$/, '');
  const s = await sizeOf(file);
  const k = kinds.get(kind) ?? { files: 0, raw: 0, gzip: 0, brotli: 0 };
  k.files++;
  k.raw += s.raw;
  k.gzip += s.gzip;
  k.brotli += s.brotli;
  kinds.set(kind, k);
}
const total = [...kinds.values()].reduce(
  (a, k) => ({
    files: a.files + k.files,
    raw: a.raw + k.raw,
    gzip: a.gzip + k.gzip,
    brotli: a.brotli + k.brotli,
  }),
  { files: 0, raw: 0, gzip: 0, brotli: 0 },
);
console.log('\nIndex files            files        raw       gzip     brotli');
for (const [kind, k] of [...kinds, ['TOTAL', total] as const]) {
  console.log(
    `  ${kind.padEnd(20)} ${String(k.files).padStart(6)} ${kb(k.raw).padStart(10)} ${kb(k.gzip).padStart(10)} ${kb(k.brotli).padStart(10)}`,
  );
}

/* ---------- instrumented fetcher ---------- */

const logged = loggingFetcher(outDir);
const fetcher = logged.fetcher;
const downloaded = (files: string[]) => downloadedBytes(sizeOf, files);

const newClient = () =>
  createFallbackSearchClient({ baseUrl: '/search/fallback/', fetch: fetcher });

/** The requests react-instantsearch sends for a query with refinements of `refined` facets. */
function requests(
  query: string,
  refinements: Record<string, string[]> = {},
  indexName = 'products',
): InstantSearchRequest[] {
  const facets = ['categoryGroup', 'certificateStatus', 'producerType', 'province', 'stars'];
  const filtersWithout = (skip?: string) =>
    Object.entries(refinements)
      .filter(([f, v]) => f !== skip && v.length)
      .map(([f, v]) => v.map((x) => `${f}:${x}`));
  const base = {
    query,
    highlightPreTag: '__ais-highlight__',
    highlightPostTag: '__/ais-highlight__',
    maxValuesPerFacet: 40,
  };
  const out: InstantSearchRequest[] = [
    {
      indexName,
      params: {
        ...base,
        facets,
        hitsPerPage: 20,
        page: 0,
        ...(Object.keys(refinements).length ? { facetFilters: filtersWithout() } : {}),
      },
    },
  ];
  for (const facet of Object.keys(refinements)) {
    const ff = filtersWithout(facet);
    out.push({
      indexName,
      params: {
        ...base,
        facets: facet,
        hitsPerPage: 0,
        page: 0,
        analytics: false,
        clickAnalytics: false,
        ...(ff.length ? { facetFilters: ff } : {}),
      },
    });
  }
  return out;
}

interface Step {
  label: string;
  run: (client: ReturnType<typeof newClient>) => Promise<unknown>;
}

async function scenario(title: string, steps: Step[]) {
  console.log(`\n${title}`);
  const client = newClient();
  const seen = new Set<string>();
  for (const step of steps) {
    logged.reset();
    const t = performance.now();
    const result = (await step.run(client)) as { results: { nbHits?: number }[] };
    const ms = performance.now() - t;
    const fresh = logged.log().files.filter((f) => !seen.has(f));
    fresh.forEach((f) => seen.add(f));
    const d = await downloaded(fresh);
    const hits = result.results[0]?.nbHits ?? 0;
    // Same query again, everything cached: the in-memory cost alone.
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      const w = performance.now();
      await step.run(client);
      times.push(performance.now() - w);
    }
    times.sort((a, b) => a - b);
    console.log(
      `  ${step.label.padEnd(42)} ${String(hits).padStart(6)} hits  ${String(d.count).padStart(3)} files in ${logged.log().rounds} round(s)  gzip ${kb(d.gzip).padStart(8)}  brotli ${kb(d.brotli).padStart(8)}  (raw ${kb(d.raw)})  first ${ms.toFixed(0)} ms, repeat ${times[2]!.toFixed(1)} ms`,
    );
  }
}

const firstWithProvince = products.find((p) => /bánh cáy/i.test(p.name)) ?? products[0]!;
const province = firstWithProvince.province;
const step = (
  label: string,
  query: string,
  refinements?: Record<string, string[]>,
  index?: string,
): Step => ({
  label,
  run: (client) => client.search(requests(query, refinements, index)),
});

await scenario('Cold: "banh cay" + a province filter, then warm follow-ups', [
  step(`"banh cay" + province:${province}`, 'banh cay', { province: [province] }),
  step('  + stars:5 (warm)', 'banh cay', { province: [province], stars: ['5'] }),
  step('  page 2 (warm)', 'banh cay', { province: [province] }),
  step('"mat ong" (warm)', 'mat ong'),
  step('"tra" sorted by newest (warm)', 'tra', {}, 'products:certifiedOn:desc'),
  step('"tra" sorted by name (warm)', 'tra', {}, 'products:name:asc'),
]);
await scenario('Cold: "tra" (prefix, common)', [step('"tra"', 'tra')]);
await scenario('Cold: "mat ong" (common)', [step('"mat ong"', 'mat ong')]);
await scenario('Cold: "bánh cáy" with diacritics', [step('"bánh cáy"', 'bánh cáy')]);
await scenario('Cold: "thai binh" (a former province: synonym of Hưng Yên)', [
  step('"thai binh"', 'thai binh'),
]);
await scenario('Cold: "nong nghiepp" (a typo: the typo vocabulary is fetched)', [
  step('"nong nghiepp"', 'nong nghiepp'),
]);
await scenario('Cold: "xa hoa can" ("xã" is only in descriptions)', [
  step('"xa hoa can"', 'xa hoa can'),
]);
await scenario('Cold: empty query (page load), then typing "banh cay" letter by letter', [
  step('"" (all products, facets)', ''),
  ...['b', 'ba', 'ban', 'banh', 'banh ', 'banh c', 'banh ca', 'banh cay'].map((q) =>
    step(`  "${q}" (warm)`, q),
  ),
]);

// Cold query wall time with a simulated round trip per request (transfer time not included).
for (const inline of [false, true]) {
  const rtt = 150;
  const slow: Fetcher = async (url) => {
    await new Promise((resolve) => setTimeout(resolve, rtt));
    return fetcher(url);
  };
  const manifest = inline
    ? (JSON.parse(await readFile(path.join(outDir, 'manifest.json'), 'utf8')) as FallbackManifest)
    : undefined;
  const engine = new FallbackEngine({ baseUrl: '/search/fallback/', fetch: slow, manifest });
  logged.reset();
  const t = performance.now();
  await engine.search({ query: 'banh cay', filters: { province: [province] }, facets: '*' });
  const d = await downloaded(logged.log().files);
  console.log(
    `\nCold "banh cay" + province, ${rtt} ms per request, manifest ${inline ? 'inlined in the page' : 'fetched'}: ` +
      `${(performance.now() - t).toFixed(0)} ms (${logged.log().rounds} sequential rounds), ${d.count} files, ` +
      `${kb(d.brotli)} brotli ≈ ${(((d.brotli * 8) / 1.6e6) * 1000).toFixed(0)} ms more at 1.6 Mbit/s`,
  );
}

if (!args.keep) await rm(work, { recursive: true, force: true });
console.log(`\nDone in ${((performance.now() - started) / 1000).toFixed(1)} s`);
