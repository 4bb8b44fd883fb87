/**
 * `npm run import -- <file> [--decision "715/QĐ-UBND"] [--date 2026-03-12] [--province "Thanh
 * Hóa"] [--source URL] [--dry-run] [--report FILE] [--content DIR] [--commune-mergers FILE]`
 *
 * Imports an official OCOP list (XLSX or CSV, including the site's own open-data CSV) into the
 * catalogue's content files. Prints a summary and writes a report with one line per row (JSON,
 * or CSV when FILE ends in .csv; default `<file>.import-report.json`). Exit codes: 0 done (even
 * with rejected rows), 1 the file cannot be used, 2 bad options, 3 the result would be invalid
 * or the import was interrupted, or the commune-merger table (default
 * `<content>/commune-mergers.csv`) has bad rows (nothing written), 4 anything else. The report
 * path is checked before anything moves (exit 2); every failure says what `content/` holds.
 *
 * `npm run import -- --finish [--content DIR]` / `--rollback`: an import killed mid-way (its
 * journal left in `content/.import-*`) is finished (the rest of its validated files moved in)
 * or rolled back. check:content, the build and `npm start` refuse content in that state.
 */
import { parseArgs } from 'node:util';
import { importCommand, recoverCommand, type CommandIO } from '../src/lib/import/import-command.ts';

const USAGE =
  'Usage: npm run import -- <file.xlsx|file.csv> [--decision "715/QĐ-UBND"] [--date 2026-03-12] [--province "Thanh Hóa"] [--source URL] [--dry-run] [--report FILE] [--content DIR] [--commune-mergers FILE]\n       npm run import -- --finish|--rollback [--content DIR]';

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
      finish: { type: 'boolean', default: false },
      rollback: { type: 'boolean', default: false },
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
const io: CommandIO = {
  out: (t) => {
    console.log(t);
  },
  err: (t) => {
    console.error(t);
  },
};
const contentDir = values.content ?? process.env['OCOP_CONTENT_DIR'] ?? 'content';

if (values.finish || values.rollback) {
  if (positionals.length || (values.finish && values.rollback)) {
    console.error(USAGE);
    process.exit(2);
  }
  process.exit(recoverCommand(contentDir, values.finish ? 'finish' : 'rollback', io));
}
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

process.exitCode = await importCommand(
  {
    options: {
      input,
      contentDir,
      decision: values.decision,
      date: values.date,
      province: values.province,
      source: values.source,
      communeMergers: values['commune-mergers'],
      dryRun: values['dry-run'],
      shouldStop: () => state.interrupted,
    },
    reportFile: values.report ?? `${input}.import-report.json`,
    usage: USAGE,
    interrupted: () => state.interrupted,
  },
  io,
);
