/**
 * Timed `astro build` runs of a content folder: wall time, peak memory of the build's process
 * tree (sampled from /proc every `SAMPLE_MS`), pages written and restored, time per phase as the
 * build logs it, and the size of the output.
 */
import { spawn } from 'node:child_process';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';

export interface BuildRun {
  label: string;
  seconds: number;
  peakRssMB: number;
  /** HTML pages in the output. */
  pages: number;
  /** Pages rendered in this run (not reused from the previous build). */
  rendered: number;
  /** Pages reused from the previous build (kept in the output, or copied from the cache). */
  restored: number;
  /** Seconds per phase, from the build's own log lines. */
  phases: Record<string, number>;
  /** Lines of our integrations (`[ocop:…]`), which report their own work. */
  integrationLines: string[];
  outputMB: number;
  outputFiles: number;
}

export interface BuildEnv {
  contentDir: string;
  outDir: string;
  cacheDir: string;
  /** Extra environment (e.g. `OCOP_SHARE_IMAGES=off`, `NODE_OPTIONS=--cpu-prof`). */
  env?: Record<string, string>;
  /** The project to build (default: this one, the working directory). */
  cwd?: string;
}

/**
 * How often the build's memory is sampled, one sample at a time. Each sample reads /proc for
 * every thread of the build's process tree (the card processes run libvips threads); every
 * 100 ms that cost the bench ~22 % of a core, taken from the build it measures
 * (docs/performance.md). Resident memory moves over seconds.
 */
export const SAMPLE_MS = Number(process.env['BENCH_SAMPLE_MS'] ?? 500);

async function childrenOf(pid: number): Promise<number[]> {
  const out: number[] = [];
  try {
    for (const task of await readdir(`/proc/${String(pid)}/task`)) {
      const text = await readFile(`/proc/${String(pid)}/task/${task}/children`, 'utf8');
      for (const c of text.trim().split(/\s+/)) if (c) out.push(Number(c));
    }
  } catch {
    // The process ended.
  }
  return out;
}

async function rssKB(pid: number): Promise<number> {
  try {
    const status = await readFile(`/proc/${String(pid)}/status`, 'utf8');
    return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  } catch {
    return 0;
  }
}

/** RSS of a process and all its descendants, in KB. */
export async function treeRssKB(pid: number): Promise<number> {
  let total = await rssKB(pid);
  for (const child of await childrenOf(pid)) total += await treeRssKB(child);
  return total;
}

async function folderSize(dir: string): Promise<{ bytes: number; files: number }> {
  let bytes = 0;
  let files = 0;
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    bytes += (await stat(path.join(entry.parentPath, entry.name))).size;
    files += 1;
  }
  return { bytes, files };
}

/**
 * Phase boundaries: the build's log line that starts each phase. A phase lasts until the next
 * one starts; times are when the lines arrived.
 */
const PHASES: [string, RegExp][] = [
  ['content sync + types', /\[content\] Syncing content/],
  ['bundle', /\[build\] Collecting build info/],
  ['pages', /generating static routes/],
  ['images', /generating optimized images/],
  ['after build (integrations)', /\[build\] ✓ Completed in/],
  ['end', /\[build\] \d+ page\(s\) built in/],
];

/** Runs one build and measures it; throws with the log's tail when it fails. */
export async function timedBuild(label: string, env: BuildEnv): Promise<BuildRun> {
  const started = performance.now();
  const child = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
    cwd: env.cwd,
    env: {
      ...process.env,
      OCOP_CONTENT_DIR: env.contentDir,
      OCOP_OUT_DIR: env.outDir,
      OCOP_CACHE_DIR: env.cacheDir,
      ...env.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let peak = 0;
  const done = new AbortController();
  const sampler = (async () => {
    while (!done.signal.aborted) {
      peak = Math.max(peak, await treeRssKB(child.pid!));
      await sleep(SAMPLE_MS);
    }
  })();
  let log = '';
  let rendered = 0;
  let restored = 0;
  const lines: string[] = [];
  const marks: [string, number][] = [];
  let pending = '';
  const onData = (chunk: Buffer) => {
    pending += chunk.toString();
    const parts = pending.split('\n');
    pending = parts.pop() ?? '';
    for (const line of parts) {
      if (/\/index\.html/.test(line)) {
        // "(cached)": already in the kept output; "(restored)": copied back from the cache.
        if (line.includes('(cached)') || line.includes('(restored)')) restored += 1;
        else rendered += 1;
        continue;
      }
      if (/▶ |├─|└─/.test(line)) continue;
      // Phases come in order, only the photos' may be missing: "[build] ✓ Completed" also ends
      // the bundle step, before the pages (it used to mark "after build" there, so "images" ran
      // to the end and counted the integrations).
      const after = Math.max(-1, ...marks.map(([n]) => PHASES.findIndex(([name]) => name === n)));
      const optional = PHASES[after + 1]?.[0] === 'images' ? 2 : 1;
      const phase = PHASES.slice(after + 1, after + 1 + optional).find(([, re]) => re.test(line));
      if (phase) marks.push([phase[0], performance.now()]);
      lines.push(line);
      log = (log + line + '\n').slice(-20_000);
    }
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', resolve);
  });
  done.abort();
  await sampler;
  const seconds = (performance.now() - started) / 1000;
  if (code !== 0) throw new Error(`${label}: astro build exited with ${String(code)}\n${log}`);
  const phases: Record<string, number> = {};
  marks.forEach(([name, at], k) => {
    const next = marks[k + 1];
    if (next) phases[name] = (next[1] - at) / 1000;
  });
  const html = (await readdir(env.outDir, { recursive: true })).filter((f) =>
    f.endsWith('.html'),
  ).length;
  const size = await folderSize(env.outDir);
  return {
    label,
    seconds,
    peakRssMB: peak / 1024,
    pages: html,
    rendered,
    restored,
    phases,
    integrationLines: lines.filter((l) => l.includes('[ocop:')).map((l) => l.replace(/^\S+ /, '')),
    outputMB: size.bytes / 1024 / 1024,
    outputFiles: size.files,
  };
}
