/**
 * Text tables of the relevance bench: one row of figures per engine (or variant), the figures
 * by kind of query, and the queries where two engines disagree or a run went wrong.
 */
import { disagreements, type EngineSummary, type QueryScore } from './relevance-metrics.ts';
import type { EngineRun } from './relevance.ts';

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const fixed = (x: number) => x.toFixed(3);

export function summaryTable(runs: readonly EngineRun[]): string {
  const width = Math.max(12, ...runs.map((r) => r.engine.length));
  const head = `${'engine'.padEnd(width)} P@5    first-R recall  zero    mean hits  must-not (queries)  over max`;
  const rows = runs.map(({ engine, summary: s }: { engine: string; summary: EngineSummary }) =>
    [
      engine.padEnd(width),
      fixed(s.precisionAt5).padEnd(6),
      fixed(s.firstR).padEnd(7),
      fixed(s.recall).padEnd(7),
      pct(s.zeroResultRate).padEnd(7),
      s.meanHits.toFixed(1).padStart(9),
      `${s.violations} (${s.queriesWithViolations})`.padStart(19),
      String(s.overMax).padStart(9),
    ].join(' '),
  );
  return [head, ...rows].join('\n');
}

export function byKindTable(runs: readonly EngineRun[]): string {
  const kinds = [...new Set(runs.flatMap((r) => Object.keys(r.summary.precisionByKind)))];
  const width = Math.max(12, ...runs.map((r) => r.engine.length));
  const head = `${'P@5 by kind'.padEnd(width)}  ${kinds.map((k) => k.padStart(15)).join(' ')}`;
  const rows = runs.map(
    (r) =>
      `${r.engine.padEnd(width)}  ${kinds
        .map((k) => {
          const value = r.summary.precisionByKind[k as keyof EngineSummary['precisionByKind']];
          return (value === undefined ? '–' : fixed(value)).padStart(15);
        })
        .join(' ')}`,
  );
  return [head, ...rows].join('\n');
}

const brief = (s: QueryScore) =>
  `${s.nbHits} hits, P@5 ${s.precisionAt5 === undefined ? '–' : s.precisionAt5.toFixed(2)}` +
  `, top ${s.top5.join(' ') || '–'}`;

/** Queries below full precision, with violations or over their maximum. */
export function problemList(run: EngineRun): string {
  const lines = run.scores
    .filter((s) => (s.precisionAt5 ?? 1) < 1 || s.violations.length || s.overMax)
    .map(
      (s) =>
        `  "${s.query}" (${s.kind}): ${brief(s)}` +
        (s.violations.length ? `; MUST NOT: ${s.violations.join(' ')}` : '') +
        (s.overMax ? '; over max hits' : ''),
    );
  return [`${run.engine}: ${lines.length} queries to look at`, ...lines].join('\n');
}

export function disagreementList(a: EngineRun, b: EngineRun): string {
  const list = disagreements(a.scores, b.scores, [a.engine, b.engine]);
  return [
    `${a.engine} vs ${b.engine}: ${list.length} of ${a.scores.length} queries disagree`,
    ...list.map(
      (d) =>
        `  "${d.query}" — ${d.reason}\n      ${a.engine}: ${brief(d.a)}\n      ${b.engine}: ${brief(d.b)}`,
    ),
  ].join('\n');
}
