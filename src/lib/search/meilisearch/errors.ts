/**
 * Typed errors of the Meilisearch side of search: callers (the indexer CLI, the build, tests)
 * tell them apart with `instanceof` and print `message`, which says what to do in plain words.
 */

export class SearchEngineError extends Error {
  override name = 'SearchEngineError';
}

/** An environment variable the indexer or the build needs is missing or malformed. */
export class SearchConfigurationError extends SearchEngineError {
  override name = 'SearchConfigurationError';
}

/** Nothing answered at the host (refused, DNS, timeout): no HTTP status was received. */
export class MeilisearchUnreachableError extends SearchEngineError {
  override name = 'MeilisearchUnreachableError';
  readonly host: string;
  constructor(host: string, cause?: unknown) {
    super(
      `Meilisearch is not reachable at ${host}` +
        (cause instanceof Error ? ` (${cause.message})` : '') +
        '. Is it running (npm run dev:search) and is MEILISEARCH_HOST right?',
      { cause },
    );
    this.host = host;
  }
}

/** A key meant for browsers can do more than search the public indexes. */
export class UnsafeSearchKeyError extends SearchEngineError {
  override name = 'UnsafeSearchKeyError';
  /** The probes the key was allowed through, e.g. "add documents to products". */
  readonly allowed: readonly string[];
  constructor(allowed: readonly string[]) {
    super(
      `This key must not be shipped to browsers: it was allowed to ${allowed.join('; ')}. ` +
        'Use the search-only key printed by `npm run index` (actions: search; indexes: the public ones).',
    );
    this.allowed = allowed;
  }
}

/** A key meant for browsers cannot search a public index (unknown, expired or too narrow). */
export class InvalidSearchKeyError extends SearchEngineError {
  override name = 'InvalidSearchKeyError';
  readonly index: string;
  constructor(index: string, detail: string) {
    super(`The search key cannot search the "${index}" index: ${detail}.`);
    this.index = index;
  }
}

/** A task did not finish within the time allowed for it. */
export class IndexingTimeoutError extends SearchEngineError {
  override name = 'IndexingTimeoutError';
  readonly taskUid: number;
  readonly timeoutMs: number;
  constructor(what: string, taskUid: number, timeoutMs: number, cause?: unknown) {
    super(
      `${what}: task ${taskUid} did not finish within ${(timeoutMs / 1000).toFixed(1)} s. ` +
        'The live indexes were left as they were.',
      { cause },
    );
    this.taskUid = taskUid;
    this.timeoutMs = timeoutMs;
  }
}

/** A task finished with status "failed" or "canceled". */
export class IndexingTaskFailedError extends SearchEngineError {
  override name = 'IndexingTaskFailedError';
  readonly taskUid: number;
  readonly code: string | undefined;
  constructor(what: string, taskUid: number, status: string, code?: string, detail?: string) {
    super(
      `${what}: task ${taskUid} ${status}${code ? ` (${code})` : ''}${detail ? `: ${detail}` : ''}. ` +
        'The live indexes were left as they were.',
    );
    this.taskUid = taskUid;
    this.code = code;
  }
}

/** A filter named an attribute outside the allow-list (never build filters from input names). */
export class FilterAttributeNotAllowedError extends SearchEngineError {
  override name = 'FilterAttributeNotAllowedError';
  readonly attribute: string;
  constructor(attribute: string, allowed: readonly string[]) {
    super(`Cannot filter on "${attribute}": allowed attributes are ${allowed.join(', ')}.`);
    this.attribute = attribute;
  }
}

/** A filter value that is neither a string nor a finite number (NaN, objects…). */
export class InvalidFilterValueError extends SearchEngineError {
  override name = 'InvalidFilterValueError';
}
