/**
 * `npm start`: builds the sample catalogue and serves it at http://localhost:4321 with working
 * search. Starts the development Meilisearch from npm (Linux x86-64) on loopback with throwaway
 * data, indexes `content/`, builds the site with the search-only key, and serves `dist/` as a
 * static host does (`scripts/serve.ts`). Where that binary cannot run, the site is built without
 * it and searches with its server-less index.
 * Ctrl-C stops everything. A content folder holding a half-moved import is refused first, with
 * one sentence saying how to finish or roll it back (`src/lib/import/unfinished-import.ts`).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import {
  startMeilisearch,
  type MeilisearchTestServer,
} from '../tests/support/meilisearch-server.ts';
import { indexContentDirectory } from '../src/lib/search/meilisearch/indexer.ts';
import { ensurePublicSearchKey } from '../src/lib/search/meilisearch/keys.ts';
import { unfinishedImportMessage } from '../src/lib/import/unfinished-import.ts';

const PORT = process.env['PORT'] ?? '4321';
const contentDir = process.env['OCOP_CONTENT_DIR'] ?? 'content';
const unfinished = unfinishedImportMessage(contentDir);
if (unfinished) {
  console.error(unfinished);
  process.exit(1);
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  return spawn(command, args, { stdio: 'inherit', env });
}

function finished(child: ChildProcess): Promise<number> {
  return new Promise((resolve) =>
    child.on('exit', (code) => {
      resolve(code ?? 1);
    }),
  );
}

let meilisearch: MeilisearchTestServer | undefined;
const env: NodeJS.ProcessEnv = { ...process.env };
try {
  meilisearch = await startMeilisearch();
  const report = await indexContentDirectory({
    host: meilisearch.host,
    adminKey: meilisearch.masterKey,
    contentDir,
  });
  const key = await ensurePublicSearchKey(meilisearch.client);
  env['PUBLIC_MEILISEARCH_HOST'] = meilisearch.host;
  env['PUBLIC_MEILISEARCH_SEARCH_KEY'] = key.key;
  console.log(
    `Meilisearch (development) on ${meilisearch.host}: ${report.indexes
      .map((i) => `${i.documents} ${i.live}`)
      .join(', ')} indexed.`,
  );
} catch (error) {
  console.warn(
    `Meilisearch could not start here (${(error as Error).message}); ` +
      'the site will search with its server-less index.',
  );
  await meilisearch?.stop();
  meilisearch = undefined;
}

const stop = async () => {
  await meilisearch?.stop();
  process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());

const astro = 'node_modules/.bin/astro';
const built = await finished(run(astro, ['build'], env));
if (built !== 0) {
  await meilisearch?.stop();
  process.exit(built);
}
console.log(`Serving the catalogue at http://localhost:${PORT}/ (Ctrl-C to stop).`);
// As a static host serves it (scripts/serve.ts), not `astro preview`: a short URL typed
// without its trailing slash or in capitals (`/p/F4MPG6`) must work here as it does online.
const code = await finished(run(process.execPath, ['scripts/serve.ts', '--port', PORT], env));
await meilisearch?.stop();
process.exit(code);
