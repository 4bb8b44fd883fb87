import { describe, expect, it } from 'vitest';
import {
  A4_MM,
  DEFAULT_LABEL_LAYOUT,
  getLabelLayout,
  LABEL_LAYOUTS,
  labelBox,
  labelsPerSheet,
} from '../../src/lib/print/label-layouts.ts';

describe('LABEL_LAYOUTS', () => {
  it.each(LABEL_LAYOUTS.map((l) => [l.id, l] as const))(
    '%s fits on A4 with even margins, labels never overlapping',
    (_, layout) => {
      const width = layout.columns * layout.width + (layout.columns - 1) * layout.columnGap;
      const height = layout.rows * layout.height + (layout.rows - 1) * layout.rowGap;
      expect(layout.left + width).toBeLessThanOrEqual(A4_MM.width + 1e-9);
      expect(layout.top + height).toBeLessThanOrEqual(A4_MM.height + 1e-9);
      // The makers' sheets are symmetric: right margin = left, bottom = top.
      expect(A4_MM.width - layout.left - width).toBeCloseTo(layout.left, 6);
      expect(A4_MM.height - layout.top - height).toBeCloseTo(layout.top, 6);
      const last = labelBox(layout, labelsPerSheet(layout) - 1);
      expect(last.x + last.width).toBeCloseTo(A4_MM.width - layout.left, 6);
      expect(last.y + last.height).toBeCloseTo(A4_MM.height - layout.top, 6);
    },
  );

  it.each(LABEL_LAYOUTS.map((l) => [l.id, l] as const))(
    '%s leaves room for a QR code of at least 18 mm and the text beside it',
    (_, layout) => {
      expect(layout.qr * (33 / 41)).toBeGreaterThanOrEqual(18); // symbol without quiet zone
      expect(layout.qr).toBeLessThanOrEqual(layout.height);
      expect(layout.width - layout.qr - 2 * layout.padding).toBeGreaterThan(18);
    },
  );

  it('has the three stocks: 24, 14 and 40 labels', () => {
    expect(LABEL_LAYOUTS.map(labelsPerSheet)).toEqual([24, 14, 40]);
  });
});

describe('labelBox', () => {
  it('goes row by row from the top left', () => {
    const l7163 = getLabelLayout('2x7');
    expect(labelBox(l7163, 0)).toEqual({ x: 4.65, y: 15.15, width: 99.1, height: 38.1 });
    expect(labelBox(l7163, 1)).toEqual({ x: 106.25, y: 15.15, width: 99.1, height: 38.1 });
    expect(labelBox(l7163, 2)).toEqual({ x: 4.65, y: 53.25, width: 99.1, height: 38.1 });
  });
});

describe('getLabelLayout', () => {
  it('falls back to the default for an unknown id', () => {
    expect(getLabelLayout('nope').id).toBe(DEFAULT_LABEL_LAYOUT);
    expect(getLabelLayout(null).id).toBe(DEFAULT_LABEL_LAYOUT);
    expect(getLabelLayout('4x10').id).toBe('4x10');
  });
});
