/**
 * `node scripts/bench/badges.ts [--products 20000] [--catalogue DIR] [--date YYYY-MM-DD]`:
 * generates a catalogue of that size (unless `--catalogue` names one), then renders every
 * product's badge in memory and writes them all with the build's own writer (`writeBadges`)
 * into a temporary site folder, twice (new folders, then over the first run's files). Prints
 * ms per badge, bytes per file and the totals.
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { readCatalogue } from '../../src/lib/content-files/read-content.ts';
import { productBadgeSvg, writeBadges } from '../../src/lib/badge/write-badges.ts';
import { folderWriter } from '../../src/lib/build/output-ledger.ts';
import { todayInVietnam } from '../../src/lib/domain/dates.ts';

const { values } = parseArgs({
  options: {
    products: { type: 'string', default: '20000' },
    catalogue: { type: 'string' },
    date: { type: 'string', default: todayInVietnam() },
  },
});
const dir = await mkdtemp(path.join(tmpdir(), 'ocop-bench-badges-'));
try {
  let catalogueDir = values.catalogue;
  if (!catalogueDir) {
    catalogueDir = path.join(dir, 'catalogue');
    const producers = String(Math.max(1, Math.round(Number(values.products) / 2)));
    const generated = spawnSync(
      process.execPath,
      [
        'scripts/generate-catalogue.ts',
        ...['--products', values.products, '--producers', producers],
        ...['--sales-points', '10', '--out', catalogueDir],
      ],
      { stdio: 'inherit' },
    );
    if (generated.status !== 0) process.exit(generated.status ?? 1);
  }
  const products = (await readCatalogue(catalogueDir)).products.map((p) => p.data);
  const n = products.length;

  /** Wall time and this process's CPU time (user + system): on a busy machine the second is the fairer figure. */
  async function timed<T>(
    run: () => T | Promise<T>,
  ): Promise<{ value: T; wall: number; cpu: number }> {
    const cpu = process.cpuUsage();
    const t = performance.now();
    const value = await run();
    const used = process.cpuUsage(cpu);
    return { value, wall: performance.now() - t, cpu: (used.user + used.system) / 1000 };
  }
  const render = await timed(() => {
    let chars = 0;
    for (const p of products) chars += productBadgeSvg(p, values.date).length;
    return chars;
  });
  const site = path.join(dir, 'site');
  const cold = await timed(() => writeBadges(products, folderWriter(site), values.date));
  const warm = await timed(() => writeBadges(products, folderWriter(site), values.date));

  const ms = ({ wall, cpu }: { wall: number; cpu: number }) =>
    `${wall.toFixed(0)} ms wall, ${cpu.toFixed(0)} ms CPU (${((wall / n) * 1000).toFixed(1)} µs each)`;
  console.log(`${n} badges, status on ${values.date}, ${(render.value / n).toFixed(0)} bytes each`);
  console.log(`render only:              ${ms(render)}`);
  console.log(`render + write, new dirs: ${ms(cold)}, ${(cold.value.bytes / 1024).toFixed(0)} KB`);
  console.log(`render + write, again:    ${ms(warm)}`);
} finally {
  await rm(dir, { recursive: true, force: true });
}
