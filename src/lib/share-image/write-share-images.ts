/**
 * Puts every share card into the built site: cards already in the cache are linked (or
 * copied) from it, the others are rendered by a pool of workers into the cache first. Cache
 * entries no card of this build uses are deleted.
 */
import { mkdir, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import type { CardStages } from './card-image.ts';
import type { ShareImageJob } from './catalogue-jobs.ts';
import type { ShareCardFields } from './fields.ts';
import { cacheFileName, PhotoHashes } from './cache.ts';
import { placeCards } from './place-cards.ts';
import { RenderPool, ShareImageRenderError } from './pool.ts';
import { claimedOutputs } from '../build/output-ledger.ts';

export interface WriteShareImagesOptions {
  jobs: readonly ShareImageJob[];
  /** The built site (`dist/`): cards go to `<outDir>/<job.file>`. */
  outDir: string;
  cacheDir: string;
  /** Render workers (default 2). */
  workers?: number;
}

export interface RenderedCardStats {
  file: string;
  kind: ShareCardFields['kind'];
  locale: ShareCardFields['locale'];
  photo: boolean;
  ms: number;
  bytes: number;
  /** Milliseconds of each stage of the render (`card-image.ts`). */
  stages: CardStages;
}

export interface ShareImagesReport {
  /** Cards drawn this time. */
  rendered: number;
  /** Cards taken from the cache. */
  reused: number;
  /** Cache entries deleted because no card uses them any more. */
  pruned: number;
  /** Cards linked (or copied) into the built site; the others were there already. */
  placed: number;
  /** Each card drawn: milliseconds in its worker (read, render, encode, write) and size. */
  renders: RenderedCardStats[];
  /** Cards with characters no shipped font can draw (they render blank). */
  missingGlyphs: { label: string; chars: string[] }[];
  ms: number;
}

/** Runs `fn` over `items`, at most `limit` at a time. */
async function eachLimited<T>(items: readonly T[], limit: number, fn: (item: T) => Promise<void>) {
  let next = 0;
  const lanes = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) await fn(items[next++]!);
  });
  await Promise.all(lanes);
}

export async function writeShareImages(
  options: WriteShareImagesOptions,
): Promise<ShareImagesReport> {
  const started = performance.now();
  const { jobs, outDir, cacheDir, workers = 2 } = options;
  await mkdir(cacheDir, { recursive: true });

  const photos = await PhotoHashes.open(cacheDir);
  const names: string[] = [];
  await eachLimited([...jobs.keys()], 16, async (i) => {
    const job = jobs[i]!;
    names[i] = cacheFileName(job.fields, job.photoFile ? await photos.hash(job.photoFile) : null);
  });
  const cached = new Set(await readdir(cacheDir));

  // Cards to draw: one per cache name (two identical cards are drawn once).
  const toRender = new Map<string, ShareImageJob>();
  jobs.forEach((job, i) => {
    if (!cached.has(names[i]!) && !toRender.has(names[i]!)) toRender.set(names[i]!, job);
  });

  const report: ShareImagesReport = {
    rendered: 0,
    reused: 0,
    pruned: 0,
    placed: 0,
    renders: [],
    missingGlyphs: [],
    ms: 0,
  };
  if (toRender.size > 0) {
    const pool = new RenderPool(Math.max(1, Math.min(workers, toRender.size)));
    try {
      await Promise.all(
        [...toRender].map(async ([name, job]) => {
          const result = await pool.render({
            fields: job.fields,
            photoFile: job.photoFile,
            outFile: path.join(cacheDir, name),
          });
          if ('error' in result)
            throw new ShareImageRenderError(`Share image of ${job.label}: ${result.error}`);
          report.rendered += 1;
          report.renders.push({
            file: job.file,
            kind: job.fields.kind,
            locale: job.fields.locale,
            photo: job.photoFile !== null,
            ms: result.ms,
            bytes: result.bytes,
            stages: result.stages,
          });
          if (result.missing.length)
            report.missingGlyphs.push({ label: job.label, chars: result.missing });
        }),
      );
    } finally {
      await pool.close();
    }
  }

  const placement = placeCards(
    jobs.map((job, i) => ({
      from: path.join(cacheDir, names[i]!),
      to: path.join(outDir, job.file),
    })),
  );
  report.placed = placement.placed;
  // A link keeps the cache file's date: tell the output sweep these cards belong to the build.
  const claimed = claimedOutputs();
  for (const job of jobs) claimed.add(path.join(outDir, job.file));
  report.reused = jobs.length - report.rendered;

  const used = new Set(names);
  for (const entry of cached) {
    if (/^[0-9a-f]{24}\.[a-z]+$/.test(entry) && !used.has(entry)) {
      await rm(path.join(cacheDir, entry), { force: true });
      report.pruned += 1;
    }
  }
  await photos.save();
  report.ms = performance.now() - started;
  return report;
}
