/**
 * Global setup of the end-to-end run: a real Meilisearch and a copy of the site wired to it.
 *
 * 1. starts Meilisearch (`tests/support/meilisearch-server.ts`: loopback, random port and
 *    master key, throwaway data folder);
 * 2. indexes `content/` with the site's own indexer and creates the search-only public key;
 * 3. builds the site into `dist-meili/run-<pid>/` with `PUBLIC_MEILISEARCH_HOST` and
 *    `PUBLIC_MEILISEARCH_SEARCH_KEY` (the build itself checks the key can only search);
 * 4. serves that build on a free loopback port (`scripts/lib/static-server.ts`).
 *
 * What the tests need is handed to the workers in `E2E_MEILI_*` environment variables (read
 * them through `meilisearch-fixtures.ts`). When any step fails, the error goes into
 * `E2E_MEILI_ERROR` instead: the tests of the plain `dist/` build still run, and every test
 * that needs Meilisearch fails with that message. The returned teardown stops both servers
 * and removes the build; builds left by runs that no longer exist are removed first.
 */
import { spawn } from 'node:child_process';
import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { indexContentDirectory } from '../../../src/lib/search/meilisearch/indexer.ts';
import { ensurePublicSearchKey } from '../../../src/lib/search/meilisearch/keys.ts';
import { startMeilisearch, type MeilisearchTestServer } from '../../support/meilisearch-server.ts';
import { CONTENT, ROOT } from './catalogue.ts';
import { MEILI_ENV, MEILI_OUT_ROOT } from './meilisearch-env.ts';
import { startStaticServer, type StaticServer } from '../../../scripts/lib/static-server.ts';

const BUILD_TIMEOUT_MS = 180_000;

/** Runs `astro build` with the same Node as the test runner; resolves to its exit and output. */
export function astroBuild(
  env: Record<string, string | undefined>,
  timeoutMs = BUILD_TIMEOUT_MS,
): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-50_000);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`astro build did not finish within ${timeoutMs / 1000} s:\n${output}`));
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

/**
 * Process id of the Meilisearch that uses `dataDir` (found in /proc by its `--db-path`
 * argument, which names the server's own temporary folder): the outage test kills it.
 */
async function meilisearchPid(dataDir: string): Promise<number> {
  const dbPath = join(dataDir, 'data.ms');
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const args = (await readFile(`/proc/${entry}/cmdline`, 'utf8')).split('\0');
      if (args.includes(dbPath)) return Number(entry);
    } catch {
      // The process ended while we looked.
    }
  }
  throw new Error(`No process runs Meilisearch with --db-path ${dbPath}`);
}

const isRunning = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/** Removes what `dist-meili/` holds besides the builds of runs still going. */
async function removeStaleBuilds(): Promise<void> {
  let entries: string[];
  try {
    entries = await readdir(join(ROOT, MEILI_OUT_ROOT));
  } catch {
    return;
  }
  for (const entry of entries) {
    const run = /^run-(\d+)$/.exec(entry);
    if (run && isRunning(Number(run[1]))) continue;
    await rm(join(ROOT, MEILI_OUT_ROOT, entry), { recursive: true, force: true });
  }
}

export default async function globalSetup(): Promise<() => Promise<void>> {
  if (process.env['E2E_NO_MEILISEARCH'] === '1') {
    // For a quick local run of `--project chromium` only; CI never sets it, and every test
    // that needs Meilisearch fails with this message rather than being skipped.
    process.env[MEILI_ENV.error] = 'E2E_NO_MEILISEARCH=1: no Meilisearch was set up for this run';
    return async () => {};
  }
  const started = performance.now();
  const outDir = join(MEILI_OUT_ROOT, `run-${process.pid}`);
  let meilisearch: MeilisearchTestServer | undefined;
  let site: StaticServer | undefined;
  const teardown = async () => {
    await site?.stop();
    await meilisearch?.stop();
    await rm(join(ROOT, outDir), { recursive: true, force: true });
  };
  try {
    await removeStaleBuilds();
    meilisearch = await startMeilisearch();
    const { host, masterKey, dataDir } = meilisearch;
    // The key first: the build checks it (a public index not built yet is fine for that), so
    // the build and the indexing can run side by side.
    const { key: searchKey } = await ensurePublicSearchKey(meilisearch.client);
    const [indexed, built] = await Promise.allSettled([
      indexContentDirectory({ host, adminKey: masterKey, contentDir: CONTENT }),
      astroBuild({
        OCOP_OUT_DIR: outDir,
        PUBLIC_MEILISEARCH_HOST: host,
        PUBLIC_MEILISEARCH_SEARCH_KEY: searchKey,
      }),
    ]);
    if (indexed.status === 'rejected') throw indexed.reason;
    if (built.status === 'rejected') throw built.reason;
    const build = built.value;
    if (build.code !== 0) {
      throw new Error(`astro build into ${outDir}/ failed (${build.code}):\n${build.output}`);
    }
    site = await startStaticServer({ root: join(ROOT, outDir), encoding: 'identity' });
    process.env[MEILI_ENV.baseURL] = site.origin;
    process.env[MEILI_ENV.outDir] = outDir;
    process.env[MEILI_ENV.host] = host;
    process.env[MEILI_ENV.masterKey] = masterKey;
    process.env[MEILI_ENV.searchKey] = searchKey;
    process.env[MEILI_ENV.pid] = String(await meilisearchPid(dataDir));
    console.log(
      `Meilisearch for e2e at ${host}; ${outDir}/ served at ${site.origin} ` +
        `(set up in ${((performance.now() - started) / 1000).toFixed(1)} s)`,
    );
  } catch (error) {
    await teardown();
    const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
    process.env[MEILI_ENV.error] = message;
    console.error(`Meilisearch e2e setup failed; its tests will fail:\n${message}`);
  }
  return teardown;
}
