/**
 * `npm run import -- <file> [--decision "715/QĐ-UBND"] [--date 2026-03-12] [--province "Thanh
 * Hóa"] [--source URL] [--dry-run] [--report FILE] [--content DIR] [--commune-mergers FILE]`
 *
 * Imports an official OCOP list (XLSX or CSV, including the site's own open-data CSV) into the
 * catalogue's content files. Prints a summary and writes a report with one line per row (JSON,
 * or CSV when FILE ends in .csv; default `<file>.import-report.json`). Exit codes: 0 done (even
 * with rejected rows), 1 the file cannot be used, 2 bad options, 3 the result would be invalid
 * or the import was interrupted, or the commune-merger table (default
 * `<content>/commune-mergers.csv`) has bad rows (nothing written).
 */
import { parseArgs } from 'node:util';
import {
  ImportError,
  ImportInputError,
  ImportUsageError,
  ImportValidationError,
} from '../src/lib/import/errors.ts';
import { formatReport, writeReport } from '../src/lib/import/report.ts';
import { runImport } from '../src/lib/import/run-import.ts';

const USAGE =
  'Usage: npm run import -- <file.xlsx|file.csv> [--decision "715/QĐ-UBND"] [--date 2026-03-12] [--province "Thanh Hóa"] [--source URL] [--dry-run] [--report FILE] [--content DIR] [--commune-mergers FILE]';

let args: ReturnType<typeof parse>;
function parse() {
  return parseArgs({
    allowPositionals: true,
    options: {
      decision: { type: 'string' },
      date: { type: 'string' },
      province: { type: 'string' },
      source: { type: 'string' },
      report: { type: 'string' },
      content: { type: 'string' },
      'commune-mergers': { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
}
try {
  args = parse();
} catch (error) {
  console.error(`${(error as Error).message}\n${USAGE}`);
  process.exit(2);
}
const { values, positionals } = args;
if (values.help || positionals.length !== 1) {
  console.error(USAGE);
  process.exit(values.help ? 0 : 2);
}
const input = positionals[0]!;

const state = { interrupted: false };
const onSignal = () => {
  state.interrupted = true;
};
process.on('SIGINT', onSignal);
process.on('SIGTERM', onSignal);

try {
  const report = await runImport({
    input,
    contentDir: values.content ?? process.env['OCOP_CONTENT_DIR'] ?? 'content',
    decision: values.decision,
    date: values.date,
    province: values.province,
    source: values.source,
    communeMergers: values['commune-mergers'],
    dryRun: values['dry-run'],
    shouldStop: () => state.interrupted,
  });
  const reportFile = values.report ?? `${input}.import-report.json`;
  await writeReport(report, reportFile);
  console.log(formatReport(report));
  console.log(`Report: ${reportFile}`);
  if (state.interrupted) {
    console.error('Interrupted after the files were moved into place: the import is complete.');
    process.exitCode = 130;
  }
} catch (error) {
  if (error instanceof ImportInputError) {
    console.error(error.message);
    process.exitCode = 1;
  } else if (error instanceof ImportUsageError) {
    console.error(`${error.message}\n${USAGE}`);
    process.exitCode = 2;
  } else if (error instanceof ImportValidationError) {
    console.error([error.message, ...error.problems.slice(0, 20).map((p) => `  ${p}`)].join('\n'));
    process.exitCode = 3;
  } else if (error instanceof ImportError) {
    console.error(error.message);
    process.exitCode = state.interrupted ? 130 : 3;
  } else {
    console.error(
      `The import failed and wrote nothing: ${(error as Error).stack ?? String(error)}`,
    );
    process.exitCode = 4;
  }
}
