/**
 * Meilisearch side of the benchmark: indexing with timings per index (wall clock from the
 * indexer's progress messages, server time from the tasks' `duration`), the server's memory
 * (`/proc/<pid>/status`), and its version.
 */
import { readdir, readFile } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import type { Meilisearch } from 'meilisearch';
import type { SearchDocuments } from '../../../src/lib/search/documents.ts';
import {
  indexSearchDocuments,
  type IndexingReport,
} from '../../../src/lib/search/meilisearch/indexer.ts';

export interface IndexTiming {
  key: string;
  live: string;
  documents: number;
  /** Wall clock from the end of the previous index (or the start) to its last batch. */
  wallMs: number;
  /** Sum of the `duration` of its document tasks, as the server measured them. */
  serverMs: number;
}

export interface TimedIndexing {
  report: IndexingReport;
  wallMs: number;
  perIndex: IndexTiming[];
}

/** "PT1.234567S" / "PT2M3.5S" → milliseconds. */
export function isoDurationMs(duration: string | null | undefined): number {
  const match = /^P(?:(\d+)D)?T?(?:(\d+)H)?(?:(\d+)M)?(?:([\d.]+)S)?$/.exec(duration ?? '');
  if (!match) return Number.NaN;
  const [, d = '0', h = '0', m = '0', s = '0'] = match;
  return ((Number(d) * 24 + Number(h)) * 60 + Number(m)) * 60_000 + Number(s) * 1000;
}

/** Indexes with the project's indexer and derives per-index timings. */
export async function indexTimed(
  client: Meilisearch,
  documents: SearchDocuments,
): Promise<TimedIndexing> {
  const messages: { at: number; text: string }[] = [];
  // Task dates are whole server-clock times; a second of margin covers rounding.
  const startedAt = Date.now() - 1000;
  const started = performance.now();
  const report = await indexSearchDocuments(client, documents, {
    log: (text) => messages.push({ at: performance.now(), text }),
  });
  const wallMs = performance.now() - started;

  const perIndex: IndexTiming[] = [];
  let previousEnd = started;
  for (const index of report.indexes) {
    const own = messages.filter((m) => m.text.includes(` to ${index.built}`));
    const end = own.at(-1)?.at ?? Number.NaN;
    let serverMs = 0;
    try {
      // A swap (or the rename on a first run) moves the task history to the live name.
      const tasks = await client.tasks.getTasks({
        indexUids: [index.built, index.live],
        types: ['documentAdditionOrUpdate'],
        limit: 1000,
      });
      for (const task of tasks.results) {
        if (new Date(task.enqueuedAt).getTime() < startedAt) continue;
        serverMs += isoDurationMs(task.duration);
      }
    } catch {
      serverMs = Number.NaN;
    }
    perIndex.push({
      key: index.key,
      live: index.live,
      documents: index.documents,
      wallMs: end - previousEnd,
      serverMs,
    });
    if (Number.isFinite(end)) previousEnd = end;
  }
  return { report, wallMs, perIndex };
}

export interface ProcessMemory {
  pid: number;
  /** Resident memory now and its peak (VmHWM), in bytes. */
  rss: number;
  peak: number;
}

/** Finds the process whose command line mentions `marker` (the server's data folder). */
export async function findProcess(marker: string): Promise<number | undefined> {
  for (const name of await readdir('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const cmdline = await readFile(`/proc/${name}/cmdline`, 'utf8');
      if (cmdline.includes(marker) && cmdline.includes('meilisearch')) return Number(name);
    } catch {
      // gone, or not ours to read
    }
  }
  return undefined;
}

export async function processMemory(pid: number | undefined): Promise<ProcessMemory | undefined> {
  if (pid === undefined) return undefined;
  try {
    const status = await readFile(`/proc/${pid}/status`, 'utf8');
    const field = (name: string) => {
      const kb = new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1];
      return kb === undefined ? Number.NaN : Number(kb) * 1024;
    };
    return { pid, rss: field('VmRSS'), peak: field('VmHWM') };
  } catch {
    return undefined;
  }
}
