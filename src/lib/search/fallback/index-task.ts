/**
 * The server-less index as a background step (`lib/build/background.ts`): reads the catalogue,
 * builds the search documents as of the build day and writes the index's files **while Astro
 * renders the pages**. The build starts it once the output folder is settled
 * (`astro:build:setup`: after `keep-output.ts` may have emptied it). The background process
 * reads the catalogue itself (once for all its tasks) rather than being sent the build's copy:
 * cloning 30,000 entries into it would cost the main thread, which renders the pages; reading
 * costs the idle core.
 *
 * Building the index is seconds of work at 20,000 products, the most of any background step, so
 * a build whose documents, day and index code are the last build's keeps the index in the
 * output as it is (the key and the files are remembered in the cache, `outputs/`); the files
 * are claimed for the sweep either way.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ledgerDir } from '../../build/output-ledger.ts';
import { readCatalogueForBuild } from '../../content-files/read-content.ts';
import { buildSearchDocuments } from '../documents.ts';
import { buildFallbackIndex, writeFallbackFiles } from './build-index.ts';

export interface IndexTaskInput {
  contentDir: string;
  /** The build day: statuses are as of this date. */
  statusDate: string;
  /** Where the index goes (`<outDir>/search/fallback`). */
  outDir: string;
}

export interface IndexTaskResult {
  products: number;
  files: number;
  bytes: number;
  /** Kept from the last build (nothing built or written). */
  kept: boolean;
  /** Absolute paths of the index's files, for the build's sweep. */
  claimed: string[];
  /** Milliseconds the step took in its process. */
  ms: number;
}

interface KeptIndex {
  key: string;
  outDir: string;
  products: number;
  bytes: number;
  files: string[];
}

/** The source of the code that builds the index: a change there builds it again. */
function codeDigest(): string {
  const hash = createHash('sha1');
  const search = fileURLToPath(new URL('../', import.meta.url));
  const files = readdirSync(search, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .sort()
    .map((f) => path.join(search, f));
  files.push(fileURLToPath(new URL('../../domain/vietnamese.ts', import.meta.url)));
  for (const file of files) hash.update(file).update(readFileSync(file));
  return hash.digest('base64url');
}

async function readKept(file: string): Promise<KeptIndex | null> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as KeptIndex;
  } catch {
    return null;
  }
}

/** What the step reports of the index in the output, kept or just written. */
function resultOf(index: KeptIndex, kept: boolean, started: number): IndexTaskResult {
  return {
    products: index.products,
    files: index.files.length,
    bytes: index.bytes,
    kept,
    claimed: index.files.map((f) => path.join(index.outDir, f)),
    ms: performance.now() - started,
  };
}

export async function run({
  contentDir,
  statusDate,
  outDir,
}: IndexTaskInput): Promise<IndexTaskResult> {
  const started = performance.now();
  const catalogue = await readCatalogueForBuild(contentDir);
  const documents = buildSearchDocuments(catalogue, statusDate);
  const key = createHash('sha1')
    .update(JSON.stringify([statusDate, documents]))
    .update(codeDigest())
    .digest('base64url');
  const stateFile = path.join(ledgerDir(), 'fallback-index.json');
  const root = path.resolve(outDir);
  const kept = await readKept(stateFile);
  if (
    kept?.key === key &&
    kept.outDir === root &&
    kept.files.every((f) => existsSync(path.join(root, f)))
  ) {
    return resultOf(kept, true, started);
  }
  const index = buildFallbackIndex(documents, { statusDate });
  const written = await writeFallbackFiles(index, outDir);
  const state: KeptIndex = {
    key,
    outDir: root,
    products: documents.products.length,
    bytes: written.bytes,
    files: written.files,
  };
  await mkdir(path.dirname(stateFile), { recursive: true });
  await writeFile(`${stateFile}.tmp`, JSON.stringify(state));
  await rename(`${stateFile}.tmp`, stateFile);
  return resultOf(state, false, started);
}
