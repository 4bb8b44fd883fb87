/**
 * The service worker behind the fairs' offline packs, bundled to `/sw.js` by
 * `integrations/offline-packs.ts` and registered only by fair pages (scope `/`).
 *
 * - A fair page posts `store-pack` with its manifest (`/hoi-cho/<slug>/offline.json`): the
 *   worker fetches the manifest and stores every listed file in one cache per manifest and
 *   version, the manifest last (its presence marks the pack complete), then deletes the
 *   manifest's older versions. Files whose bytes did not change (same hash in the older
 *   version's manifest) are copied rather than downloaded again. Offline, it answers with
 *   the pack it already has.
 * - A request for a URL of a stored pack goes to the network first; when that fails, answers
 *   badly or takes longer than 3 s, the stored copy answers.
 * - Once a pack is stored, a navigation to a page outside every pack goes to the network; when
 *   that fails (offline), the site search opens the fair's own search and any other page —
 *   home included — the offline page stored with the pack (`lib/offline/offline-answers.ts`),
 *   never the browser's error page.
 * - Every other request is left alone: not answered, not stored.
 *
 * Types: the project compiles against the DOM library, so the few worker types used are
 * declared here.
 */
import {
  NETWORK_TIMEOUT_MS,
  PACK_CACHE_PREFIX,
  packCacheName,
  packCachePrefix,
  type PackManifest,
  type StorePackReply,
  type StorePackRequest,
} from '../lib/offline/fair-pack.ts';
import { offlineAnswer } from '../lib/offline/offline-answers.ts';

interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  readonly request: Request;
  respondWith(response: Response | Promise<Response>): void;
}
interface ExtendableMessageEvent extends ExtendableEvent {
  readonly data: unknown;
  readonly ports: readonly MessagePort[];
}
interface WorkerScope {
  readonly location: { readonly origin: string };
  skipWaiting(): Promise<void>;
  readonly clients: { claim(): Promise<void> };
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
  addEventListener(type: 'message', listener: (event: ExtendableMessageEvent) => void): void;
}

const worker = self as unknown as WorkerScope;
const origin = worker.location.origin;
/** Files fetched at once while storing a pack. */
const PARALLEL = 4;

// ---- Which URLs are in a stored pack --------------------------------------------------------

/** Absolute URL → name of a cache holding it. Rebuilt from Cache Storage when the worker starts. */
let index: Map<string, string> | undefined;
let indexing: Promise<Map<string, string>> | undefined;

function loadIndex(): Promise<Map<string, string>> {
  indexing ??= (async () => {
    const map = new Map<string, string>();
    for (const name of await caches.keys()) {
      if (!name.startsWith(PACK_CACHE_PREFIX)) continue;
      for (const request of await (await caches.open(name)).keys()) map.set(request.url, name);
    }
    index = map;
    return map;
  })();
  return indexing;
}

function reindex(): Promise<Map<string, string>> {
  index = undefined;
  indexing = undefined;
  return loadIndex();
}

/** A page is stored once, whatever its query (`?q=…`); other files by their exact URL. */
function keyOf(request: Request): string {
  const url = new URL(request.url);
  url.hash = '';
  if (request.mode === 'navigate') url.search = '';
  return url.href;
}

// ---- Answering requests ---------------------------------------------------------------------

const delay = (ms: number) => new Promise<undefined>((resolve) => setTimeout(resolve, ms));

/** Network first; the stored copy when the network fails, answers with an error or is slow. */
async function networkFirst(request: Request, key: string, cacheName: string): Promise<Response> {
  const network = fetch(request);
  // A captive portal answers with a redirect or its own page: only a 2xx counts.
  const good = network.then(
    (response) => (response.ok ? response : undefined),
    () => undefined,
  );
  const first = await Promise.race([good, delay(NETWORK_TIMEOUT_MS)]);
  if (first) return first;
  return (await (await caches.open(cacheName)).match(key)) ?? network;
}

/** A page outside every pack: the network, else (offline) the fair's search or the offline page. */
async function networkOrOffline(request: Request, map: Map<string, string>): Promise<Response> {
  try {
    return await fetch(request);
  } catch (error) {
    const answer = offlineAnswer(request.url, request.referrer, map);
    if (answer.type === 'redirect') return Response.redirect(new URL(answer.location, origin), 302);
    const key = new URL(answer.path, origin).href;
    const cacheName = map.get(key);
    const page = cacheName && (await (await caches.open(cacheName)).match(key));
    if (page) return page;
    throw error;
  }
}

/** How to answer a request, or undefined to leave it to the browser. */
function answer(
  request: Request,
  key: string,
  map: Map<string, string>,
): Promise<Response> | undefined {
  const cacheName = map.get(key);
  if (cacheName) return networkFirst(request, key, cacheName);
  // Navigations out of the packs, once there is a pack (and so an offline page) to fall back on.
  if (request.mode === 'navigate' && map.size > 0) return networkOrOffline(request, map);
  return undefined;
}

worker.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || !request.url.startsWith(`${origin}/`)) return;
  const key = keyOf(request);
  if (index) {
    const answered = answer(request, key, index);
    if (answered) event.respondWith(answered);
    return;
  }
  // The worker has just started and does not know its packs yet: decide once it does.
  event.respondWith(loadIndex().then((map) => answer(request, key, map) ?? fetch(request)));
});

// ---- Storing a pack -------------------------------------------------------------------------

/** A response that followed a redirect cannot answer a navigation: keep its body only. */
async function storable(response: Response): Promise<Response> {
  if (!response.redirected) return response;
  return new Response(await response.blob(), {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
}

async function summary(
  cache: Cache,
  manifestUrl: string,
): Promise<Extract<StorePackReply, { type: 'stored' }> | undefined> {
  const stored = await cache.match(manifestUrl);
  if (!stored) return undefined;
  const manifest = (await stored.json()) as PackManifest;
  return {
    type: 'stored',
    version: manifest.version,
    bytes: manifest.bytes,
    files: manifest.urls.length + 1,
  };
}

/** The complete pack of a manifest already in Cache Storage, if any (used offline). */
async function storedPack(manifest: string, manifestUrl: string) {
  for (const name of await caches.keys()) {
    if (!name.startsWith(packCachePrefix(manifest))) continue;
    const found = await summary(await caches.open(name), manifestUrl);
    if (found) return found;
  }
  return undefined;
}

async function dropOtherVersions(manifest: string, keep: string): Promise<void> {
  for (const name of await caches.keys()) {
    if (name.startsWith(packCachePrefix(manifest)) && name !== keep) await caches.delete(name);
  }
}

/**
 * Where a file of the new version can be copied from: a complete older version of the same
 * manifest that holds it with the same hash. A rebuilt site changes some pages; the photos,
 * styles and most files stay, and are not downloaded again.
 */
async function unchangedFiles(
  manifest: string,
  manifestUrl: string,
  pack: PackManifest,
): Promise<Map<string, Cache>> {
  const found = new Map<string, Cache>();
  for (const name of await caches.keys()) {
    if (!name.startsWith(packCachePrefix(manifest))) continue;
    const cache = await caches.open(name);
    const old = await cache.match(manifestUrl);
    if (!old) continue;
    const { hashes = {} } = (await old.json()) as Partial<PackManifest>;
    for (const [path, hash] of Object.entries(pack.hashes)) {
      if (hashes[path] === hash) found.set(new URL(path, origin).href, cache);
    }
  }
  return found;
}

async function storePack(manifest: string, reply: (message: StorePackReply) => void) {
  const manifestUrl = new URL(manifest, origin).href;
  let response: Response;
  try {
    response = await fetch(manifestUrl, { cache: 'no-cache' });
    if (!response.ok) throw new Error(`${manifest}: HTTP ${response.status}`);
  } catch (error) {
    reply((await storedPack(manifest, manifestUrl)) ?? { type: 'failed', reason: String(error) });
    return;
  }
  const pack = (await response.clone().json()) as PackManifest;
  const name = packCacheName(manifest, pack.version);
  const cache = await caches.open(name);
  const complete = await summary(cache, manifestUrl);
  if (complete) {
    await dropOtherVersions(manifest, name);
    reply(complete);
    return;
  }
  // Resume where an interrupted visit stopped: fetch only what the cache lacks.
  const have = new Set((await cache.keys()).map((r) => r.url));
  const urls = pack.urls
    .map((u) => new URL(u, origin).href)
    .filter((u) => u.startsWith(`${origin}/`));
  const todo = urls.filter((u) => !have.has(u));
  let done = urls.length - todo.length;
  reply({ type: 'progress', done, total: urls.length });
  const unchanged = await unchangedFiles(manifest, manifestUrl, pack);
  const next = () => todo.shift();
  await Promise.all(
    Array.from({ length: PARALLEL }, async () => {
      for (let url = next(); url !== undefined; url = next()) {
        const kept = await unchanged.get(url)?.match(url);
        const file = kept ?? (await fetch(url, { cache: 'no-cache' }));
        if (!file.ok) throw new Error(`${url}: HTTP ${file.status}`);
        await cache.put(url, await storable(file));
        done++;
        reply({ type: 'progress', done, total: urls.length });
      }
    }),
  );
  await cache.put(manifestUrl, response);
  await dropOtherVersions(manifest, name);
  await reindex();
  reply({ type: 'stored', version: pack.version, bytes: pack.bytes, files: urls.length + 1 });
}

worker.addEventListener('message', (event) => {
  const message = event.data as Partial<StorePackRequest> | null;
  const port = event.ports[0];
  if (message?.type !== 'store-pack' || typeof message.manifest !== 'string' || !port) return;
  // Only this site's manifests: "/…/offline.json", never "//other.host/…".
  if (!/^\/[^/].*\/offline\.json$/.test(message.manifest)) return;
  const reply = (m: StorePackReply) => {
    port.postMessage(m);
  };
  event.waitUntil(
    storePack(message.manifest, reply).catch((error: unknown) => {
      reply({ type: 'failed', reason: String(error) });
    }),
  );
});

// ---- Life cycle -----------------------------------------------------------------------------

worker.addEventListener('install', (event) => {
  event.waitUntil(worker.skipWaiting());
});
worker.addEventListener('activate', (event) => {
  event.waitUntil(worker.clients.claim().then(loadIndex));
});
