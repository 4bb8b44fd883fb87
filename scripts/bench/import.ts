/**
 * `node scripts/bench/import.ts [--rows 20000] [--keep DIR]`: writes an XLSX annex of that many
 * rows (title block, merged section rows), copies content/ to a temporary folder, and runs the
 * importer on it as a child process (`scripts/import.ts`), twice (new products, then a re-run
 * that finds them unchanged). Prints wall-clock seconds and the child's peak RSS for each run.
 */
import { spawnSync } from 'node:child_process';
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { annexRows, toXlsx } from '../../tests/fixtures/import/make-annex.ts';

const { values } = parseArgs({
  options: { rows: { type: 'string', default: '20000' }, keep: { type: 'string' } },
});
const rows = Number(values.rows);
const dir = values.keep ?? (await mkdtemp(path.join(tmpdir(), 'ocop-bench-import-')));
const content = path.join(dir, 'content');
await cp('content', content, { recursive: true });
const input = path.join(dir, `annex-${rows}.xlsx`);
await writeFile(input, await toXlsx(annexRows(rows), { sectionEvery: 1000, numbers: true }));

/** Runs the CLI under GNU time when present (peak RSS), else reports only seconds. */
function run(label: string) {
  const args = [
    'scripts/import.ts',
    input,
    '--content',
    content,
    '--report',
    path.join(dir, 'report.json'),
  ];
  const started = performance.now();
  const time = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, ...args], {
    encoding: 'utf8',
  });
  const seconds = (performance.now() - started) / 1000;
  const usable = time.error === undefined && time.status === 0;
  const result = usable ? time : spawnSync(process.execPath, args, { encoding: 'utf8' });
  const peakKb = usable ? Number(time.stderr.trim().split('\n').at(-1)) : NaN;
  const summary = result.stdout.split('\n').slice(0, 2).join(' ');
  console.log(
    `${label}: ${seconds.toFixed(1)} s, peak RSS ${Number.isNaN(peakKb) ? 'n/a' : `${(peakKb / 1024).toFixed(0)} MB`} — ${summary}`,
  );
}

console.log(`Importing a ${rows.toLocaleString('en')}-row XLSX into a copy of content/ (${dir})`);
run('first import');
run('re-run');
if (!values.keep) await rm(dir, { recursive: true, force: true });
