/**
 * `node scripts/bench/qr.ts [--products 20000] [--producers 10000] [--catalogue DIR] [--keep DIR]`:
 * generates a catalogue of that size (unless `--catalogue` names one), then writes every QR
 * code with the build's own writer (`writeQrCodes`) three times into a temporary site folder:
 * without a cache, filling a cache, and from that cache (a warm rebuild). Prints ms per code
 * (SVG and PNG drawing measured apart), bytes per file and the totals.
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { readCatalogue } from '../../src/lib/content-files/read-content.ts';
import { qrJobs } from '../../src/lib/qr/catalogue-jobs.ts';
import { qrMatrix } from '../../src/lib/qr/matrix.ts';
import { renderQrPng } from '../../src/lib/qr/png.ts';
import { renderQrSvg } from '../../src/lib/qr/svg.ts';
import { QR_PNG_SCALE, writeQrCodes, type QrReport } from '../../src/lib/qr/write-qr-codes.ts';

const { values } = parseArgs({
  options: {
    products: { type: 'string', default: '20000' },
    producers: { type: 'string', default: '10000' },
    catalogue: { type: 'string' },
    keep: { type: 'string' },
  },
});
const dir = values.keep ?? (await mkdtemp(path.join(tmpdir(), 'ocop-bench-qr-')));
let catalogueDir = values.catalogue;
if (!catalogueDir) {
  catalogueDir = path.join(dir, 'catalogue');
  const generated = spawnSync(
    process.execPath,
    [
      'scripts/generate-catalogue.ts',
      ...['--products', values.products, '--producers', values.producers],
      ...['--sales-points', '10', '--out', catalogueDir],
    ],
    { stdio: 'inherit' },
  );
  if (generated.status !== 0) process.exit(generated.status ?? 1);
}

const catalogue = await readCatalogue(catalogueDir);
const jobs = qrJobs(catalogue, 'https://ocop.example.vn');
console.log(
  `${catalogue.products.length} products + ${catalogue.producers.length} producers = ${jobs.length} codes`,
);

// Drawing alone, one step at a time (no files): wall-clock and processor ms per code (on a
// shared machine the processor time is the steadier figure).
const sample = jobs.slice(0, 5000);
function perCode(run: () => void): string {
  const wall = performance.now();
  const cpu = process.cpuUsage();
  run();
  const used = process.cpuUsage(cpu);
  const ms = (n: number) => (n / sample.length).toFixed(3);
  return `${ms(performance.now() - wall)} ms (${ms((used.user + used.system) / 1000)} processor)`;
}
let matrices: ReturnType<typeof qrMatrix>[] = [];
const encodeMs = perCode(() => (matrices = sample.map((job) => qrMatrix(job.text))));
const svgMs = perCode(() => {
  for (const m of matrices) renderQrSvg(m);
});
const pngMs = perCode(() => {
  for (const m of matrices) renderQrPng(m, { scale: QR_PNG_SCALE });
});
console.log(
  `per code (${sample.length} codes): encode ${encodeMs}, SVG ${svgMs}, PNG ${pngMs}; ` +
    `version ${matrices[0]?.version}, ${matrices[0]?.size} modules with the quiet zone`,
);

function line(label: string, r: QrReport) {
  console.log(
    `${label.padEnd(22)} ${(r.ms / 1000).toFixed(1).padStart(5)} s in all ` +
      `(${(r.cpuMs / 1000).toFixed(1)} s processor), ` +
      `${(r.ms / r.codes).toFixed(3)} ms per code (${(r.drawMs / r.codes).toFixed(3)} drawing), ` +
      `${r.encoded} encoded, ${r.reused} from the cache; ` +
      `SVG ${(r.svgBytes / r.codes).toFixed(0)} B, PNG ${(r.pngBytes / r.codes).toFixed(0)} B per file, ` +
      `${((r.svgBytes + r.pngBytes) / 1024 / 1024).toFixed(1)} MB`,
  );
}

const site = path.join(dir, 'site');
const cacheDir = path.join(dir, 'cache');
await rm(cacheDir, { recursive: true, force: true });
for (const [label, withCache] of [
  ['no cache', false],
  ['cold (fills the cache)', true],
  ['warm (from the cache)', true],
] as const) {
  await rm(site, { recursive: true, force: true });
  line(
    label,
    await writeQrCodes({ jobs, outDir: site, cacheDir: withCache ? cacheDir : undefined }),
  );
}
if (!values.keep) await rm(dir, { recursive: true, force: true });
