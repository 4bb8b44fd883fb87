/**
 * Creating the admin client from the environment, checking the server answers, and waiting for
 * tasks with an explicit timeout and typed errors (the client's default wait is 5 s, too short
 * for a batch of thousands of documents).
 */
import {
  Meilisearch,
  MeilisearchRequestError,
  MeilisearchTaskTimeOutError,
  type EnqueuedTask,
  type Task,
} from 'meilisearch';
import {
  IndexingTaskFailedError,
  IndexingTimeoutError,
  MeilisearchUnreachableError,
  SearchConfigurationError,
} from './errors.ts';

export interface IndexerEnvironment {
  host: string;
  adminKey: string;
  contentDir: string;
}

/** Reads `MEILISEARCH_HOST`, `MEILISEARCH_ADMIN_KEY` and optional `OCOP_CONTENT_DIR`. */
export function readIndexerEnvironment(
  env: Readonly<Record<string, string | undefined>> = process.env,
): IndexerEnvironment {
  const host = env['MEILISEARCH_HOST']?.trim();
  const adminKey = env['MEILISEARCH_ADMIN_KEY']?.trim();
  const missing = [!host && 'MEILISEARCH_HOST', !adminKey && 'MEILISEARCH_ADMIN_KEY'].filter(
    Boolean,
  );
  if (!host || !adminKey) {
    throw new SearchConfigurationError(
      `Set ${missing.join(' and ')} (e.g. MEILISEARCH_HOST=http://127.0.0.1:7700 and the master ` +
        'or an admin key). The admin key stays with the indexer: never give it to the site.',
    );
  }
  try {
    new URL(host);
  } catch {
    throw new SearchConfigurationError(
      `MEILISEARCH_HOST must be a URL such as http://127.0.0.1:7700, not "${host}".`,
    );
  }
  return { host, adminKey, contentDir: env['OCOP_CONTENT_DIR']?.trim() || 'content' };
}

/** A client whose HTTP requests give up after `requestTimeoutMs` (large batches need time). */
export function createMeilisearchClient(
  host: string,
  apiKey: string,
  requestTimeoutMs = 120_000,
): Meilisearch {
  return new Meilisearch({ host, apiKey, timeout: requestTimeoutMs });
}

/** Throws `MeilisearchUnreachableError` unless the server answers `/health`. */
export async function assertReachable(client: Meilisearch): Promise<void> {
  try {
    await client.health();
  } catch (error) {
    if (error instanceof MeilisearchRequestError) {
      throw new MeilisearchUnreachableError(client.config.host, error.cause ?? error);
    }
    throw error;
  }
}

export interface WaitOptions {
  /** What the task does, for error messages ("adding products 1–5000"). */
  what: string;
  timeoutMs: number;
  intervalMs?: number;
}

/**
 * Waits for a task and returns it when it succeeded; throws `IndexingTimeoutError` when it did
 * not finish in time and `IndexingTaskFailedError` when it failed or was canceled.
 */
export async function waitForTaskOrThrow(
  client: Meilisearch,
  task: EnqueuedTask | number,
  { what, timeoutMs, intervalMs = 50 }: WaitOptions,
): Promise<Task> {
  const uid = typeof task === 'number' ? task : task.taskUid;
  let done: Task;
  try {
    done = await client.tasks.waitForTask(uid, { timeout: timeoutMs, interval: intervalMs });
  } catch (error) {
    if (error instanceof MeilisearchTaskTimeOutError) {
      throw new IndexingTimeoutError(what, uid, timeoutMs, error);
    }
    if (error instanceof MeilisearchRequestError) {
      throw new MeilisearchUnreachableError(client.config.host, error.cause ?? error);
    }
    throw error;
  }
  if (done.status !== 'succeeded') {
    throw new IndexingTaskFailedError(
      what,
      uid,
      done.status,
      done.error?.code,
      done.error?.message,
    );
  }
  return done;
}
