/**
 * `npm run bench:relevance [-- --json] [--content DIR] [--today YYYY-MM-DD] [--queries FILE]
 * [--variants] [--products N] [--no-scale]`: how well each engine finds what people mean.
 *
 * Builds the search documents from `content/` as the site does, starts the dev Meilisearch,
 * indexes them with the site's indexer and settings and asks every query of the set
 * (`tests/fixtures/relevance/queries.json`) as the search page asks it — as submitted, the last
 * word whole (`finishQuery`), and again while typing, the last word a prefix; builds the
 * server-less index in memory and asks it the same. Prints per engine precision@5, recall, zero-result
 * rate, mean hits, must-not violations, the queries to look at, and where the engines disagree.
 * `--variants` also runs the Meilisearch setups tried when choosing the site's
 * (`relevance-variants.ts`). Then, unless `--no-scale`, the server-less index's cold first-query
 * bytes (brotli) at `--products` (default 20,000) generated products. Exit code 0 always.
 */
import { parseArgs } from 'node:util';
import { readCatalogue } from '../../src/lib/content-files/read-content.ts';
import { todayInVietnam } from '../../src/lib/domain/dates.ts';
import { buildSearchDocuments } from '../../src/lib/search/documents.ts';
import { startMeilisearch } from '../../tests/support/meilisearch-server.ts';
import { measureFallback, measureMeilisearch, type EngineRun } from './lib/relevance.ts';
import {
  byKindTable,
  disagreementList,
  problemList,
  summaryTable,
} from './lib/relevance-report.ts';
import {
  DEFAULT_QUERY_SET,
  readRelevanceQueries,
  unknownProductIds,
} from './lib/relevance-queries.ts';
import { RELEVANCE_VARIANTS } from './lib/relevance-variants.ts';
import { coldQueryBytesAtScale, type ColdQueryBytes } from './lib/fallback-cold-bytes.ts';

const { values: args } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    content: { type: 'string', default: 'content' },
    today: { type: 'string' },
    queries: { type: 'string', default: DEFAULT_QUERY_SET },
    variants: { type: 'boolean', default: false },
    products: { type: 'string', default: '20000' },
    'no-scale': { type: 'boolean', default: false },
  },
});
const say = (text: string) => {
  if (!args.json) console.log(text);
};

const today = args.today ?? todayInVietnam();
const queries = await readRelevanceQueries(args.queries);
const documents = buildSearchDocuments(await readCatalogue(args.content), today);
const unknown = unknownProductIds(queries, new Set(documents.products.map((p) => p.id)));
if (unknown.length) console.warn(`Query set names unknown products: ${unknown.join(', ')}`);
say(
  `${queries.length} queries on ${documents.products.length} products of ${args.content} ` +
    `(statuses as of ${today})\n`,
);

const runs: EngineRun[] = [];
// The same queries while still being typed (the last word a prefix), for comparison.
const typing: EngineRun[] = [];
const server = await startMeilisearch();
try {
  runs.push(await measureMeilisearch(server.client, documents, queries));
  typing.push(await measureMeilisearch(server.client, documents, queries, undefined, 'typing'));
  if (args.variants) {
    for (const variant of RELEVANCE_VARIANTS) {
      runs.push(await measureMeilisearch(server.client, documents, queries, variant));
    }
  }
} finally {
  await server.stop();
}
const meilisearch = runs[0]!;
const fallback = await measureFallback(documents, today, queries);
runs.splice(1, 0, fallback);
typing.push(await measureFallback(documents, today, queries, 'typing'));
runs.splice(2, 0, ...typing);

say(summaryTable(runs));
say('');
say(byKindTable(runs));
say('');
say(problemList(meilisearch));
say('');
say(problemList(fallback));
say('');
say(disagreementList(meilisearch, fallback));

let scale: ColdQueryBytes | undefined;
if (!args['no-scale']) {
  say(`\nServer-less index, cold first query at ${args.products} generated products:`);
  scale = await coldQueryBytesAtScale(Number(args.products), today, say);
}

if (args.json) {
  console.log(
    JSON.stringify(
      {
        today,
        queries: queries.length,
        products: documents.products.length,
        runs: runs.map(({ engine, summary, scores }) => ({ engine, summary, scores })),
        ...(scale ? { scale } : {}),
      },
      null,
      2,
    ),
  );
}
