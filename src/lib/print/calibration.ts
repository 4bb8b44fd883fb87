/**
 * The calibration page of the label sheets: crosses at known positions (mm from the sheet's
 * top left corner). Printed at 100 %, a cross whose centre lands at (x + dx, y + dy) tells
 * that the printer shifts by (dx, dy): enter (−dx, −dy) as the sheet's offset.
 */
export const CALIBRATION_CROSSES = [
  [20, 20],
  [190, 20],
  [105, 148.5],
  [20, 277],
  [190, 277],
] as const;

/** Where the rulers run: a horizontal one 40 mm from the top, a vertical one 40 mm from the left. */
export const RULER_AT_MM = 40;

/** Rulers' ticks: every millimetre, longer at 5 and 10. */
export function rulerTicks(from: number, to: number): { mm: number; length: number }[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i).map((mm) => ({
    mm,
    length: mm % 10 === 0 ? 5 : mm % 5 === 0 ? 3 : 1.5,
  }));
}
