/**
 * Share-image benchmark: `node scripts/bench/share-images.ts [--products 2000] [--images 200]
 * [--skip-sample] [--placement 60000] [--keep]`.
 *
 * 1. One thread, no files: render + encode of a product card with a photo, without one, and
 *    a producer card, in each language (median and p95 of 15 each, after a warm-up), and the
 *    median of each stage: layout (satori), photo (fitted meanwhile), rasterise (librsvg),
 *    paste (shared parts and photo copied in), encode.
 * 2. For the sample catalogue (`content/`) and a generated one (default 2,000 products, 1,000
 *    producers, photos for the first 200 products), as the build runs it (two workers):
 *      cold — empty cache: every card rendered; wall time per card and per-card worker time
 *             split by language and kind;
 *      warm — nothing changed: every card found in the cache and already in the built site;
 *      edit — one product renamed: one card rendered and placed.
 * 3. With `--placement N`: N small fake cards placed from a cache folder into a built site
 *    (`placeCards`), the first time (all linked) and again (all already in place), as a warm
 *    build does; and N cache names computed (`cacheFileName`).
 * Statuses are as of the build day (`OCOP_TODAY` pins it), as in the build.
 */
import { getProvince } from '../../src/lib/domain/provinces.ts';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { BUILD_DATE } from '../../src/lib/catalogue/build-date.ts';
import { readCatalogue } from '../../src/lib/content-files/read-content.ts';
import type { Locale } from '../../src/lib/i18n/locales.ts';
import { shareImageJobs, type ShareImageJob } from '../../src/lib/share-image/catalogue-jobs.ts';
import { producerShareFields, productShareFields } from '../../src/lib/share-image/fields.ts';
import { cacheFileName } from '../../src/lib/share-image/cache.ts';
import { renderShareCard, type CardStages } from '../../src/lib/share-image/card-image.ts';
import { placeCards } from '../../src/lib/share-image/place-cards.ts';
import {
  writeShareImages,
  type RenderedCardStats,
  type ShareImagesReport,
} from '../../src/lib/share-image/write-share-images.ts';
import { generate } from './lib/catalogue.ts';
import { kb, median, ms, percentile } from './lib/stats.ts';

const province = (slug: string) => getProvince(slug)!;

const { values } = parseArgs({
  options: {
    products: { type: 'string', default: '2000' },
    images: { type: 'string', default: '200' },
    'skip-sample': { type: 'boolean', default: false },
    placement: { type: 'string', default: '0' },
    keep: { type: 'boolean', default: false },
  },
});
const site = 'https://ocop.example.vn';
const root = await mkdtemp(path.join(tmpdir(), 'ocop-bench-share-images-'));

async function singleThread(): Promise<void> {
  const photo = await readFile('content/products/images/banh-cay-lang-nguyen.jpg');
  const product = (i: number, withPhoto: boolean, locale: Locale = 'vi') =>
    productShareFields({
      locale,
      name: `Bánh cáy làng Nguyễn loại ${i}`,
      nameEn: `Nguyen village cay cake, grade ${i}`,
      standing: { stars: 4, status: { state: 'valid', validUntil: '2028-03-01' }, inForce: true },
      province: province('hung-yen'),
      producer: 'Xưởng chế biến thực phẩm bánh kẹo Thiên Đức',
      category: 'I.3.b',
      photo: withPhoto ? 'banh-cay-lang-nguyen.jpg' : null,
      site,
    });
  const producer = (i: number, locale: Locale = 'vi') =>
    producerShareFields({
      locale,
      name: `Hợp tác xã Dừa sáp Hòa Tân ${i}`,
      type: locale === 'vi' ? 'Hợp tác xã' : 'Cooperative',
      province: province('vinh-long'),
      products: [
        { stars: 5, status: { state: 'valid', validUntil: '2028-03-01' }, inForce: true },
        { stars: 4, status: { state: 'expired', validUntil: '2025-01-10' }, inForce: false },
      ],
      site,
    });
  await renderShareCard(product(0, true), photo); // fonts, satori and sharp warm up
  const cases = (['vi', 'en'] as const).flatMap(
    (locale) =>
      [
        [
          `${locale} product with photo`,
          (i: number) => renderShareCard(product(i, true, locale), photo),
        ],
        [
          `${locale} product without photo`,
          (i: number) => renderShareCard(product(i, false, locale)),
        ],
        [`${locale} producer`, (i: number) => renderShareCard(producer(i, locale))],
      ] as const,
  );
  console.log('One thread, render + encode (no file I/O), 15 cards each:');
  for (const [label, render] of cases) {
    const times: number[] = [];
    const stages: Record<keyof CardStages, number[]> = {
      layout: [],
      photo: [],
      rasterise: [],
      paste: [],
      encode: [],
    };
    let bytes = 0;
    for (let i = 1; i <= 15; i++) {
      const started = performance.now();
      const card = await render(i);
      times.push(performance.now() - started);
      bytes += card.data.length;
      for (const stage of Object.keys(stages) as (keyof CardStages)[])
        stages[stage].push(card.stages[stage]);
    }
    const split = Object.entries(stages)
      .map(([stage, values]) => `${stage} ${ms(median(values))}`)
      .join(' · ');
    console.log(
      `  ${label.padEnd(27)} median ${ms(median(times)).padStart(7)}, p95 ${ms(percentile(times, 95)).padStart(7)}, ${kb(bytes / 15)} a card\n      ${split}`,
    );
  }
}

function workerTimes(renders: readonly RenderedCardStats[]): string[] {
  const groups: [string, RenderedCardStats[]][] = (['vi', 'en'] as const).flatMap((locale) => {
    const own = renders.filter((r) => r.locale === locale);
    return [
      [`${locale} product with photo`, own.filter((r) => r.kind === 'product' && r.photo)],
      [`${locale} product without photo`, own.filter((r) => r.kind === 'product' && !r.photo)],
      [`${locale} producer`, own.filter((r) => r.kind === 'producer')],
    ] as [string, RenderedCardStats[]][];
  });
  return groups
    .filter(([, list]) => list.length > 0)
    .map(([label, list]) => {
      const times = list.map((r) => r.ms);
      const bytes = list.reduce((a, r) => a + r.bytes, 0) / list.length;
      const split = (Object.keys(list[0]!.stages) as (keyof CardStages)[])
        .map((stage) => `${stage} ${ms(median(list.map((r) => r.stages[stage])))}`)
        .join(' · ');
      return `      ${label.padEnd(27)} ${String(list.length).padStart(5)} cards, median ${ms(median(times))}, p95 ${ms(percentile(times, 95))} in a worker, ${kb(bytes)} a card\n        ${split}`;
    });
}

function line(label: string, jobs: number, report: ShareImagesReport): void {
  const per = report.rendered ? report.ms / report.rendered : report.ms / jobs;
  const rate = report.rendered
    ? `, ${(report.rendered / (report.ms / 1000)).toFixed(1)} cards/s`
    : '';
  console.log(
    `    ${label.padEnd(5)} ${ms(report.ms).padStart(8)} — ${report.rendered} rendered, ${report.reused} reused, ${report.pruned} pruned, ${report.placed} placed; ` +
      `${ms(per)} per ${report.rendered ? 'rendered' : 'reused'} card (wall, 2 workers)${rate}`,
  );
}

async function catalogueRuns(label: string, contentDir: string): Promise<void> {
  const catalogue = await readCatalogue(contentDir);
  const jobs = shareImageJobs(catalogue, site, BUILD_DATE);
  const photos = catalogue.products.filter((p) => p.data.images.length > 0).length;
  console.log(
    `\n${label}: ${catalogue.products.length} products (${photos} with a photo), ${catalogue.producers.length} producers → ${jobs.length} cards`,
  );
  const cacheDir = path.join(root, `${label}-cache`);
  // One built site for the three runs, kept between them as the build keeps `dist/`.
  const run = (list: readonly ShareImageJob[]) =>
    writeShareImages({ jobs: list, outDir: path.join(root, `${label}-dist`), cacheDir });
  const cold = await run(jobs);
  line('cold', jobs.length, cold);
  for (const row of workerTimes(cold.renders)) console.log(row);
  line('warm', jobs.length, await run(jobs));
  const first = jobs.findIndex((j) => j.fields.kind === 'product');
  const edited = jobs.map((j, i) =>
    i === first && j.fields.kind === 'product'
      ? { ...j, fields: { ...j.fields, name: `${j.fields.name} (đã sửa)` } }
      : j,
  );
  line('edit', jobs.length, await run(edited));
}

/** Placing `count` fake cards from a cache folder into a built site, cold and warm. */
async function placement(count: number): Promise<void> {
  const cache = path.join(root, 'placement-cache');
  await mkdir(cache, { recursive: true });
  const card = Buffer.alloc(2048, 1);
  const placements = Array.from({ length: count }, (_, i) => ({
    from: path.join(cache, `${i}.jpg`),
    to: path.join(root, 'placement-dist', i % 2 ? 'og/p' : 'og/en/p', `${i}.jpg`),
  }));
  for (const { from } of placements) await writeFile(from, card);
  console.log(`\nPlacement of ${count} cards (hard links into the built site):`);
  for (const label of ['first', 'warm', 'warm']) {
    const started = performance.now();
    const report = placeCards(placements);
    console.log(
      `    ${label.padEnd(5)} ${ms(performance.now() - started).padStart(8)} — ${report.placed} placed, ${report.kept} already in place`,
    );
  }
  const fields = productShareFields({
    locale: 'vi',
    name: 'Bánh cáy làng Nguyễn',
    standing: { stars: 4, status: { state: 'valid', validUntil: '2028-03-01' }, inForce: true },
    province: province('hung-yen'),
    producer: 'Xưởng bánh kẹo Thiên Đức',
    category: 'I.3.b',
    photo: null,
    site,
  });
  const started = performance.now();
  for (let i = 0; i < count; i++) cacheFileName({ ...fields, name: `${fields.name} ${i}` }, null);
  console.log(
    `    names ${ms(performance.now() - started).padStart(8)} — ${count} cache names (cacheFileName)`,
  );
}

try {
  console.log(
    `${cpus().length} cores, load average ${loadavg()
      .map((n) => n.toFixed(1))
      .join(' ')} (other work on the machine slows every figure)\n`,
  );
  await singleThread();
  if (!values['skip-sample']) await catalogueRuns('sample', 'content');
  const products = Number(values.products);
  if (products > 0) {
    const dir = path.join(root, 'generated');
    const seconds = await generate(
      {
        products,
        producers: Math.max(1, Math.round(products / 2)),
        salesPoints: 50,
        images: Number(values.images),
      },
      dir,
    );
    console.log(`\n(generated in ${seconds.toFixed(1)} s)`);
    await catalogueRuns(`generated-${products}`, dir);
  }
  if (Number(values.placement) > 0) await placement(Number(values.placement));
} finally {
  if (values.keep) console.log(`\nKept ${root}`);
  else await rm(root, { recursive: true, force: true });
}
