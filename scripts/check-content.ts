/**
 * `npm run check:content [dir]`: validates every content file against the schemas and checks
 * references, printing each problem as "file: field: message". Exit code 1 when any is found.
 */
import { readCatalogue } from '../src/lib/content-files/read-content.ts';

const dir = process.argv[2] ?? 'content';
const catalogue = await readCatalogue(dir, { lenient: true });
const { products, producers, salesPoints, fairs = [], problems } = catalogue;
for (const p of problems) console.error(`${p.file}: ${p.field}: ${p.message}`);
console.log(
  `${products.length} products, ${producers.length} producers, ${salesPoints.length} sales points, ${fairs.length} fairs valid; ${problems.length} problem(s).`,
);
process.exitCode = problems.length ? 1 : 0;
