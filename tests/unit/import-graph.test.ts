/**
 * The shape of the codebase's imports: no module under `src/` imports itself back through
 * others (type-only imports included: a type belongs in the lower file), and no site code
 * imports from `scripts/`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SRC = path.join(ROOT, 'src');
const SOURCE = /\.(ts|tsx|astro)$/;
const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+['"](\.{1,2}\/[^'"]+)['"]/g;

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const full = path.join(dir, d.name);
    return d.isDirectory() ? files(full) : SOURCE.test(d.name) ? [full] : [];
  });
}

/** Relative imports of each file, resolved to absolute paths. */
function graph(): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const file of files(SRC)) {
    const text = readFileSync(file, 'utf8');
    const targets = [...text.matchAll(IMPORT)].map((m) => path.resolve(path.dirname(file), m[1]!));
    out.set(file, targets);
  }
  return out;
}

/** Every cycle found by a depth-first walk, as a list of repository paths. */
function cycles(edges: Map<string, string[]>): string[][] {
  const found: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string) => {
    state.set(node, 'open');
    stack.push(node);
    for (const next of edges.get(node) ?? []) {
      if (!edges.has(next)) continue;
      if (state.get(next) === 'open')
        found.push(stack.slice(stack.indexOf(next)).map((f) => path.relative(ROOT, f)));
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(node, 'done');
  };
  for (const node of edges.keys()) if (!state.has(node)) visit(node);
  return found;
}

describe('imports under src/', () => {
  const edges = graph();

  it('reads the whole tree', () => {
    expect(edges.size).toBeGreaterThan(200);
    expect([...edges.values()].flat().length).toBeGreaterThan(500);
  });

  it('form no cycle, type-only imports included', () => {
    expect(cycles(edges)).toEqual([]);
  });

  it('the cycle finder finds a cycle', () => {
    const a = path.join(ROOT, 'a.ts');
    const b = path.join(ROOT, 'b.ts');
    expect(
      cycles(
        new Map([
          [a, [b]],
          [b, [a]],
        ]),
      ),
    ).toEqual([['a.ts', 'b.ts']]);
  });

  it('never reach into scripts/', () => {
    const offenders = [...edges]
      .filter(([, targets]) => targets.some((t) => t.startsWith(path.join(ROOT, 'scripts'))))
      .map(([file]) => path.relative(ROOT, file));
    expect(offenders).toEqual([]);
  });
});
