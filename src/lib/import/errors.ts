/**
 * Errors the importer raises on purpose. `ImportInputError` means the input file as a whole
 * cannot be used (not a spreadsheet, empty, no header row): its message is one plain sentence
 * for the person running the import, and nothing is written. Row-level problems are never
 * errors: they end as "rejected" lines in the report.
 */

export class ImportError extends Error {
  override name = 'ImportError';
}

/** The input cannot be read as an OCOP list; the message is one sentence for people. */
export class ImportInputError extends ImportError {
  override name = 'ImportInputError';
}

/** The options given on the command line are unusable (bad date, unknown province…). */
export class ImportUsageError extends ImportError {
  override name = 'ImportUsageError';
}

/** The result would not be a valid catalogue; nothing was written. */
export class ImportValidationError extends ImportError {
  override name = 'ImportValidationError';
  readonly problems: readonly string[];
  constructor(message: string, problems: readonly string[]) {
    super(message);
    this.problems = problems;
  }
}

/** Writing was stopped (a signal, or a crash injected by a test) and rolled back. */
export class ImportAbortedError extends ImportError {
  override name = 'ImportAbortedError';
}

/** `content/commune-mergers.csv` (or the table given) cannot be read or has bad rows. */
export class CommuneMergerTableError extends ImportError {
  override name = 'CommuneMergerTableError';
  readonly problems: readonly string[];
  constructor(problems: readonly string[]) {
    const shown = problems.slice(0, 20);
    const more = problems.length - shown.length;
    super([...shown, ...(more > 0 ? [`… and ${more} more`] : [])].join('\n'));
    this.problems = problems;
  }
}

/**
 * The content folder holds an import that stopped mid-way (see `unfinished-import.ts`), or an
 * import could not put back what it had moved; the message says how to finish or roll it back.
 */
export class UnfinishedImportError extends ImportError {
  override name = 'UnfinishedImportError';
}

/** The report file cannot be written where asked; checked before anything is moved. */
export class ImportReportPathError extends ImportError {
  override name = 'ImportReportPathError';
}

/** A move into the content folder failed; those already made were put back. */
export class ImportMoveError extends ImportError {
  override name = 'ImportMoveError';
}
