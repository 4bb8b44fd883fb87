/**
 * The offline pack of a fair: what the build writes (`offline.json`), how the page and the
 * service worker talk about it, and how its cache is named. Shared by the page script
 * (`client/fair-offline.ts`), the service worker (`client/fair-sw.ts`), the build step
 * (`integrations/offline-packs.ts`) and the tests.
 */

/** The service worker's URL; at the root, so its scope can be the whole site. */
export const SERVICE_WORKER_URL = '/sw.js';

/** How long (ms) a request for a pack URL waits for the network before the stored copy is used. */
export const NETWORK_TIMEOUT_MS = 3000;

/** `/hoi-cho/<slug>/offline.json`: the files of one fair's pack in one language. */
export interface PackManifest {
  /** Hash of every file's URL and bytes: any change to any file gives a new version. */
  version: string;
  fair: string;
  /** The fair's name, for the offline page's list of what is stored. */
  name: string;
  locale: string;
  /** Total size of the files, in bytes (the manifest itself not counted). */
  bytes: number;
  /** Site-relative URLs (`/…`), pages first. */
  urls: string[];
  /** URL → hash of its bytes: a new version copies the files whose hash is unchanged. */
  hashes: Record<string, string>;
}

/** Page → service worker, with a MessagePort for the answers. */
export interface StorePackRequest {
  type: 'store-pack';
  /** Site-relative URL of the manifest. */
  manifest: string;
}

/** Service worker → page, on the request's port. */
export type StorePackReply =
  | { type: 'progress'; done: number; total: number }
  | { type: 'stored'; version: string; bytes: number; files: number }
  | { type: 'failed'; reason: string };

/** Every cache the service worker makes starts with this; it never touches any other. */
export const PACK_CACHE_PREFIX = 'ocop-fair-pack|';

/** One cache per manifest and version: `ocop-fair-pack|/hoi-cho/x/offline.json|<version>`. */
export const packCacheName = (manifest: string, version: string): string =>
  `${PACK_CACHE_PREFIX}${manifest}|${version}`;

/** Caches of every version of one manifest share this prefix. */
export const packCachePrefix = (manifest: string): string => `${PACK_CACHE_PREFIX}${manifest}|`;
