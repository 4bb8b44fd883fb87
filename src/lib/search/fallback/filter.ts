/**
 * Filtering (pure): a request's refinements and clauses as one list of OR clauses, evaluated on
 * the matched documents, and facet counts and stats over them — disjunctive by default (a facet's
 * counts ignore the facet's own clauses) or conjunctive.
 */
import { FallbackSearchError } from './errors.ts';
import {
  ENGINE_FACETS,
  NUMERIC_ATTRIBUTES,
  type EngineFacet,
  type NumericAttribute,
} from './format.ts';
import type { Column } from './load.ts';
import type { FacetStats, FilterClause, FilterPredicate, SearchRequest } from './types.ts';

/** At most this many clauses (one bit each). */
export const MAX_CLAUSES = 30;

export const isEngineFacet = (attribute: string): attribute is EngineFacet =>
  (ENGINE_FACETS as readonly string[]).includes(attribute);

export const isNumeric = (attribute: string): attribute is NumericAttribute =>
  (NUMERIC_ATTRIBUTES as readonly string[]).includes(attribute);

/** A numeric attribute's value for each document. */
export type NumericColumns = (attribute: string) => ArrayLike<number>;

/** `clauses` and `filters` of a request, AND-ed: one list. */
export function requestClauses(request: SearchRequest): FilterClause[] {
  const clauses: FilterClause[] = [...(request.clauses ?? [])];
  for (const [attribute, values] of Object.entries(request.filters ?? {})) {
    if (values?.length) clauses.push(values.map((v) => ({ attribute, value: String(v) })));
  }
  if (clauses.length > MAX_CLAUSES) {
    throw new FallbackSearchError(`more than ${MAX_CLAUSES} filter clauses`);
  }
  return clauses;
}

/** The facets a request counts; throws on an unknown one. */
export function requestFacets(request: SearchRequest): string[] {
  const names: string[] = request.facets === '*' ? [...ENGINE_FACETS] : [...(request.facets ?? [])];
  for (const f of names) {
    if (!isEngineFacet(f) && !isNumeric(f)) throw new FallbackSearchError(`unknown facet "${f}"`);
  }
  return names;
}

/** True when the dates file is needed to filter or count these. */
export function needsDates(facets: readonly string[], clauses: readonly FilterClause[]): boolean {
  const dated = (a: string) => a === 'certifiedOn' || a === 'validUntil';
  return facets.some(dated) || clauses.some((c) => c.some((p) => dated(p.attribute)));
}

/** A predicate as a test on document numbers. */
export function compilePredicate(
  p: FilterPredicate,
  columns: Record<EngineFacet, Column>,
  numeric: NumericColumns,
): (id: number) => boolean {
  if ('value' in p) {
    if (isEngineFacet(p.attribute)) {
      const { values, codes } = columns[p.attribute];
      const code = values.indexOf(p.value);
      return p.negate ? (id) => codes[id] !== code : (id) => codes[id] === code;
    }
    if (isNumeric(p.attribute)) {
      const column = numeric(p.attribute);
      const wanted = Number(p.value);
      return p.negate ? (id) => column[id] !== wanted : (id) => column[id] === wanted;
    }
    throw new FallbackSearchError(`unknown facet "${p.attribute}"`);
  }
  const column = numeric(p.attribute);
  if ('min' in p) {
    const { min, max } = p;
    return (id) => column[id]! >= min && column[id]! <= max;
  }
  const x = p.number;
  switch (p.op) {
    case '<':
      return (id) => column[id]! < x;
    case '<=':
      return (id) => column[id]! <= x;
    case '=':
      return (id) => column[id] === x;
    case '!=':
      return (id) => column[id] !== x;
    case '>=':
      return (id) => column[id]! >= x;
    case '>':
      return (id) => column[id]! > x;
  }
}

export interface ClauseResults {
  /** Bit c of `failed[i]` is set when clause c rejects the i-th document of `ids`. */
  failed: Uint32Array;
  /** The one attribute each clause tests (undefined when it tests several). */
  owners: (string | undefined)[];
}

/** Evaluates every clause on `ids`. */
export function evaluateClauses(
  ids: ArrayLike<number>,
  clauses: readonly FilterClause[],
  columns: Record<EngineFacet, Column>,
  numeric: NumericColumns,
): ClauseResults {
  const failed = new Uint32Array(ids.length);
  const owners: (string | undefined)[] = [];
  clauses.forEach((clause, c) => {
    const attributes = new Set(clause.map((p) => p.attribute));
    owners.push(attributes.size === 1 ? clause[0]!.attribute : undefined);
    const tests = clause.map((p) => compilePredicate(p, columns, numeric));
    const bit = 1 << c;
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i]!;
      let pass = tests.length === 0;
      for (const test of tests) {
        if (test(id)) {
          pass = true;
          break;
        }
      }
      if (!pass) failed[i]! |= bit;
    }
  });
  return { failed, owners };
}

/** Counts of each facet value and stats of numeric facets over the documents that pass. */
export function countFacets(
  ids: ArrayLike<number>,
  { failed, owners }: ClauseResults,
  facetNames: readonly string[],
  disjunctive: boolean,
  columns: Record<EngineFacet, Column>,
  numeric: NumericColumns,
): { facets: Record<string, Record<string, number>>; facetsStats: Record<string, FacetStats> } {
  const facets: Record<string, Record<string, number>> = {};
  const facetsStats: Record<string, FacetStats> = {};
  const count = ids.length;
  for (const facet of facetNames) {
    let ignore = 0;
    if (disjunctive) owners.forEach((o, c) => o === facet && (ignore |= 1 << c));
    const keep = ~ignore;
    if (isEngineFacet(facet)) {
      const { values, codes } = columns[facet];
      const counts = new Uint32Array(values.length);
      for (let i = 0; i < count; i++) {
        if ((failed[i]! & keep) === 0) counts[codes[ids[i]!]!]!++;
      }
      facets[facet] = Object.fromEntries(
        values
          .map((v, code) => [v, counts[code]!] as const)
          .filter(([, c]) => c > 0)
          .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)),
      );
    }
    if (isNumeric(facet)) {
      const column = numeric(facet);
      let min = Infinity;
      let max = -Infinity;
      let sum = 0;
      let total = 0;
      for (let i = 0; i < count; i++) {
        if ((failed[i]! & keep) !== 0) continue;
        const v = column[ids[i]!]!;
        if (v < min) min = v;
        if (v > max) max = v;
        sum += v;
        total++;
      }
      if (total) facetsStats[facet] = { min, max, avg: sum / total, sum };
    }
  }
  return { facets, facetsStats };
}
