/**
 * Renders the static pages on every core: Astro's prerenderer is wrapped so that the pages are
 * rendered by worker threads (`src/lib/prerender/`) while the main thread lists paths, keeps the
 * incremental cache and writes files.
 *
 * `OCOP_RENDER_WORKERS` sets the number of workers (default: the machine's available
 * parallelism; `0` renders on the main thread as Astro does by default).
 */
import os from 'node:os';
import type { AstroConfig, AstroIntegration } from 'astro';
import { parallelPrerenderer } from '../lib/prerender/parallel-prerenderer.ts';

/** Pages in flight per worker: enough to keep each busy while the main thread writes files. */
const IN_FLIGHT_PER_WORKER = 4;

export function renderWorkers(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env['OCOP_RENDER_WORKERS'];
  if (raw === undefined || raw === '') return os.availableParallelism();
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) {
    throw new Error(`OCOP_RENDER_WORKERS must be a whole number ≥ 0, not "${raw}"`);
  }
  return n;
}

export function parallelPages(): AstroIntegration {
  const workers = renderWorkers();
  let config: AstroConfig;
  return {
    name: 'ocop:parallel-pages',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        if (workers > 0) updateConfig({ build: { concurrency: workers * IN_FLIGHT_PER_WORKER } });
      },
      'astro:config:done': ({ config: done }) => {
        config = done;
      },
      'astro:build:start': ({ setPrerenderer, logger }) => {
        if (workers === 0) return;
        logger.info(`Rendering pages in ${String(workers)} worker thread(s).`);
        setPrerenderer((base) => parallelPrerenderer(base, { config, workers }));
      },
    },
  };
}
