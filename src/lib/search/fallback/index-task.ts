/**
 * The server-less index as a background step (`lib/build/background.ts`): reads the catalogue,
 * builds the search documents as of the build day and writes the index's files **while Astro
 * renders the pages**. The build starts it once the output folder is settled
 * (`astro:build:setup`: after `keep-output.ts` may have emptied it). The background process
 * reads the catalogue itself (once for all its tasks) rather than being sent the build's copy:
 * cloning 30,000 entries into it would cost the main thread, which renders the pages; reading
 * costs the idle core.
 */
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
  /** Milliseconds the step took in its process. */
  ms: number;
}

export async function run({
  contentDir,
  statusDate,
  outDir,
}: IndexTaskInput): Promise<IndexTaskResult> {
  const started = performance.now();
  const catalogue = await readCatalogueForBuild(contentDir);
  const documents = buildSearchDocuments(catalogue, statusDate);
  const index = buildFallbackIndex(documents, { statusDate });
  const written = await writeFallbackFiles(index, outDir);
  return {
    products: documents.products.length,
    files: written.files.length,
    bytes: written.bytes,
    ms: performance.now() - started,
  };
}
