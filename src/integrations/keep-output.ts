/**
 * Keeps the output folder between builds, and leaves in it exactly what this build produced.
 *
 * Astro empties `dist/` before every build and copies each unchanged page back from its
 * incremental cache: at national scale (200,000 files) that alone took two minutes of a warm
 * build. With `vite.build.emptyOutDir: false` Astro leaves a page that is already there alone.
 * This integration makes that safe:
 *
 * - **Start**: the output is trusted only if it is the one this cache's last complete build
 *   made (a build id in `dist/.ocop-build` equal to the one kept in the cache). Otherwise — first
 *   build, another cache, an interrupted build — it is emptied, as Astro would have.
 * - **One copy of each page**: Astro's incremental cache also stores a copy of every page it
 *   renders, to restore it into an emptied output. The output is kept, so those copies are not
 *   needed — a page missing from it is rendered again — and writing them doubled the files a cold
 *   build creates (108,000 more at 20,000 products, ~200 µs each on this disk):
 *   `skipCachedPageCopies`.
 * - **End** (last integration): pages the last build made and this one did not are deleted
 *   (a removed product's pages), and so is every other file that is neither claimed by a step
 *   writing through an `OutputLedger` nor written during this build (old script bundles, share
 *   images of removed products, files of removed features): `sweepOutput`.
 */
import { randomUUID } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, rmdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import { claimedOutputs, ledgerDir } from '../lib/build/output-ledger.ts';

/** In the output: the id of the build that made it. */
export const BUILD_MARKER = '.ocop-build';

async function readId(file: string): Promise<string | null> {
  try {
    return (await readFile(file, 'utf8')).trim() || null;
  } catch {
    return null;
  }
}

async function emptyFolder(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  await Promise.all(
    (await readdir(dir)).map((name) => rm(path.join(dir, name), { recursive: true, force: true })),
  );
}

export interface SweepReport {
  /** Files looked at (page folders are not opened: see `sweepOutput`). */
  files: number;
  removed: string[];
}

/** Deletes `file` and then each folder above it that is left empty, up to `root`. */
async function removeWithFolders(root: string, file: string): Promise<void> {
  await rm(file, { force: true });
  for (
    let dir = path.dirname(file);
    dir.startsWith(root) && dir !== root;
    dir = path.dirname(dir)
  ) {
    if (
      !(await rmdir(dir).then(
        () => true,
        () => false,
      ))
    )
      break;
  }
}

/**
 * Deletes what this build did not make:
 *
 * - pages the previous build made (`previousPages`) that this one did not (`pages`);
 * - files outside page folders that nobody `claimed` and that were last written before `since`
 *   (old script bundles, share images of removed products, files of removed features).
 *
 * A page folder (one whose `index.html` is a page of this build or a claimed file) is not
 * opened: its page is accounted for by the page lists and its other files by the ledger of the
 * step that wrote them. That keeps the sweep to a few folders instead of 130,000.
 */
export async function sweepOutput(options: {
  root: string;
  pages: ReadonlySet<string>;
  previousPages: Iterable<string>;
  claimed: ReadonlySet<string>;
  since: number;
}): Promise<SweepReport> {
  const { pages, claimed, since } = options;
  const root = path.resolve(options.root);
  const removed: string[] = [];
  for (const page of options.previousPages) {
    if (pages.has(page) || claimed.has(page)) continue;
    await removeWithFolders(root, page);
    removed.push(path.relative(root, page));
  }
  let files = 0;
  const folders = [root];
  while (folders.length) {
    const dir = folders.pop()!;
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch {
      continue; // removed above
    }
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        const index = path.join(full, 'index.html');
        if (!pages.has(index) && !claimed.has(index)) folders.push(full);
        continue;
      }
      files++;
      if (pages.has(full) || claimed.has(full)) continue;
      if ((await stat(full)).mtimeMs >= since) continue;
      await removeWithFolders(root, full);
      removed.push(path.relative(root, full));
    }
  }
  return { files, removed };
}

/** The pages of the last complete build (relative to its output), to find removed ones. */
async function readPages(file: string, root: string): Promise<string[] | null> {
  try {
    const state = JSON.parse(await readFile(file, 'utf8')) as { root: string; pages: string[] };
    return state.root === root ? state.pages.map((p) => path.join(root, p)) : null;
  } catch {
    return null;
  }
}

async function writePages(file: string, root: string, pages: ReadonlySet<string>): Promise<void> {
  const relative = [...pages].map((p) => path.relative(root, p));
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(`${file}.tmp`, JSON.stringify({ root, pages: relative }));
  await rename(`${file}.tmp`, file);
}

/**
 * Stops Astro's incremental build from storing a second copy of each rendered page in its cache
 * (`IncrementalBuildCache.writeOutputFile`, Astro 7.3). A page whose key is unchanged but which
 * is missing from the output then has no copy to restore, and Astro renders it again (its
 * `restoreOutputFile` reports "not restored"). Astro's private module: if it moves, nothing is
 * patched, the copies are written as before, and this says so (returns false).
 */
export async function skipCachedPageCopies(): Promise<boolean> {
  const astroDir = path.dirname(fileURLToPath(import.meta.resolve('astro/package.json')));
  const file = path.join(astroDir, 'dist/core/build/incremental.js');
  try {
    const incremental = (await import(pathToFileURL(file).href)) as {
      IncrementalBuildCache?: { prototype: Record<string, unknown> };
    };
    const prototype = incremental.IncrementalBuildCache?.prototype;
    if (typeof prototype?.writeOutputFile !== 'function') return false;
    prototype.writeOutputFile = async () => {};
    return true;
  } catch {
    return false;
  }
}

export function keepOutput(): AstroIntegration {
  const idFile = path.join(ledgerDir(), 'build-id');
  const pagesFile = path.join(ledgerDir(), 'pages.json');
  let started = 0;
  let outDir = '';
  let previousPages: string[] = [];
  return {
    name: 'ocop:keep-output',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({ vite: { build: { emptyOutDir: false } } });
      },
      'astro:config:done': ({ config }) => {
        outDir = path.resolve(fileURLToPath(config.outDir));
      },
      'astro:build:start': async ({ logger }) => {
        if (!(await skipCachedPageCopies()))
          logger.warn(
            "Astro's incremental cache was not found where expected: it keeps a second copy of each page.",
          );
        // mtimes are compared with this; a second of slack for coarse file-system clocks.
        started = Date.now() - 1000;
        claimedOutputs().clear();
        const markerFile = path.join(outDir, BUILD_MARKER);
        const [kept, made, pages] = await Promise.all([
          readId(idFile),
          readId(markerFile),
          readPages(pagesFile, outDir),
        ]);
        previousPages = pages ?? [];
        if (kept === null || kept !== made || pages === null) {
          await emptyFolder(outDir);
          logger.info('Output folder emptied: it is not the one the last complete build made.');
        } else {
          // Until this build completes, the output is not one a later build may trust.
          await rm(markerFile, { force: true });
        }
      },
      'astro:build:done': async ({ dir, assets, logger }) => {
        const timer = performance.now();
        const root = path.resolve(fileURLToPath(dir));
        const pages = new Set<string>();
        for (const urls of assets.values()) for (const url of urls) pages.add(fileURLToPath(url));
        const { files, removed } = await sweepOutput({
          root,
          pages,
          previousPages,
          claimed: claimedOutputs(),
          since: started,
        });
        await writePages(pagesFile, root, pages);
        const id = randomUUID();
        await mkdir(path.dirname(idFile), { recursive: true });
        await writeFile(idFile, id);
        await writeFile(path.join(root, BUILD_MARKER), id);
        logger.info(
          `${removed.length} stale files removed (${pages.size.toLocaleString('en')} pages, ` +
            `${files.toLocaleString('en')} other files looked at) in ` +
            `${((performance.now() - timer) / 1000).toFixed(1)} s` +
            (removed.length
              ? ` (${removed.slice(0, 3).join(', ')}${removed.length > 3 ? ', …' : ''})`
              : ''),
        );
      },
    },
  };
}
