/**
 * `npm run bench:lighthouse -- [--dist dist] [--runs 3] [--page /path/ …]`: Lighthouse (mobile
 * profile) on one page per template of a built site, in Debian's Chromium, served with the
 * build's `_headers` and `_redirects`. Prints a table of scores and metrics and, for every
 * category below 95, the audits that failed. Exit code 0 whatever the scores (a benchmark;
 * `--strict` exits 1 when a category is below 95).
 */
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import {
  defaultPages,
  REFERENCE_PHONE_INDEX,
  runLighthouse,
  type PageScores,
  type PageTarget,
} from './lib/lighthouse.ts';
import { int, ms, printTable, seconds } from './lib/stats.ts';

export const TARGET = 95;

const USAGE = `Usage: node scripts/bench/lighthouse.ts [--dist DIR] [--runs N] [--cpu N|calibrated]
  [--page PATH]… [--strict]
  --dist DIR   the built site (default: dist, or $OCOP_OUT_DIR)
  --runs N     runs per page, median reported (default 1)
  --cpu X      CPU slowdown: 4 (Lighthouse's default), a number, or "calibrated" (this host's
               benchmark index / ${REFERENCE_PHONE_INDEX}, the reference phone's, between 1 and 4:
               for slow or loaded hosts, where ×4 simulates a phone much slower than the reference)
  --page PATH  only this page (repeatable), e.g. --page /tim-kiem/?q=tra
  --strict     exit 1 when a category is below ${TARGET}`;

const CATEGORY_FIELDS = [
  ['performance', 'performance'],
  ['accessibility', 'accessibility'],
  ['best-practices', 'bestPractices'],
  ['seo', 'seo'],
] as const;

/** Categories of `page` below the target, with their audits. */
export function belowTarget(page: PageScores): string[] {
  return CATEGORY_FIELDS.filter(([, field]) => page[field] < TARGET).map(([name]) => name);
}

export function printLighthouse(
  report: Awaited<ReturnType<typeof runLighthouse>>,
  notes: readonly string[] = [],
): void {
  const runs = report.pages[0]?.runs ?? 0;
  const slowdowns = [...new Set(report.pages.map((p) => p.cpuSlowdown))];
  const fixedCpu = slowdowns.length === 1 ? `CPU ×${slowdowns[0]}` : 'CPU calibrated per run';
  printTable(
    `Lighthouse ${report.lighthouseVersion}, mobile profile (simulated slow 4G, ${fixedCpu})` +
      (runs > 1 ? `, median of ${runs} runs` : ''),
    [
      'template',
      'path',
      'perf',
      'a11y',
      'best pr.',
      'SEO',
      'FCP',
      'LCP',
      'TBT',
      'CLS',
      'bytes',
      'CPU ×',
      'host idx',
    ],
    report.pages.map((p) => {
      const mark = (n: number) => `${n}${n < TARGET ? ' ✗' : ''}`;
      return [
        p.template,
        p.path,
        mark(p.performance),
        mark(p.accessibility),
        mark(p.bestPractices),
        mark(p.seo),
        ms(p.fcpMs),
        ms(p.lcpMs),
        ms(p.tbtMs),
        p.cls.toFixed(3),
        `${int(p.totalKB)} KB`,
        String(p.cpuSlowdown),
        int(p.benchmarkIndex),
      ];
    }),
    [
      `target ${TARGET}+ in each category (✗ below); bytes: transferred for the load, photos included;`,
      `served by scripts/lib/static-server.ts (brotli) ${
        report.hostRules
          ? "with the build's _headers and _redirects"
          : 'WITHOUT host rules (the build has no _headers/_redirects)'
      }; ${report.chromiumVersion};`,
      `host idx: Lighthouse's CPU benchmark of this machine during the run (it expects ≥ 1000 for ` +
        `its default CPU ×4; its reference phone scores ~${REFERENCE_PHONE_INDEX});`,
      ...notes,
    ],
  );
  for (const page of report.pages) {
    const below = belowTarget(page);
    if (!below.length) continue;
    const audits = page.failing.filter((a) => below.includes(a.category));
    printTable(
      `${page.template} (${page.path}): below ${TARGET} in ${below.join(', ')}`,
      ['category', 'audit', 'score', 'weight', 'value'],
      audits.map((a) => [
        a.category,
        a.id,
        String(Math.round(a.score * 100)),
        String(a.weight),
        a.displayValue ?? '',
      ]),
    );
  }
  const warnings = [...new Set(report.pages.flatMap((p) => p.warnings))];
  for (const warning of warnings) console.log(`  Lighthouse warning: ${warning}`);
}

async function main(): Promise<void> {
  const { values: args } = parseArgs({
    options: {
      dist: { type: 'string', default: process.env['OCOP_OUT_DIR'] ?? 'dist' },
      runs: { type: 'string', default: '1' },
      cpu: { type: 'string', default: '4' },
      page: { type: 'string', multiple: true },
      strict: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (args.help) {
    console.log(USAGE);
    return;
  }
  const runs = Number(args.runs);
  if (!Number.isInteger(runs) || runs < 1) {
    console.error(`--runs must be a positive integer\n${USAGE}`);
    process.exit(2);
  }
  const cpuSlowdown = args.cpu === 'calibrated' ? 'calibrated' : Number(args.cpu);
  if (cpuSlowdown !== 'calibrated' && !(cpuSlowdown >= 1 && cpuSlowdown <= 20)) {
    console.error(`--cpu must be a number from 1 to 20 or "calibrated"\n${USAGE}`);
    process.exit(2);
  }
  const started = performance.now();
  const loadBefore = loadavg();
  const all = await defaultPages(args.dist);
  let pages: PageTarget[] = all;
  if (args.page?.length) {
    pages = args.page.map(
      (p) => all.find((page) => page.path === p) ?? { template: 'page', path: p },
    );
  }
  if (!pages.length) {
    console.error(`no pages found in ${args.dist} (is it a built site?)`);
    process.exit(2);
  }
  const report = await runLighthouse({
    root: args.dist,
    pages,
    runs,
    cpuSlowdown,
    onRetry: (page, problem) => {
      process.stderr.write(`  ${page.path}: ${problem}; trying again\n`);
    },
    onRun: (page, run, total) => {
      process.stderr.write(
        `[${seconds(performance.now() - started).padStart(7)}] ${page.template} ${page.path}` +
          `${total > 1 ? ` (run ${run}/${total})` : ''}\n`,
      );
    },
  });
  const loadAfter = loadavg();
  printLighthouse(report, [
    `machine: ${cpus().length} cores, load average ${loadBefore.map((l) => l.toFixed(2)).join(' ')} ` +
      `at start, ${loadAfter.map((l) => l.toFixed(2)).join(' ')} at the end; ` +
      `total ${seconds(performance.now() - started)}.`,
  ]);
  if (args.strict && report.pages.some((p) => belowTarget(p).length)) process.exitCode = 1;
}

// Run as a script, not when imported (`npm run bench` prints these tables itself).
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
