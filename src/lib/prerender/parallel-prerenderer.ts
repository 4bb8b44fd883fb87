/**
 * A prerenderer (Astro's `setPrerenderer` API) that renders pages in worker threads.
 *
 * Astro renders a static site's pages one after another on the main thread: at national scale
 * (100,000+ pages) that leaves every core but one idle. This wraps Astro's default prerenderer:
 * the main thread still lists the paths (`getStaticPaths`), keeps the incremental cache and
 * writes the files; the rendering itself goes to `workers` threads, each running the very same
 * prerender bundle. Pages, images and cache metadata come out as a single-threaded build makes
 * them (checked byte for byte in `tests/integration/parallel-pages.test.ts`).
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroConfig, AstroPrerenderer } from 'astro';
import type {
  FromWorker,
  ImageConfig,
  ImagesReply,
  RenderMetadata,
  RenderReply,
  ToWorker,
  WorkerSetup,
} from './protocol.ts';

type Settled = (reply: RenderReply) => void;

interface Slot {
  worker: Worker;
  inFlight: number;
  pending: Map<number, Settled>;
  images?: (reply: ImagesReply) => void;
}

/** Astro 7's folder for the prerender bundle: `<outDir>/.prerender/` or `./.astro/.prerender/`. */
function prerenderDir(config: AstroConfig): string {
  const outDir = fileURLToPath(config.outDir);
  const within = outDir.startsWith(process.cwd()) ? outDir : path.join(process.cwd(), '.astro');
  return path.join(within, '.prerender');
}

async function findEntry(dir: string): Promise<string> {
  const files = await readdir(dir, { recursive: true });
  const entry = files.find((f) => /(^|[/\\])prerender-entry[^/\\]*\.m?js$/.test(f));
  if (!entry) throw new Error(`parallel pages: no prerender entry in ${dir}`);
  return pathToFileURL(path.join(dir, entry)).href;
}

export interface ParallelOptions {
  config: AstroConfig;
  workers: number;
}

export function parallelPrerenderer(
  base: AstroPrerenderer,
  { config, workers }: ParallelOptions,
): AstroPrerenderer {
  const slots: Slot[] = [];
  let nextId = 0;

  const spawn = (setup: WorkerSetup): Promise<Slot> =>
    new Promise((resolve, reject) => {
      const worker = new Worker(new URL('./worker.ts', import.meta.url), { workerData: setup });
      const slot: Slot = { worker, inFlight: 0, pending: new Map() };
      worker.on('message', (message: FromWorker) => {
        if (message.type === 'ready') resolve(slot);
        else if (message.type === 'failed') reject(new Error(message.error));
        else if (message.type === 'images') slot.images?.(message);
        else {
          const settle = slot.pending.get(message.id);
          slot.pending.delete(message.id);
          slot.inFlight--;
          settle?.(message);
        }
      });
      worker.on('error', (error) => {
        reject(error);
        for (const settle of slot.pending.values()) {
          settle({ type: 'render', id: -1, error: String(error.stack ?? error) });
        }
        slot.pending.clear();
      });
    });

  return {
    name: 'ocop:parallel-pages',

    async setup() {
      // Import the bundle first and watch Astro hand its app the build internals: the workers
      // need the parts of them that rendering reads.
      const entryUrl = await findEntry(prerenderDir(config));
      const { app } = (await import(entryUrl)) as {
        app: { setInternals(i: unknown): void; setOptions(o: unknown): void };
      };
      const seen: {
        internals?:
          | {
              pagesByKeys: Map<string, { styles: unknown[] }>;
              entrySpecifierToBundleMap: Map<string, string>;
            }
          | undefined;
        scripts: unknown[];
      } = { scripts: [] };
      const setInternals = app.setInternals.bind(app);
      const setOptions = app.setOptions.bind(app);
      app.setInternals = (value) => {
        seen.internals = value as NonNullable<typeof seen.internals>;
        setInternals(value);
      };
      app.setOptions = (value) => {
        seen.scripts = (value as { settings: { scripts: unknown[] } }).settings.scripts;
        setOptions(value);
      };
      await base.setup?.();
      if (!seen.internals) throw new Error('parallel pages: Astro gave no build internals');
      const { pagesByKeys, entrySpecifierToBundleMap } = seen.internals;
      const images: ImageConfig = {
        base: config.base,
        assetsDir: config.build.assets,
        assetsPrefix: config.build.assetsPrefix,
        serviceEntrypoint: config.image.service.entrypoint,
      };
      const setup: WorkerSetup = {
        entryUrl,
        pageStyles: [...pagesByKeys].map(([key, page]) => [key, page.styles]),
        bundleMap: [...entrySpecifierToBundleMap],
        scripts: structuredClone(seen.scripts),
        images,
      };
      slots.push(...(await Promise.all(Array.from({ length: workers }, () => spawn(setup)))));
    },

    getStaticPaths: () => base.getStaticPaths(),

    async render(request, { routeData, collectMetadata }) {
      const slot = slots.reduce((a, b) => (b.inFlight < a.inFlight ? b : a));
      const id = nextId++;
      const reply = await new Promise<RenderReply>((settle) => {
        slot.pending.set(id, settle);
        slot.inFlight++;
        const message: ToWorker = {
          type: 'render',
          id,
          url: request.url,
          component: routeData.component,
          route: routeData.route,
          collectMetadata: collectMetadata === true,
        };
        slot.worker.postMessage(message);
      });
      if ('error' in reply) {
        const error = new Error(reply.error);
        if (reply.stack) error.stack = reply.stack;
        throw error;
      }
      const response = new Response(reply.body, {
        status: reply.status,
        statusText: reply.statusText,
        headers: reply.headers,
      });
      return reply.metadata
        ? { response, metadata: reply.metadata as RenderMetadata as never }
        : { response };
    },

    async collectStaticImages() {
      const merged = new Map<
        string,
        { originalSrcPath: string | undefined; transforms: Map<string, unknown> }
      >();
      const all = await Promise.all(
        slots.map(
          (slot) =>
            new Promise<ImagesReply>((resolve) => {
              slot.images = resolve;
              slot.worker.postMessage({ type: 'images' } satisfies ToWorker);
            }),
        ),
      );
      // Originals a page read stay in the output (Astro deletes the unread ones after encoding).
      const host = globalThis as { astroAsset?: { referencedImages?: Set<string> } };
      host.astroAsset ??= {};
      const referenced = (host.astroAsset.referencedImages ??= new Set());
      for (const { images, referenced: read } of all) {
        for (const fsPath of read) referenced.add(fsPath);
        for (const [key, { originalSrcPath, transforms }] of images) {
          let entry = merged.get(key);
          if (!entry) merged.set(key, (entry = { originalSrcPath, transforms: new Map() }));
          for (const [hash, transform] of transforms) {
            if (!entry.transforms.has(hash)) entry.transforms.set(hash, transform);
          }
        }
      }
      return merged as never;
    },

    async teardown() {
      await Promise.all(slots.map((slot) => slot.worker.terminate()));
      slots.length = 0;
      await base.teardown?.();
    },
  };
}
