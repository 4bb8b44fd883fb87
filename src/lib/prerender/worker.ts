/**
 * A page-render worker: loads Astro's prerender bundle (the same file the build's own
 * prerenderer imports), gives its app the few build facts it reads while rendering (page styles,
 * script bundles, injected scripts), and renders the requests the main thread sends, returning
 * status, headers, body and — for the incremental cache — what each page read.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { parentPort, workerData } from 'node:worker_threads';
import { installStaticImages } from './static-images.ts';
import type { FromWorker, RenderMetadata, ToWorker, WorkerSetup } from './protocol.ts';

interface RouteData {
  component: string;
  route: string;
}
interface BuildApp {
  manifest: { routes: { routeData: RouteData }[] };
  setInternals(internals: unknown): void;
  setOptions(options: unknown): void;
  render(request: Request, options: { routeData: RouteData }): Promise<Response>;
}
interface Store {
  contentEntries: Set<string>;
  staticImages: unknown[];
  referencedImages: Set<string>;
}

const port = parentPort!;
const setup = workerData as WorkerSetup;
const send = (message: FromWorker, transfer: ArrayBuffer[] = []): void => {
  port.postMessage(message, transfer);
};

/** Astro's render scope (`astro:render-scope`): where pages record what they read. */
const scope = new AsyncLocalStorage<Store>();
Object.defineProperty(globalThis, Symbol.for('astro:render-scope'), {
  value: scope,
  configurable: true,
});

const LEVELS: Record<string, number> = { debug: 20, info: 30, warn: 40, error: 50 };
/** Warnings and errors from rendering go to stderr like the main thread's; info is dropped. */
const destination = {
  write(event: { level: string; label: string | null; message: string }): boolean {
    if ((LEVELS[event.level] ?? 0) >= LEVELS['warn']!) {
      process.stderr.write(`[${event.label ?? 'build'}] ${event.message}\n`);
    }
    return true;
  },
};

async function start(): Promise<{
  app: BuildApp;
  images: Awaited<ReturnType<typeof installStaticImages>>;
}> {
  const images = await installStaticImages(setup.images);
  const { app } = (await import(setup.entryUrl)) as { app: BuildApp };
  app.setInternals({
    pagesByKeys: new Map(setup.pageStyles.map(([key, styles]) => [key, { styles }])),
    entrySpecifierToBundleMap: new Map(setup.bundleMap),
  });
  app.setOptions({ settings: { scripts: setup.scripts }, logger: { options: { destination } } });
  return { app, images };
}

const ready = start();
ready.then(
  () => send({ type: 'ready' }),
  (error: unknown) => send({ type: 'failed', error: String((error as Error).stack ?? error) }),
);

const routes = new Map<string, RouteData>();
function routeOf(app: BuildApp, component: string, route: string): RouteData {
  const key = `${component}\0${route}`;
  let found = routes.get(key);
  if (!found) {
    found = app.manifest.routes.find(
      (r) => r.routeData.component === component && r.routeData.route === route,
    )?.routeData;
    if (!found) throw new Error(`No route ${route} (${component}) in the prerender bundle`);
    routes.set(key, found);
  }
  return found;
}

port.on('message', (message: ToWorker) => {
  void ready.then(async ({ app, images }) => {
    if (message.type === 'images') {
      send({ type: 'images', images: images.entries(), referenced: images.referenced() });
      return;
    }
    const { id } = message;
    try {
      const routeData = routeOf(app, message.component, message.route);
      const store: Store = {
        contentEntries: new Set(),
        staticImages: [],
        referencedImages: new Set(),
      };
      const response = await scope.run(store, () =>
        app.render(new Request(message.url), { routeData }),
      );
      const body = response.body === null ? null : await response.arrayBuffer();
      const metadata: RenderMetadata | undefined = message.collectMetadata
        ? {
            contentEntryKeys: [...store.contentEntries],
            staticImages: store.staticImages,
            referencedImages: [...store.referencedImages],
          }
        : undefined;
      send(
        {
          type: 'render',
          id,
          status: response.status,
          statusText: response.statusText,
          headers: [...response.headers],
          body,
          ...(metadata ? { metadata } : {}),
        },
        body ? [body] : [],
      );
    } catch (error) {
      const e = error as Error;
      send({ type: 'render', id, error: String(e.message ?? e), stack: e.stack });
    }
  });
});
