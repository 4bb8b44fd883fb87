/**
 * Image registration inside a page-render worker.
 *
 * During a build Astro's asset plugin installs `globalThis.astroAsset.addStaticImage` in the main
 * thread: `getImage()` / `<Picture>` call it to name each transformed image and queue it for
 * encoding after the pages. A worker thread has no such hook, so it installs this copy, which
 * names files exactly as Astro 7.3's `addStaticImageFactory` does (same hash, same path) and
 * keeps the transforms; the main thread collects them after the pages
 * (`Prerenderer.collectStaticImages`) and Astro encodes them as usual.
 *
 * The helpers come from Astro's own files (not exported by the package, so imported by path):
 * the output stays byte-identical to a single-threaded build, which
 * `tests/integration/parallel-pages.test.ts` checks.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ImageConfig, StaticImageEntries } from './protocol.ts';

type Transform = { src: unknown } & Record<string, unknown>;
interface Entry {
  originalSrcPath: string | undefined;
  transforms: Map<string, { finalPath: string; transform: Transform }>;
}

const astroDir = path.dirname(createRequire(import.meta.url).resolve('astro/package.json'));
const astroModule = <T>(file: string): Promise<T> =>
  import(pathToFileURL(path.join(astroDir, 'dist', file)).href) as Promise<T>;

export interface StaticImageRegistry {
  entries(): StaticImageEntries;
  referenced(): string[];
}

/** Installs `globalThis.astroAsset.addStaticImage` for this thread and returns what it records. */
export async function installStaticImages(config: ImageConfig): Promise<StaticImageRegistry> {
  const [
    { hashTransform, propsToFilename },
    urls,
    { getAssetsPrefix },
    paths,
    { isESMImportedImage },
    record,
  ] = await Promise.all([
    astroModule<{
      hashTransform: (o: unknown, entry: string, props: unknown) => string;
      propsToFilename: (p: string, o: unknown, hash: string) => string;
    }>('assets/utils/hash.js'),
    astroModule<{
      createPlaceholderURL: (s: string) => URL;
      stringifyPlaceholderURL: (u: URL) => string;
    }>('assets/utils/url.js'),
    astroModule<{ getAssetsPrefix: (ext: string, prefix: unknown) => string }>(
      'assets/utils/getAssetsPrefix.js',
    ),
    astroModule<{
      joinPaths: (...p: string[]) => string;
      prependForwardSlash: (p: string) => string;
      removeBase: (p: string, base: string) => string;
    }>('core/path.js'),
    astroModule<{ isESMImportedImage: (src: unknown) => src is { src: string } }>(
      'assets/utils/imageKind.js',
    ),
    astroModule<{
      recordStaticImage: (image: unknown) => void;
      recordReferencedImage: (fsPath: string) => void;
    }>('core/render-scope/record.js'),
  ]);
  const images = new Map<string, Entry>();

  const addStaticImage = (
    options: Transform,
    hashProperties: unknown,
    originalFSPath: string | undefined,
  ): string => {
    const esmSrc = isESMImportedImage(options.src) ? options.src.src : (options.src as string);
    const assetPrefix = getAssetsPrefix(path.extname(esmSrc), config.assetsPrefix);
    const finalOriginalPath = paths.removeBase(paths.removeBase(esmSrc, config.base), assetPrefix);
    const hash = hashTransform(options, config.serviceEntrypoint, hashProperties);
    let entry = images.get(finalOriginalPath);
    let finalPath = entry?.transforms.get(hash)?.finalPath;
    if (finalPath === undefined) {
      finalPath = paths.prependForwardSlash(
        paths.joinPaths(
          isESMImportedImage(options.src) ? '' : config.assetsDir,
          paths.prependForwardSlash(propsToFilename(finalOriginalPath, options, hash)),
        ),
      );
      if (!entry) {
        entry = { originalSrcPath: originalFSPath, transforms: new Map() };
        images.set(finalOriginalPath, entry);
      }
      entry.transforms.set(hash, { finalPath, transform: options });
    }
    record.recordStaticImage({
      originalPath: finalOriginalPath,
      hash,
      finalPath,
      originalSrcPath: originalFSPath,
      transform: options,
    });
    const url = urls.createPlaceholderURL(
      config.assetsPrefix
        ? encodeURI(paths.joinPaths(assetPrefix, finalPath))
        : encodeURI(paths.prependForwardSlash(paths.joinPaths(config.base, finalPath))),
    );
    return urls.stringifyPlaceholderURL(url);
  };

  const host = globalThis as { astroAsset?: Record<string, unknown> };
  host.astroAsset ??= {};
  host.astroAsset['addStaticImage'] = addStaticImage;
  host.astroAsset['recordReferencedImage'] = record.recordReferencedImage;
  const referenced = new Set<string>();
  host.astroAsset['referencedImages'] = referenced;

  return {
    entries: () =>
      [...images].map(([key, entry]) => [
        key,
        { originalSrcPath: entry.originalSrcPath, transforms: [...entry.transforms] },
      ]),
    referenced: () => [...referenced],
  };
}
