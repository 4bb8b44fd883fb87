/**
 * What `npm run import` does once its arguments are parsed, with its output and the report
 * writer passed in so the tests can drive it: check the report can be written (before anything
 * moves), import, print, write the report; or finish / roll back a half-moved import. Every
 * message says what `content/` holds afterwards. Returns the exit code: 0 done, 1 unusable
 * file, 2 bad options or report path, 3 invalid result, interrupted or unfinished import,
 * 4 anything else (130 after a signal).
 */
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  ImportError,
  ImportInputError,
  ImportReportPathError,
  ImportUsageError,
  ImportValidationError,
} from './errors.ts';
import { recoverInterruptedImports, type RecoveryMode } from './recover.ts';
import { checkReportWritable, formatReport, writeReport, type ImportReport } from './report.ts';
import { runImport, type ImportOptions } from './run-import.ts';
import { findUnfinishedImports } from './unfinished-import.ts';

export interface CommandIO {
  out: (text: string) => void;
  err: (text: string) => void;
  writeReport?: typeof writeReport | undefined;
}

export interface ImportCommand {
  options: ImportOptions & { contentDir: string };
  reportFile: string;
  usage: string;
  interrupted: () => boolean;
}

export async function importCommand(command: ImportCommand, io: CommandIO): Promise<number> {
  const { options, reportFile } = command;
  const content = options.contentDir;
  let report: ImportReport;
  try {
    checkReportWritable(reportFile);
    report = await runImport(options);
  } catch (error) {
    return failure(error, command, io);
  }
  io.out(formatReport(report));
  const written = !report.dryRun && report.files.length > 0;
  const state = written
    ? `the import is complete and ${content} holds it (${report.files.length} file${report.files.length === 1 ? '' : 's'} written)`
    : `${content} was not changed`;
  try {
    await (io.writeReport ?? writeReport)(report, reportFile);
    io.out(`Report: ${reportFile}`);
  } catch (error) {
    const spare = path.join(tmpdir(), path.basename(reportFile));
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    try {
      await (io.writeReport ?? writeReport)(report, spare);
      io.err(
        `The report could not be written to ${reportFile} (${reason}) and was written to ${spare} instead; ${state}.`,
      );
    } catch {
      io.err(
        `The report could not be written to ${reportFile} (${reason}) nor to ${spare}; ${state}.`,
      );
    }
    return 4;
  }
  if (command.interrupted()) {
    io.err(`Interrupted after the files were moved into place: ${state}.`);
    return 130;
  }
  return 0;
}

function failure(error: unknown, command: ImportCommand, io: CommandIO): number {
  if (error instanceof ImportInputError) {
    io.err(error.message);
    return 1;
  }
  if (error instanceof ImportUsageError) {
    io.err(`${error.message}\n${command.usage}`);
    return 2;
  }
  if (error instanceof ImportReportPathError) {
    io.err(error.message);
    return 2;
  }
  if (error instanceof ImportValidationError) {
    io.err([error.message, ...error.problems.slice(0, 20).map((p) => `  ${p}`)].join('\n'));
    return 3;
  }
  if (error instanceof ImportError) {
    io.err(error.message);
    return command.interrupted() ? 130 : 3;
  }
  // Moves that fail are put back (ImportMoveError) or reported as unfinished: an error that is
  // not an ImportError came before the first move.
  io.err(
    `The import failed before moving anything into ${command.options.contentDir}: ${(error as Error).stack ?? String(error)}`,
  );
  return 4;
}

/** `--finish` / `--rollback`: deals with every half-moved import under `contentDir`. */
export function recoverCommand(contentDir: string, mode: RecoveryMode, io: CommandIO): number {
  let done;
  try {
    done = recoverInterruptedImports(contentDir, mode);
  } catch (error) {
    io.err(
      `Could not ${mode === 'finish' ? 'finish' : 'roll back'} the unfinished import in ${contentDir} (${(error as Error).message}); its staging folder is kept, so fix the cause and run this again.`,
    );
    return 3;
  }
  const running = findUnfinishedImports(contentDir).filter((f) => f.running);
  for (const r of running)
    io.out(`${r.folder}: left alone, its import (process ${r.pid}) is still running.`);
  if (!done.length && !running.length) {
    io.out(`No unfinished import in ${contentDir}: nothing to do.`);
    return 0;
  }
  for (const r of done) {
    io.out(
      mode === 'finish'
        ? `${r.folder}: finished, ${r.completed ?? 0} more file(s) moved into ${contentDir}.`
        : `${r.folder}: rolled back, ${r.restored} file(s) restored and ${r.removed} removed from ${contentDir}.`,
    );
  }
  return 0;
}
