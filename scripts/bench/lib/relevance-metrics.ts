/**
 * Scores an engine's answers to the relevance query set. Pure functions; the definitions are
 * in `docs/search.md` ("Relevance"):
 *
 * - **precision@5**: with R relevant products and H hits, the share of relevant products among
 *   the first n = min(5, max(R, H)) positions. Padding counts against it (R = 2, 76 hits, both
 *   relevant first: 2/5), and so do missing relevant products (R = 4, one hit: 1/4); a query
 *   with no hits scores 0; a query returning exactly its relevant products scores 1. Products
 *   that are neither relevant nor `mustNot` (neutral) count as not relevant here. Queries with
 *   R = 0 (common words) are not counted.
 * - **first-R precision**: the share of the first min(5, R) hits that are relevant: whether the
 *   relevant products come first, padding after them aside.
 * - **recall**: relevant products found anywhere in the hits / R (R > 0 only).
 * - **zero-result rate**: share of the R > 0 queries with no hits at all.
 * - **mean hits**: mean hit count over all queries.
 * - **must-not violations**: `mustNot` products found anywhere in the hits; **over max**:
 *   queries with more hits than their `maxHits`.
 */
import type { RelevanceQuery } from './relevance-queries.ts';

/** An engine's answer to one query: every hit's id in rank order, and the hit count. */
export interface EngineAnswer {
  ids: readonly string[];
  nbHits: number;
}

export interface QueryScore {
  query: string;
  kind: RelevanceQuery['kind'];
  /** Undefined when nothing is relevant. */
  precisionAt5: number | undefined;
  firstR: number | undefined;
  recall: number | undefined;
  nbHits: number;
  top5: string[];
  /** `mustNot` products that were returned. */
  violations: string[];
  overMax: boolean;
}

export interface EngineSummary {
  queries: number;
  /** Queries with at least one relevant product. */
  judged: number;
  precisionAt5: number;
  firstR: number;
  recall: number;
  zeroResultRate: number;
  meanHits: number;
  /** Queries returning a `mustNot` product, and how many such products in all. */
  queriesWithViolations: number;
  violations: number;
  overMax: number;
  precisionByKind: Partial<Record<RelevanceQuery['kind'], number>>;
}

export const TOP = 5;

const mean = (values: readonly number[]) =>
  values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0;

export function scoreQuery(query: RelevanceQuery, answer: EngineAnswer): QueryScore {
  const relevant = new Set(query.relevant);
  const found = answer.ids.filter((id) => relevant.has(id)).length;
  const inFirst = (n: number) => answer.ids.slice(0, n).filter((id) => relevant.has(id)).length;
  const k = Math.min(TOP, relevant.size);
  const n = Math.min(TOP, Math.max(relevant.size, answer.nbHits));
  const mustNot = new Set(query.mustNot);
  return {
    query: query.query,
    kind: query.kind,
    precisionAt5: relevant.size ? inFirst(n) / n : undefined,
    firstR: relevant.size ? inFirst(k) / k : undefined,
    recall: relevant.size ? found / relevant.size : undefined,
    nbHits: answer.nbHits,
    top5: answer.ids.slice(0, TOP),
    violations: answer.ids.filter((id) => mustNot.has(id)),
    overMax: query.maxHits !== undefined && answer.nbHits > query.maxHits,
  };
}

export function summarise(scores: readonly QueryScore[]): EngineSummary {
  const judged = scores.filter((s) => s.precisionAt5 !== undefined);
  const byKind: EngineSummary['precisionByKind'] = {};
  for (const kind of new Set(judged.map((s) => s.kind))) {
    byKind[kind] = mean(judged.filter((s) => s.kind === kind).map((s) => s.precisionAt5!));
  }
  return {
    queries: scores.length,
    judged: judged.length,
    precisionAt5: mean(judged.map((s) => s.precisionAt5!)),
    firstR: mean(judged.map((s) => s.firstR!)),
    recall: mean(judged.map((s) => s.recall!)),
    zeroResultRate: judged.length ? judged.filter((s) => s.nbHits === 0).length / judged.length : 0,
    meanHits: mean(scores.map((s) => s.nbHits)),
    queriesWithViolations: scores.filter((s) => s.violations.length).length,
    violations: scores.reduce((n, s) => n + s.violations.length, 0),
    overMax: scores.filter((s) => s.overMax).length,
    precisionByKind: byKind,
  };
}

export interface Disagreement {
  query: string;
  /** "top-5 differs", or which engine found nothing. */
  reason: string;
  a: QueryScore;
  b: QueryScore;
}

/** Queries where two engines' top 5 (as sets) differ, or one finds nothing and the other hits. */
export function disagreements(
  a: readonly QueryScore[],
  b: readonly QueryScore[],
  names: readonly [string, string] = ['a', 'b'],
): Disagreement[] {
  const out: Disagreement[] = [];
  a.forEach((left, i) => {
    const right = b[i];
    if (!right) return;
    let reason: string | undefined;
    if ((left.nbHits === 0) !== (right.nbHits === 0)) {
      reason = `${left.nbHits === 0 ? names[0] : names[1]} finds nothing`;
    } else {
      const other = new Set(right.top5);
      if (left.top5.length !== right.top5.length || left.top5.some((id) => !other.has(id))) {
        reason = 'top-5 differs';
      }
    }
    if (reason) out.push({ query: left.query, reason, a: left, b: right });
  });
  return out;
}
