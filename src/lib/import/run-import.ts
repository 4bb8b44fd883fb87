/**
 * The whole import, for the command line and the tests: read the file, find the header, sort
 * the lines into product rows and the rest, normalise, plan against the catalogue, write
 * atomically (unless a dry run) and return the report. Throws `ImportInputError` for a file
 * that is not a usable list, `ImportUsageError` for bad options, `CommuneMergerTableError` for
 * a bad commune-merger table; nothing is written then.
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { readCatalogue } from '../content-files/read-content.ts';
import { classifyRow, type SectionContext } from './classify-row.ts';
import { loadCommuneMergers } from './commune-mergers.ts';
import { buildDecider, type DeciderOptions } from './decider.ts';
import { ImportInputError, UnfinishedImportError } from './errors.ts';
import { findHeader, type HeaderMatch } from './find-header.ts';
import { normaliseRow, type ImportRow } from './normalise-row.ts';
import { planChanges } from './plan-changes.ts';
import { readSpreadsheet, type Sheet } from './read-spreadsheet.ts';
import { summarise, type ImportReport, type RowResult, type SkippedLine } from './report.ts';
import { writeContent, type WriteOptions } from './write-content.ts';
import { recoverInterruptedImports } from './recover.ts';
import type { Json } from './build-entries.ts';

export interface ImportOptions extends DeciderOptions, Omit<WriteOptions, 'catalogue'> {
  /** The file to import, or its bytes (then `inputName` labels it). */
  input: string | Uint8Array;
  inputName?: string | undefined;
  contentDir?: string | undefined;
  /**
   * The commune-merger table (CSV) mapping old communes to 2025 ones. Default
   * `<contentDir>/commune-mergers.csv`, which may be absent; a table named here must exist.
   */
  communeMergers?: string | undefined;
  dryRun?: boolean | undefined;
}

export async function runImport(options: ImportOptions): Promise<ImportReport> {
  const contentDir = options.contentDir ?? 'content';
  const inputName =
    options.inputName ??
    (typeof options.input === 'string' ? path.basename(options.input) : 'input');
  let bytes: Uint8Array;
  if (typeof options.input === 'string') {
    try {
      bytes = await readFile(options.input);
    } catch (error) {
      throw new ImportInputError(
        `${inputName} cannot be read: ${(error as NodeJS.ErrnoException).code ?? 'error'}.`,
      );
    }
  } else bytes = options.input;
  const label = inputName;
  const book = await readSpreadsheet(bytes, label);
  let sheet: Sheet | undefined;
  let header: HeaderMatch | undefined;
  for (const candidate of book.sheets) {
    header = findHeader(candidate.rows);
    if (header) {
      sheet = candidate;
      break;
    }
  }
  if (!sheet || !header) {
    const empty = book.sheets.every((s) => s.rows.every((r) => r.cells.every((c) => !c.trim())));
    throw new ImportInputError(
      empty
        ? `${label} is empty.`
        : `${label} has no header row naming a product column ("Tên sản phẩm") with a producer, stars or score column in its first rows.`,
    );
  }
  const decider = buildDecider(options, header.title);
  const communeMergers = await loadCommuneMergers(
    options.communeMergers ?? path.join(contentDir, 'commune-mergers.csv'),
    { optional: options.communeMergers === undefined },
  );
  const rows: ImportRow[] = [];
  const results: RowResult[] = [];
  const skipped: SkippedLine[] = [];
  let section: SectionContext = {};
  let inSignature = false;
  for (const raw of sheet.rows.slice(header.index + 1)) {
    const kind = classifyRow(raw.cells, header.columns, inSignature);
    if (kind.signature) inSignature = true;
    if (kind.skip) {
      if (kind.section) section = kind.section;
      const text = raw.cells
        .map((c) => c.trim())
        .filter(Boolean)
        .join(' | ')
        .slice(0, 120);
      skipped.push({ rowNumber: raw.rowNumber, reason: kind.skip, text });
      continue;
    }
    const result = normaliseRow(
      raw.rowNumber,
      raw.cells,
      header.columns,
      decider,
      section,
      communeMergers,
    );
    if (result.ok) rows.push(result.row);
    else
      results.push({
        rowNumber: result.rowNumber,
        outcome: 'rejected',
        reason: result.reason,
        flags: result.flags,
      });
  }
  // An earlier import killed mid-way is rolled back first, so this one plans on a whole catalogue.
  if (!options.dryRun) {
    try {
      recoverInterruptedImports(contentDir);
    } catch (error) {
      throw new UnfinishedImportError(
        `An earlier import left ${contentDir} half-moved and rolling it back failed (${(error as Error).message}): nothing of this import was written; fix the cause, then run \`npm run import -- --rollback --content ${contentDir}\`.`,
        { cause: error },
      );
    }
  }
  const catalogue = await readCatalogue(contentDir, { lenient: true });
  const plan = planChanges(
    catalogue,
    rows,
    (file) => JSON.parse(readFileSync(file, 'utf8')) as Json,
  );
  const all = [...results, ...plan.results].sort((a, b) => a.rowNumber - b.rowNumber);
  if (!options.dryRun) {
    await writeContent(contentDir, plan.writes, { ...options, catalogue });
  }
  return {
    input: inputName,
    format:
      book.format +
      (book.encoding ? ` ${book.encoding}` : '') +
      (book.delimiter ? ` "${book.delimiter === '\t' ? '\\t' : book.delimiter}"` : ''),
    sheet: sheet.name,
    headerRow: sheet.rows[header.index]!.rowNumber,
    decision: decider.decision,
    decisionDate: decider.decisionDate,
    province: decider.provinceName,
    dryRun: Boolean(options.dryRun),
    summary: summarise(all, skipped.length),
    rows: all,
    skipped,
    files: [...plan.writes.keys()].sort(),
  };
}
