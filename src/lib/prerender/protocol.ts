/**
 * Messages between the build's main thread and its page-render workers
 * (`src/integrations/parallel-pages.ts`, `./pool.ts`, `./worker.ts`). Everything here is plain
 * data: it crosses a `worker_threads` boundary by structured clone.
 */

/** What a worker needs to render pages like the build's own prerenderer does. */
export interface WorkerSetup {
  /** `file:` URL of Astro's prerender entry (it exports the build app). */
  entryUrl: string;
  /** Styles per page (`internals.pagesByKeys`): key → the page's style sheets. */
  pageStyles: [string, unknown[]][];
  /** `internals.entrySpecifierToBundleMap`: hydration and page scripts by specifier. */
  bundleMap: [string, string][];
  /** `settings.scripts`: scripts injected by integrations. */
  scripts: unknown[];
  /** The parts of the config that name image files (see `./static-images.ts`). */
  images: ImageConfig;
}

export interface ImageConfig {
  base: string;
  assetsDir: string;
  assetsPrefix: unknown;
  serviceEntrypoint: string;
}

export interface RenderRequest {
  type: 'render';
  id: number;
  url: string;
  /** Identifies the route (`RouteData.component` + `RouteData.route`). */
  component: string;
  route: string;
  collectMetadata: boolean;
}

export interface RenderMetadata {
  contentEntryKeys: string[];
  staticImages: unknown[];
  referencedImages: string[];
}

export type RenderReply =
  | {
      type: 'render';
      id: number;
      status: number;
      statusText: string;
      headers: [string, string][];
      body: ArrayBuffer | null;
      metadata?: RenderMetadata;
    }
  | { type: 'render'; id: number; error: string; stack?: string | undefined };

/** A worker's collected image transforms (Astro's `staticImages` map, as entries). */
export type StaticImageEntries = [
  string,
  { originalSrcPath: string | undefined; transforms: [string, unknown][] },
][];

export interface ImagesRequest {
  type: 'images';
}

export interface ImagesReply {
  type: 'images';
  images: StaticImageEntries;
  /** Source files whose metadata a page read (Astro keeps these originals in the output). */
  referenced: string[];
}

export type ToWorker = RenderRequest | ImagesRequest;
export type FromWorker =
  RenderReply | ImagesReply | { type: 'ready' } | { type: 'failed'; error: string };
