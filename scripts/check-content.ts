/**
 * `npm run check:content [dir]`: validates every content file against the schemas and checks
 * references, printing each problem as "file: field: message". Exit code 1 when any is found.
 *
 * It also prints warnings — "file: field: warning: message" — for fair booth products whose
 * certificate is expired or revoked on the day (`OCOP_TODAY` or today in Vietnam) or runs out
 * before the fair ends. Those are facts of time, not mistakes in the file: they never change
 * the exit code (see docs/fairs.md).
 *
 * A folder holding a half-moved import (`src/lib/import/unfinished-import.ts`) is refused first,
 * with one sentence saying how to finish or roll it back (exit code 1).
 */
import { BUILD_DATE } from '../src/lib/catalogue/build-date.ts';
import { fairStandingWarnings } from '../src/lib/content-files/fair-standing.ts';
import { readCatalogue } from '../src/lib/content-files/read-content.ts';
import { unfinishedImportMessage } from '../src/lib/import/unfinished-import.ts';

const dir = process.argv[2] ?? 'content';
const unfinished = unfinishedImportMessage(dir);
if (unfinished) {
  console.error(unfinished);
  process.exit(1);
}
const catalogue = await readCatalogue(dir, { lenient: true });
const { products, producers, salesPoints, fairs = [], problems } = catalogue;
for (const p of problems) console.error(`${p.file}: ${p.field}: ${p.message}`);
const warnings = fairStandingWarnings(catalogue, BUILD_DATE);
for (const w of warnings) console.warn(`${w.file}: ${w.field}: warning: ${w.message}`);
console.log(
  `${products.length} products, ${producers.length} producers, ${salesPoints.length} sales points, ${fairs.length} fairs valid; ${problems.length} problem(s); ${warnings.length} warning(s) about fair booths' certificates on ${BUILD_DATE}.`,
);
process.exitCode = problems.length ? 1 : 0;
