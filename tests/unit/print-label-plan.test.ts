import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { getLabelLayout, labelsPerSheet } from '../../src/lib/print/label-layouts.ts';
import { planLabels, sheetCount } from '../../src/lib/print/label-plan.ts';

const layout = getLabelLayout('2x7'); // 14 per sheet

describe('planLabels', () => {
  it('repeats each product `copies` times in a row, from the start position', () => {
    const sheets = planLabels(['a', 'b'], layout, { copies: 3, start: 13 });
    expect(sheets).toHaveLength(2);
    expect(sheets[0]!.slice(12)).toEqual(['a', 'a']);
    expect(sheets[0]!.slice(0, 12).every((s) => s === null)).toBe(true);
    expect(sheets[1]!.slice(0, 4)).toEqual(['a', 'b', 'b', 'b']);
    expect(sheets[1]!.slice(4).every((s) => s === null)).toBe(true);
  });

  it('gives no sheet for no product', () => {
    expect(planLabels([], layout, { copies: 1, start: 5 })).toEqual([]);
    expect(sheetCount(0, layout, { copies: 1, start: 5 })).toBe(0);
  });

  it('clamps silly settings into range', () => {
    expect(planLabels(['a'], layout, { copies: 0, start: 0 })[0]![0]).toBe('a');
    expect(planLabels(['a'], layout, { copies: 1, start: 99 })[0]![13]).toBe('a');
  });

  it('always fills whole sheets and matches sheetCount', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 60 }),
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: 1, max: 14 }),
        (n, copies, start) => {
          const items = Array.from({ length: n }, (_, i) => i);
          const sheets = planLabels(items, layout, { copies, start });
          expect(sheets.length).toBe(sheetCount(n, layout, { copies, start }));
          expect(sheets.length).toBe(Math.ceil((start - 1 + n * copies) / labelsPerSheet(layout)));
          for (const sheet of sheets) expect(sheet).toHaveLength(labelsPerSheet(layout));
          expect(sheets.flat().filter((s) => s !== null)).toHaveLength(n * copies);
        },
      ),
    );
  });
});
