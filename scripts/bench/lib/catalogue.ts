/**
 * Benchmark catalogues: runs the seeded generator (`scripts/generate-catalogue.ts`) into a new
 * folder, then reads it and builds the search documents, timing each step.
 */
import { spawn } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { readCatalogue } from '../../../src/lib/content-files/read-content.ts';
import { buildSearchDocuments, type SearchDocuments } from '../../../src/lib/search/documents.ts';

export interface CatalogueSize {
  products: number;
  producers: number;
  salesPoints: number;
  /** Placeholder photos for the first N products (default 0). */
  images?: number;
}

/** Runs the generator into `out` (which must not exist yet); resolves with the seconds taken. */
export async function generate(size: CatalogueSize, out: string): Promise<number> {
  const started = performance.now();
  const args = [
    'scripts/generate-catalogue.ts',
    '--products',
    String(size.products),
    '--producers',
    String(size.producers),
    '--sales-points',
    String(size.salesPoints),
    '--out',
    out,
    ...(size.images ? ['--images', String(size.images)] : []),
  ];
  await new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString()).slice(-4000);
    });
    child.once('error', reject);
    child.once('exit', (code) => {
      if (code === 0) resolve();
      else reject(new Error(`generate-catalogue exited with ${code}: ${stderr.trim()}`));
    });
  });
  return (performance.now() - started) / 1000;
}

export interface LoadedDocuments {
  documents: SearchDocuments;
  readSeconds: number;
  buildSeconds: number;
  problems: number;
}

/** Reads `dir` with the content schemas and builds the search documents as of `today`. */
export async function loadDocuments(dir: string, today: string): Promise<LoadedDocuments> {
  const started = performance.now();
  const catalogue = await readCatalogue(dir, { lenient: true });
  const read = performance.now();
  const documents = buildSearchDocuments(catalogue, today);
  return {
    documents,
    readSeconds: (read - started) / 1000,
    buildSeconds: (performance.now() - read) / 1000,
    problems: catalogue.problems.length,
  };
}
