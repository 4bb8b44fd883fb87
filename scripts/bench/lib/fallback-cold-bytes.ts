/**
 * The server-less index's cost of a first query at scale: a generated catalogue of N products
 * is indexed into a temporary folder, and each query is asked of a new engine (empty cache)
 * through the logging fetcher; the bytes are brotli -11 and gzip -9 of exactly the files it
 * fetched. The budget in issue #16 is 60 KB brotli at 20,000 products.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { writeFallbackIndex } from '../../../src/lib/search/fallback/build-index.ts';
import { FallbackEngine } from '../../../src/lib/search/fallback/engine.ts';
import { benchDocuments, downloadedBytes, fileSizes, loggingFetcher } from './fallback-index.ts';

export interface ColdQuery {
  query: string;
  hits: number;
  files: number;
  rounds: number;
  brotli: number;
  gzip: number;
}

export interface ColdQueryBytes {
  products: number;
  source: string;
  queries: ColdQuery[];
}

/** Queries of the relevance set that touch many shards, and a code. */
export const COLD_QUERIES = ['banh cay', 'nuoc mam', 'tra shan tuyet', 'mat ong', 'hai duong'];

export async function coldQueryBytesAtScale(
  productCount: number,
  today: string,
  say: (line: string) => void = () => {},
  queries: readonly string[] = COLD_QUERIES,
): Promise<ColdQueryBytes> {
  const work = await mkdtemp(path.join(tmpdir(), 'relevance-scale-'));
  try {
    const documents = await benchDocuments({ productCount, today, work });
    const dir = path.join(work, 'index');
    await writeFallbackIndex(documents, dir, { statusDate: today });
    const sizeOf = fileSizes(dir);
    const logged = loggingFetcher(dir);
    const out: ColdQuery[] = [];
    for (const query of queries) {
      const engine = new FallbackEngine({ baseUrl: '/search/fallback/', fetch: logged.fetcher });
      logged.reset();
      const result = await engine.search({ query, facets: '*', hitsPerPage: 24 });
      const { files, rounds } = logged.log();
      const bytes = await downloadedBytes(sizeOf, files);
      out.push({
        query,
        hits: result.nbHits,
        files: bytes.count,
        rounds,
        brotli: bytes.brotli,
        gzip: bytes.gzip,
      });
      say(
        `  "${query}"`.padEnd(22) +
          `${String(result.nbHits).padStart(6)} hits  ${String(bytes.count).padStart(3)} files ` +
          `in ${rounds} rounds  brotli ${(bytes.brotli / 1024).toFixed(1).padStart(5)} KB  ` +
          `gzip ${(bytes.gzip / 1024).toFixed(1).padStart(5)} KB`,
      );
    }
    return { products: documents.products.length, source: documents.source, queries: out };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
