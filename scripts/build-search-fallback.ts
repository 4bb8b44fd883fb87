/**
 * `node scripts/build-search-fallback.ts [--content content] [--out dist/search/fallback]
 * [--today YYYY-MM-DD]`: writes the server-less search index (see
 * `src/lib/search/fallback/build-index.ts`) from a content folder. Run it after `astro build`;
 * certificate statuses are computed for `--today` (default: today in Vietnam).
 * Exit code 1 when the content has problems (listed as "file: field: message").
 */
import { parseArgs } from 'node:util';
import { InvalidContentError } from '../src/lib/content-files/errors.ts';
import { readCatalogue } from '../src/lib/content-files/read-content.ts';
import { isValidIsoDate, todayInVietnam } from '../src/lib/domain/dates.ts';
import { buildSearchDocuments } from '../src/lib/search/documents.ts';
import { writeFallbackIndex } from '../src/lib/search/fallback/build-index.ts';

const USAGE = `Usage: node scripts/build-search-fallback.ts [--content DIR] [--out DIR] [--today YYYY-MM-DD]

  --content DIR   content folder to read (default content)
  --out DIR       folder to write the index into (default dist/search/fallback)
  --today DATE    day certificate statuses are computed for (default: today in Vietnam)`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      content: { type: 'string', default: 'content' },
      out: { type: 'string', default: 'dist/search/fallback' },
      today: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const today = values.today ?? todayInVietnam();
  if (!isValidIsoDate(today)) throw new RangeError(`--today must be YYYY-MM-DD, got "${today}"`);
  const started = performance.now();
  const catalogue = await readCatalogue(values.content);
  const documents = buildSearchDocuments(catalogue, today);
  const written = await writeFallbackIndex(documents, values.out, { statusDate: today });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `Search fallback: ${documents.products.length} products, ${documents.salesPoints.length} ` +
      `sales points → ${values.out}: ${written.files.length} files, ` +
      `${(written.bytes / 1024).toFixed(0)} KB (manifest ${written.manifestFile}), ${seconds} s`,
  );
}

try {
  await main();
} catch (error) {
  if (error instanceof InvalidContentError) {
    console.error(`build-search-fallback: ${error.message}`);
    process.exitCode = 1;
  } else if (
    error instanceof RangeError ||
    (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')
  ) {
    console.error(`build-search-fallback: ${(error as Error).message}\n\n${USAGE}`);
    process.exitCode = 2;
  } else {
    throw error;
  }
}
