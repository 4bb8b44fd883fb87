/**
 * Lighthouse on a built site: one page per template, Lighthouse's default mobile profile
 * (Moto G Power-sized screen, simulated slow 4G: 150 ms RTT, 1.6 Mbit/s down; CPU ×4), in
 * Debian's Chromium, served from `dist/` by `scripts/lib/static-server.ts` with the build's
 * `_headers` and `_redirects` applied (security and cache headers as on the static host).
 *
 * Per page: the four category scores (0–100), FCP, LCP, TBT, CLS and the bytes transferred, the
 * median of `runs` runs (pages interleaved, so a burst of load on the machine does not hit one
 * page's runs only), and the audits that kept a score from 100.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { access, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import lighthouse, { type Flags, type Result } from 'lighthouse';
import { startStaticServer } from '../../lib/static-server.ts';
import { CHROMIUM_PATH } from './browser.ts';
import { median } from './stats.ts';

export interface PageTarget {
  template: string;
  /** Path and query, `/tim-kiem/?q=banh+cay`. */
  path: string;
}

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

export interface FailingAudit {
  category: Category;
  id: string;
  title: string;
  /** 0–1. */
  score: number;
  /** Weight in the category's score (0: diagnostic only). */
  weight: number;
  displayValue?: string;
}

/** Category scores (0–100) and load figures of a page. */
interface Figures {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  /** Bytes transferred for the page load (Lighthouse's total-byte-weight), KB. */
  totalKB: number;
}

/** A page's figures: the median of its runs. */
export interface PageScores extends PageTarget, Figures {
  runs: number;
  /** Audits below a full score in the run with the median performance score. */
  failing: FailingAudit[];
  /** Lighthouse's run warnings (slow machine, redirects…), deduplicated over the runs. */
  warnings: string[];
  /** CPU slowdown used (median of the runs) and this host's benchmark index (median). */
  cpuSlowdown: number;
  benchmarkIndex: number;
}

export interface LighthouseReport {
  pages: PageScores[];
  /** False when the build had no `_headers`/`_redirects` (served without host rules). */
  hostRules: boolean;
  lighthouseVersion: string;
  chromiumVersion: string;
  /** Lighthouse's CPU benchmark of this machine (median; ~1000+ on a typical desktop). */
  benchmarkIndex: number;
}

export interface LighthouseOptions {
  /** A built site (`dist/`). */
  root: string;
  pages: readonly PageTarget[];
  /** Runs per page, median taken (default 1). */
  runs?: number;
  /**
   * CPU slowdown: Lighthouse's default (4, which assumes a host with a benchmark index of about
   * 1000) when undefined, a number, or 'calibrated': the host's benchmark index measured in the
   * same run divided by {@link REFERENCE_PHONE_INDEX}, between 1 and 4 — on a slow or loaded
   * host, the slowdown that makes it about as fast as the reference phone rather than slower.
   */
  cpuSlowdown?: number | 'calibrated';
  /** Called when a run failed and is tried again. */
  onRetry?: (page: PageTarget, problem: string) => void;
  /** Called before each run (progress output). */
  onRun?: (page: PageTarget, run: number, runs: number) => void;
}

/**
 * Benchmark index of Lighthouse's reference low-tier phone (Moto G Power 2022), as used by
 * Chrome DevTools' CPU calibration; Lighthouse's default ×4 on a ~1000 host is about this.
 */
export const REFERENCE_PHONE_INDEX = 264;
export const DEFAULT_CPU_SLOWDOWN = 4;

/**
 * The CPU slowdown that brings a host with benchmark index `index` down to the reference phone,
 * at least 1 (a slower host cannot be sped up) and at most Lighthouse's default 4 (on a host
 * faster than Lighthouse expects, the default profile as everyone runs it).
 */
export function calibratedSlowdown(index: number): number {
  if (!(index > 0)) return DEFAULT_CPU_SLOWDOWN;
  const slowdown = Math.min(DEFAULT_CPU_SLOWDOWN, Math.max(1, index / REFERENCE_PHONE_INDEX));
  return Math.round(slowdown * 100) / 100;
}

const exists = (file: string) =>
  access(file).then(
    () => true,
    () => false,
  );

async function folders(dir: string): Promise<string[]> {
  try {
    const entries = await readdir(dir, { withFileTypes: true });
    return entries
      .filter((e) => e.isDirectory())
      .map((e) => e.name)
      .sort();
  } catch {
    return [];
  }
}

/** The first of `preferred`, else of all, sub-folders of `dir` that hold an `index.html`. */
async function pagesIn(root: string, dir: string, preferred: readonly string[] = []) {
  const all = await folders(path.join(root, dir));
  const ordered = [...preferred.filter((p) => all.includes(p)), ...all];
  for (const name of ordered) {
    if (await exists(path.join(root, dir, name, 'index.html'))) return name;
  }
  return undefined;
}

/**
 * One real page per template found in the build at `root`: home, product, producer, province,
 * category, star level, sales points (index and one province), search, certificate check,
 * fair, shortlist, and the English product page. Templates missing from the build are left out.
 */
export async function defaultPages(root: string): Promise<PageTarget[]> {
  const pages: PageTarget[] = [];
  const add = async (template: string, urlPath: string, file = urlPath) => {
    const bare = file.split('?')[0]!;
    if (await exists(path.join(root, bare, 'index.html'))) pages.push({ template, path: urlPath });
  };
  await add('home', '/');
  const product = await pagesIn(root, 'san-pham');
  if (product) await add('product', `/san-pham/${product}/`);
  const producer = await pagesIn(root, 'chu-the');
  if (producer) await add('producer', `/chu-the/${producer}/`);
  const province = await pagesIn(root, 'tinh', ['ha-noi']);
  if (province) await add('province', `/tinh/${province}/`);
  const category = await pagesIn(root, 'danh-muc', ['thuc-pham']);
  if (category) await add('category', `/danh-muc/${category}/`);
  const stars = await pagesIn(root, 'sao', ['5', '4', '3']);
  if (stars) await add('stars', `/sao/${stars}/`);
  await add('sales points', '/diem-ban/');
  const salesProvince = await pagesIn(root, 'diem-ban', ['ha-noi']);
  if (salesProvince) await add('sales points (province)', `/diem-ban/${salesProvince}/`);
  await add('search', '/tim-kiem/?q=banh+cay');
  const code = await pagesIn(root, 'p');
  if (code) await add('certificate check', `/p/${code}/`);
  const fair = await pagesIn(root, 'hoi-cho');
  if (fair) await add('fair', `/hoi-cho/${fair}/`);
  await add('shortlist', '/danh-sach/');
  if (product) await add('product (English)', `/en/san-pham/${product}/`);
  return pages;
}

interface Chromium {
  port: number;
  version: string;
  stop: () => Promise<void>;
}

/** Debian's Chromium, headless, with a DevTools port for Lighthouse and a throwaway profile. */
async function startChromium(): Promise<Chromium> {
  const profile = await mkdtemp(path.join(tmpdir(), 'ocop-lighthouse-'));
  const child: ChildProcess = spawn(
    CHROMIUM_PATH,
    [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-extensions',
      '--disable-sync',
      '--disable-default-apps',
      '--no-first-run',
      '--no-default-browser-check',
      '--mute-audio',
      '--remote-debugging-address=127.0.0.1',
      '--remote-debugging-port=0',
      `--user-data-dir=${profile}`,
      'about:blank',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      await new Promise<void>((resolve) => {
        const kill = setTimeout(() => child.kill('SIGKILL'), 5000);
        child.once('exit', () => {
          clearTimeout(kill);
          resolve();
        });
        child.kill('SIGTERM');
      });
    }
    await rm(profile, { recursive: true, force: true });
  };
  try {
    const port = await new Promise<number>((resolve, reject) => {
      let output = '';
      const timer = setTimeout(() => {
        reject(new Error(`Chromium gave no DevTools port:\n${output}`));
      }, 30_000);
      child.stderr!.on('data', (chunk: Buffer) => {
        output = (output + chunk.toString()).slice(-4000);
        const match = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(output);
        if (match) {
          clearTimeout(timer);
          resolve(Number(match[1]));
        }
      });
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`Chromium exited (${code}):\n${output}`));
      });
    });
    const info = (await (await fetch(`http://127.0.0.1:${port}/json/version`)).json()) as {
      Browser?: string;
    };
    return { port, version: info.Browser ?? 'unknown', stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

const IGNORED_MODES = new Set(['notApplicable', 'informative', 'manual', 'error']);

/** Audits that kept a category from 100: weighted ones below 1, diagnostics below 0.9. */
export function failingAudits(lhr: Result): FailingAudit[] {
  const out: FailingAudit[] = [];
  for (const category of CATEGORIES) {
    for (const ref of lhr.categories[category]?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id];
      if (!audit || audit.score === null || IGNORED_MODES.has(audit.scoreDisplayMode)) continue;
      if (audit.score >= (ref.weight > 0 ? 1 : 0.9)) continue;
      out.push({
        category,
        id: ref.id,
        title: audit.title,
        score: audit.score,
        weight: ref.weight,
        ...(audit.displayValue ? { displayValue: audit.displayValue } : {}),
      });
    }
  }
  return out;
}

/** One Lighthouse run of one page: its scores and figures, and what the run reported. */
interface RunFigures extends Figures {
  benchmarkIndex: number;
  failing: FailingAudit[];
  warnings: string[];
  version: string;
  cpuSlowdown: number;
}

function figures(lhr: Result, cpuSlowdown: number): RunFigures {
  const score = (category: Category) => Math.round((lhr.categories[category]?.score ?? 0) * 100);
  const value = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    fcpMs: value('first-contentful-paint'),
    lcpMs: value('largest-contentful-paint'),
    tbtMs: value('total-blocking-time'),
    cls: value('cumulative-layout-shift'),
    totalKB: value('total-byte-weight') / 1024,
    benchmarkIndex: lhr.environment.benchmarkIndex,
    failing: failingAudits(lhr),
    warnings: lhr.runWarnings,
    version: lhr.lighthouseVersion,
    cpuSlowdown,
  };
}

/** Runs Lighthouse on each page (`runs` rounds over all pages) and takes the medians. */
export async function runLighthouse(options: LighthouseOptions): Promise<LighthouseReport> {
  const runs = options.runs ?? 1;
  if (!Number.isInteger(runs) || runs < 1) throw new RangeError('runs must be a positive integer');
  const root = path.resolve(options.root);
  const hostRules =
    (await exists(path.join(root, '_headers'))) && (await exists(path.join(root, '_redirects')));
  const server = await startStaticServer({ root, hostRules });
  let chromium: Chromium | undefined;
  try {
    // Compress up front, so the first run of a page does not wait for brotli 11.
    await server.precompress('_astro');
    for (const page of options.pages) {
      await fetch(`${server.origin}${page.path}`, { headers: { 'Accept-Encoding': 'br' } }).then(
        (r) => r.arrayBuffer(),
      );
    }
    chromium = await startChromium();
    const port = chromium.port;
    const mode = options.cpuSlowdown ?? DEFAULT_CPU_SLOWDOWN;
    const configFor = (cpuSlowdown: number) =>
      cpuSlowdown === DEFAULT_CPU_SLOWDOWN
        ? undefined
        : {
            extends: 'lighthouse:default',
            settings: { throttling: { cpuSlowdownMultiplier: cpuSlowdown } },
          };
    /**
     * One Lighthouse run. With simulated throttling (the default) the page loads at full speed
     * and the CPU slowdown is applied when the trace is simulated, at audit time; so a
     * calibrated run gathers first, reads the benchmark index measured in that same run, and
     * audits the saved artifacts with the slowdown it implies.
     */
    const once = async (page: PageTarget) => {
      const url = `${server.origin}${page.path}`;
      const base: Flags = {
        port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: [...CATEGORIES],
      };
      if (mode !== 'calibrated') {
        return { result: await lighthouse(url, base, configFor(mode)), cpuSlowdown: mode };
      }
      const dir = await mkdtemp(path.join(tmpdir(), 'ocop-lighthouse-artifacts-'));
      try {
        await lighthouse(url, { ...base, gatherMode: dir });
        const file = path.join(dir, 'artifacts.json');
        const artifacts = JSON.parse(await readFile(file, 'utf8')) as {
          BenchmarkIndex?: number;
          settings: { throttling: { cpuSlowdownMultiplier: number } };
        };
        const cpuSlowdown = calibratedSlowdown(artifacts.BenchmarkIndex ?? Number.NaN);
        artifacts.settings.throttling.cpuSlowdownMultiplier = cpuSlowdown;
        await writeFile(file, JSON.stringify(artifacts));
        const result = await lighthouse(url, { ...base, auditMode: dir }, configFor(cpuSlowdown));
        return { result, cpuSlowdown };
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    };
    const audit = async (page: PageTarget): Promise<{ lhr: Result; cpuSlowdown: number }> => {
      // A loaded machine sometimes spoils a trace (NO_NAVSTART, NO_FCP…): try again, twice.
      let problem = '';
      for (let attempt = 1; attempt <= 3; attempt += 1) {
        const { result, cpuSlowdown } = await once(page);
        const error = result?.lhr.runtimeError;
        if (result && !error) return { lhr: result.lhr, cpuSlowdown };
        problem = error ? `${error.code} ${error.message}` : 'no result';
        options.onRetry?.(page, problem);
      }
      throw new Error(`Lighthouse failed on ${page.path} three times: ${problem}`);
    };
    const results = new Map<PageTarget, RunFigures[]>(options.pages.map((p) => [p, []]));
    for (let run = 1; run <= runs; run += 1) {
      for (const page of options.pages) {
        options.onRun?.(page, run, runs);
        const { lhr, cpuSlowdown } = await audit(page);
        results.get(page)!.push(figures(lhr, cpuSlowdown));
      }
    }
    const all = [...results.values()].flat();
    const pages = [...results].map(([page, list]): PageScores => {
      const med = (pick: (r: RunFigures) => number) => median(list.map(pick));
      const performance = med((r) => r.performance);
      const representative = [...list].sort(
        (a, b) => Math.abs(a.performance - performance) - Math.abs(b.performance - performance),
      )[0]!;
      return {
        ...page,
        performance: Math.round(performance),
        accessibility: Math.round(med((r) => r.accessibility)),
        bestPractices: Math.round(med((r) => r.bestPractices)),
        seo: Math.round(med((r) => r.seo)),
        fcpMs: med((r) => r.fcpMs),
        lcpMs: med((r) => r.lcpMs),
        tbtMs: med((r) => r.tbtMs),
        cls: med((r) => r.cls),
        totalKB: med((r) => r.totalKB),
        runs: list.length,
        failing: representative.failing,
        warnings: [...new Set(list.flatMap((r) => r.warnings))],
        cpuSlowdown: med((r) => r.cpuSlowdown),
        benchmarkIndex: med((r) => r.benchmarkIndex),
      };
    });
    return {
      pages,
      hostRules,
      lighthouseVersion: all[0]?.version ?? 'unknown',
      chromiumVersion: chromium.version,
      benchmarkIndex: median(all.map((r) => r.benchmarkIndex)),
    };
  } finally {
    await chromium?.stop();
    await server.stop();
  }
}
