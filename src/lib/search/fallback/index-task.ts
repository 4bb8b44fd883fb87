/**
 * The server-less index as a background step (`lib/build/background.ts`): reads the catalogue,
 * builds the search documents as of the build day and the index's files. The build writes them
 * after the pages (`writeFallbackFiles`): the output folder may be emptied at the start. The
 * process reads the catalogue itself rather than being sent the build's copy: cloning 30,000
 * entries into it would cost the main thread, which renders the pages; reading costs the idle
 * core.
 */
import { readCatalogue } from '../../content-files/read-content.ts';
import { buildSearchDocuments } from '../documents.ts';
import { buildFallbackIndex, type FallbackIndex } from './build-index.ts';

export interface IndexTaskInput {
  contentDir: string;
  /** The build day: statuses are as of this date. */
  statusDate: string;
}

export interface IndexTaskResult {
  products: number;
  index: FallbackIndex;
  /** Milliseconds the step took in its process. */
  ms: number;
}

export async function run({ contentDir, statusDate }: IndexTaskInput): Promise<IndexTaskResult> {
  const started = performance.now();
  const catalogue = await readCatalogue(contentDir);
  const documents = buildSearchDocuments(catalogue, statusDate);
  const index = buildFallbackIndex(documents, { statusDate });
  return { products: documents.products.length, index, ms: performance.now() - started };
}
