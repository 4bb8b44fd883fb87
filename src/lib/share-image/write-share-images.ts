/**
 * Puts every share card into the built site in two steps: drawing renders the cards the cache
 * lacks into it on a pool of workers (the build starts it with the pages); placing links (or
 * copies) every card from the cache into the site and deletes cache entries no card of this
 * build uses.
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

/** What drawing left in the cache: every card's cache name, and what was drawn. */
export interface DrawnShareImages {
  jobs: readonly ShareImageJob[];
  cacheDir: string;
  /** Each job's cache file name, by index. */
  names: string[];
  /** What was in the cache before drawing (pruning looks at these). */
  cached: Set<string>;
  rendered: number;
  renders: RenderedCardStats[];
  missingGlyphs: ShareImagesReport['missingGlyphs'];
  /** Milliseconds from the start of drawing to its end. */
  ms: number;
}

/**
 * Draws into the cache every card it does not hold yet (nothing is written into the site):
 * the build starts this with the pages, as it needs only the catalogue, and places the cards
 * after them (`placeShareImages`).
 */
export async function drawShareImages(
  options: Omit<WriteShareImagesOptions, 'outDir'>,
): Promise<DrawnShareImages> {
  const started = performance.now();
  const { jobs, cacheDir, workers = 2 } = options;
  await mkdir(cacheDir, { recursive: true });

  const photos = await PhotoHashes.open(cacheDir);
  const names: string[] = [];
  await eachLimited([...jobs.keys()], 16, async (i) => {
    const job = jobs[i]!;
    names[i] = cacheFileName(job.fields, job.photoFile ? await photos.hash(job.photoFile) : null);
  });
  await photos.save();
  const cached = new Set(await readdir(cacheDir));

  // Cards to draw: one per cache name (two identical cards are drawn once).
  const toRender = new Map<string, ShareImageJob>();
  jobs.forEach((job, i) => {
    if (!cached.has(names[i]!) && !toRender.has(names[i]!)) toRender.set(names[i]!, job);
  });

  const drawn: DrawnShareImages = {
    jobs,
    cacheDir,
    names,
    cached,
    rendered: 0,
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
          drawn.rendered += 1;
          drawn.renders.push({
            file: job.file,
            kind: job.fields.kind,
            locale: job.fields.locale,
            photo: job.photoFile !== null,
            ms: result.ms,
            bytes: result.bytes,
            stages: result.stages,
          });
          if (result.missing.length)
            drawn.missingGlyphs.push({ label: job.label, chars: result.missing });
        }),
      );
    } finally {
      await pool.close();
    }
  }
  drawn.ms = performance.now() - started;
  return drawn;
}

/**
 * Links (or copies) every card from the cache into the built site, tells the output sweep
 * they belong to the build, and deletes cache entries no card of this build uses.
 */
export async function placeShareImages(
  drawn: DrawnShareImages,
  outDir: string,
): Promise<ShareImagesReport> {
  const started = performance.now();
  const { jobs, cacheDir, names } = drawn;
  const placement = placeCards(
    jobs.map((job, i) => ({
      from: path.join(cacheDir, names[i]!),
      to: path.join(outDir, job.file),
    })),
  );
  // A link keeps the cache file's date: tell the output sweep these cards belong to the build.
  const claimed = claimedOutputs();
  for (const job of jobs) claimed.add(path.join(outDir, job.file));

  let pruned = 0;
  const used = new Set(names);
  for (const entry of drawn.cached) {
    if (/^[0-9a-f]{24}\.[a-z]+$/.test(entry) && !used.has(entry)) {
      await rm(path.join(cacheDir, entry), { force: true });
      pruned += 1;
    }
  }
  return {
    rendered: drawn.rendered,
    reused: jobs.length - drawn.rendered,
    pruned,
    placed: placement.placed,
    renders: drawn.renders,
    missingGlyphs: drawn.missingGlyphs,
    ms: drawn.ms + (performance.now() - started),
  };
}

/** Draws what the cache lacks, then places every card into `outDir` (both steps at once). */
export async function writeShareImages(
  options: WriteShareImagesOptions,
): Promise<ShareImagesReport> {
  return placeShareImages(await drawShareImages(options), options.outDir);
}
