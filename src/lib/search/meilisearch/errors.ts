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

/** Two documents of one index share an id: one would silently replace the other. */
export class DuplicateDocumentIdError extends SearchEngineError {
  override name = 'DuplicateDocumentIdError';
  readonly id: string;
  constructor(id: string) {
    super(`Two documents have the id "${id}": ids must be unique within an index.`);
    this.id = id;
  }
}

/**
 * An in-place update stopped part-way (a task failed or timed out). Unlike the rebuild, it does
 * not leave the live indexes as they were: they keep what the tasks that succeeded sent. Each of
 * those documents is whole and right for its own product, producer or sales point; the others
 * are as of the previous run, and the next run sends them.
 */
export class PartialUpdateError extends SearchEngineError {
  override name = 'PartialUpdateError';
  /** Documents sent or deleted by the tasks that succeeded, and those the run did not get to. */
  readonly sent: number;
  readonly pending: number;
  constructor(what: string, sent: number, pending: number, cause: Error) {
    const reason = cause.message.replace(/ The live indexes were left as they were\.$/, '');
    super(
      `${reason.startsWith(what) ? reason : `${what}: ${reason}`} The live indexes keep the ` +
        `${sent} document change(s) that succeeded and miss ${pending}: each document there is ` +
        'whole and correct for its own entry, the others are as of the previous run. Run ' +
        '`npm run index` again to send the rest.',
      { cause },
    );
    this.sent = sent;
    this.pending = pending;
  }
}
