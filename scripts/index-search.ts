/**
 * `npm run index`: reads and validates the catalogue (`OCOP_CONTENT_DIR`, default `content/`),
 * builds the search documents and indexes them into Meilisearch at `MEILISEARCH_HOST` with
 * `MEILISEARCH_ADMIN_KEY` — in place when the live indexes have the wanted settings (only the
 * changed documents are sent), else into new indexes swapped in live (no gap for visitors) —
 * then prints the search-only key the site may ship, after checking it cannot write.
 *
 *   MEILISEARCH_HOST=http://127.0.0.1:7700 MEILISEARCH_ADMIN_KEY=… npm run index
 *
 * Options: `--full` (rebuild and swap even if an update in place would do), `--batch-size N`
 * (default 5000), `--quiet` (no per-batch lines).
 * Exit codes: 0 done, 1 indexing or key failure (an update in place stopped part-way included),
 * 2 configuration or content problem.
 */
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { MeilisearchApiError } from 'meilisearch';
import { ContentError } from '../src/lib/content-files/errors.ts';
import { readCatalogue } from '../src/lib/content-files/read-content.ts';
import { todayInVietnam } from '../src/lib/domain/dates.ts';
import { buildSearchDocuments } from '../src/lib/search/documents.ts';
import {
  createMeilisearchClient,
  readIndexerEnvironment,
} from '../src/lib/search/meilisearch/client.ts';
import {
  SearchConfigurationError,
  SearchEngineError,
} from '../src/lib/search/meilisearch/errors.ts';
import { describeChanges } from '../src/lib/search/meilisearch/incremental-update.ts';
import { DEFAULT_BATCH_SIZE, indexSearchDocuments } from '../src/lib/search/meilisearch/indexer.ts';
import { assertSearchOnlyKey, ensurePublicSearchKey } from '../src/lib/search/meilisearch/keys.ts';

const USAGE = `Usage: MEILISEARCH_HOST=… MEILISEARCH_ADMIN_KEY=… [OCOP_CONTENT_DIR=content] \\
  node scripts/index-search.ts [--full] [--batch-size N] [--quiet]`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      'batch-size': { type: 'string' },
      full: { type: 'boolean', default: false },
      quiet: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const batchSize = values['batch-size'] ? Number(values['batch-size']) : DEFAULT_BATCH_SIZE;
  if (!Number.isInteger(batchSize) || batchSize < 1) {
    throw new SearchConfigurationError(
      `--batch-size must be a positive integer, not "${values['batch-size']}".`,
    );
  }
  const env = readIndexerEnvironment();
  const today = todayInVietnam();

  const readStarted = performance.now();
  const catalogue = await readCatalogue(env.contentDir);
  const documents = buildSearchDocuments(catalogue, today);
  const readSeconds = (performance.now() - readStarted) / 1000;
  console.log(
    `Read ${env.contentDir}: ${documents.products.length} products, ` +
      `${documents.producers.length} producers, ${documents.salesPoints.length} sales points ` +
      `(statuses as of ${today}) in ${readSeconds.toFixed(1)} s`,
  );

  const client = createMeilisearchClient(env.host, env.adminKey);
  const report = await indexSearchDocuments(client, documents, {
    batchSize,
    full: values.full,
    log: values.quiet
      ? () => {}
      : (message) => {
          console.log(`  ${message}`);
        },
  });
  const seconds = `${(report.durationMs / 1000).toFixed(1)} s`;
  if (report.mode === 'in-place') {
    for (const { changes } of report.indexes)
      if (changes) console.log(`  ${describeChanges(changes)}`);
    if (report.deleted.length) console.log(`  leftovers dropped: ${report.deleted.join(', ')}`);
    console.log(
      `Updated ${env.host} in place: ${report.sent} document${report.sent === 1 ? '' : 's'} ` +
        `sent or deleted, ${report.documents} in the indexes, in ${seconds}`,
    );
  } else {
    console.log(`  rebuilt: ${report.rebuildReason ?? ''}`);
    for (const index of report.indexes) {
      console.log(
        `  ${index.live.padEnd(13)} ${String(index.documents).padStart(7)} documents in ` +
          `${index.batches} batch${index.batches === 1 ? '' : 'es'} (built as ${index.built})`,
      );
    }
    if (report.deleted.length) {
      // After the swap the timestamped names hold the previous content.
      console.log(`  previous content dropped: ${report.deleted.join(', ')}`);
    }
    console.log(
      `Indexed ${report.documents} documents into ${env.host} in ${seconds} ` +
        `(${Math.round(report.documentsPerSecond)} documents/s)`,
    );
  }

  const key = await ensurePublicSearchKey(client);
  await assertSearchOnlyKey(env.host, key.key);
  console.log(
    `\nPublic search key (search only, indexes ${key.indexes.join(', ')}; checked: it cannot write):\n` +
      `  PUBLIC_MEILISEARCH_HOST=${env.host}\n  PUBLIC_MEILISEARCH_SEARCH_KEY=${key.key}`,
  );
}

try {
  await main();
} catch (error) {
  if (error instanceof SearchConfigurationError || error instanceof ContentError) {
    console.error(`index-search: ${error.message}`);
    if (error instanceof SearchConfigurationError) console.error(`\n${USAGE}`);
    process.exitCode = 2;
  } else if (error instanceof SearchEngineError) {
    console.error(`index-search: ${error.message}`);
    process.exitCode = 1;
  } else if (error instanceof MeilisearchApiError) {
    const status = error.response.status;
    console.error(
      `index-search: Meilisearch refused a request (HTTP ${status}): ${error.message}` +
        (status === 401 || status === 403
          ? '\nIs MEILISEARCH_ADMIN_KEY the master key or an admin key of this server?'
          : ''),
    );
    process.exitCode = 1;
  } else {
    throw error;
  }
}
