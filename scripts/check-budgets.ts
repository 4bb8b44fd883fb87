/**
 * Checks the built site against the page-weight budgets (src/lib/budgets/budgets.ts) and the
 * image rules (modern formats, width and height, `sizes`, no candidate wider than 1600 px).
 * Prints one row per template (the heaviest sampled page) and exits 1 when any page is over.
 *
 *   npm run check:budgets [-- --dist dist]
 */
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { BUDGETS, SAMPLES_PER_TEMPLATE } from '../src/lib/budgets/budgets.ts';
import { imageProblems, weighPage, type PageWeight } from '../src/lib/budgets/weigh.ts';

export interface TemplateReport {
  template: string;
  pages: number;
  heaviest: PageWeight;
  maxTotalKB: number;
  maxJsKB: number;
  over: string[];
  imageProblems: string[];
}

const kb = (bytes: number) => bytes / 1024;

export async function checkBudgets(dist: string): Promise<TemplateReport[]> {
  const files = (await readdir(dist, { recursive: true })).filter((f) => f.endsWith('index.html'));
  const pages = await Promise.all(
    files.map(async (f) => ({
      url: `/${f.slice(0, -'index.html'.length)}`.replace(/\\/g, '/'),
      size: (await stat(path.join(dist, f))).size,
    })),
  );
  const reports: TemplateReport[] = [];
  for (const budget of BUDGETS) {
    const matching = pages.filter((p) => budget.pattern.test(p.url));
    if (!matching.length) continue;
    const sample = matching.toSorted((a, b) => b.size - a.size).slice(0, SAMPLES_PER_TEMPLATE);
    const weights = await Promise.all(sample.map((p) => weighPage(dist, p.url)));
    const over: string[] = [];
    const images: string[] = [];
    for (const w of weights) {
      if (kb(w.totalWithoutImages) > budget.maxTotalKB)
        over.push(
          `${w.page}: ${kb(w.totalWithoutImages).toFixed(1)} KB > ${String(budget.maxTotalKB)} KB`,
        );
      if (kb(w.transferred.js) > budget.maxJsKB)
        over.push(
          `${w.page}: JS ${kb(w.transferred.js).toFixed(1)} KB > ${String(budget.maxJsKB)} KB`,
        );
      images.push(...imageProblems(w.images).map((p) => `${w.page}: ${p}`));
    }
    const heaviest = weights.toSorted((a, b) => b.totalWithoutImages - a.totalWithoutImages)[0]!;
    reports.push({
      template: budget.template,
      pages: matching.length,
      heaviest,
      maxTotalKB: budget.maxTotalKB,
      maxJsKB: budget.maxJsKB,
      over,
      imageProblems: images,
    });
  }
  return reports;
}

export function formatBudgetTable(reports: readonly TemplateReport[]): string {
  const rows = [
    ['template', 'pages', 'heaviest page', 'HTML', 'CSS', 'JS', 'fonts', 'total', 'budget', ''],
    ...reports.map((r) => {
      const t = r.heaviest.transferred;
      return [
        r.template,
        String(r.pages),
        r.heaviest.page,
        kb(t.html).toFixed(1),
        kb(t.css).toFixed(1),
        kb(t.js).toFixed(1),
        kb(t.font).toFixed(1),
        kb(r.heaviest.totalWithoutImages).toFixed(1),
        `${String(r.maxTotalKB)} / JS ${String(r.maxJsKB)}`,
        r.over.length || r.imageProblems.length ? 'OVER' : 'ok',
      ];
    }),
  ];
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows
    .map((r) =>
      r
        .map((cell, i) => (i >= 3 && i <= 7 ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!)))
        .join('  '),
    )
    .join('\n');
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: { dist: { type: 'string', default: process.env['OCOP_OUT_DIR'] ?? 'dist' } },
  });
  const root = path.resolve(values.dist);
  const reports = await checkBudgets(root);
  console.log(`Page weight, first visit, brotli, KB (photos excluded) — ${root}\n`);
  console.log(formatBudgetTable(reports));
  const problems = reports.flatMap((r) => [...r.over, ...r.imageProblems]);
  if (problems.length) {
    console.error(
      `\n${String(problems.length)} budget problem(s):\n${problems.map((p) => `  ${p}`).join('\n')}`,
    );
    process.exit(1);
  }
  console.log('\nAll templates within budget; images modern, sized, no wider than 1600 px.');
}
