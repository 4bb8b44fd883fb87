/**
 * A4 label sheets sold in Viet Nam's stationery shops, by their makers' dimensions (mm). Each
 * layout adds up to the sheet: left + columns × width + (columns − 1) × column gap + right =
 * 210, top + rows × height + (rows − 1) × row gap + bottom = 297 (checked in the unit test).
 */

export const A4_MM = { width: 210, height: 297 } as const;

export interface LabelLayout {
  /** Value of `?khuon=`. */
  id: string;
  /** The stock it fits, as printed on the box. */
  stock: string;
  columns: number;
  rows: number;
  /** Label size. */
  width: number;
  height: number;
  /** Sheet edge to the first label. */
  top: number;
  left: number;
  /** Between two labels side by side / one above the other. */
  columnGap: number;
  rowGap: number;
  /** Inside a label: space kept clear at its edges (die-cut tolerance). */
  padding: number;
  /** Side of the QR code, its white quiet zone included (the code itself is ~80 % of it). */
  qr: number;
  /** Text size (mm); the name is 1.2 times larger. */
  font: number;
}

export const LABEL_LAYOUTS = [
  {
    id: '3x8',
    stock: 'Avery Zweckform 3474 (Tomy, Decal A4 24 nhãn)',
    columns: 3,
    rows: 8,
    width: 70,
    height: 37,
    top: 0.5,
    left: 0,
    columnGap: 0,
    rowGap: 0,
    padding: 3,
    qr: 30,
    font: 3,
  },
  {
    id: '2x7',
    stock: 'Avery L7163 / J8163',
    columns: 2,
    rows: 7,
    width: 99.1,
    height: 38.1,
    top: 15.15,
    left: 4.65,
    columnGap: 2.5,
    rowGap: 0,
    padding: 3,
    qr: 32,
    font: 3.4,
  },
  {
    id: '4x10',
    stock: 'Avery L7654 / J8654',
    columns: 4,
    rows: 10,
    width: 45.7,
    height: 25.4,
    top: 21.5,
    left: 9.7,
    columnGap: 2.6,
    rowGap: 0,
    padding: 1.8,
    qr: 23,
    font: 2.2,
  },
] as const satisfies readonly LabelLayout[];

export type LabelLayoutId = (typeof LABEL_LAYOUTS)[number]['id'];
export const DEFAULT_LABEL_LAYOUT: LabelLayoutId = '3x8';

export function getLabelLayout(id: string | null | undefined): LabelLayout {
  return LABEL_LAYOUTS.find((l) => l.id === id) ?? LABEL_LAYOUTS[0];
}

export const labelsPerSheet = (layout: LabelLayout): number => layout.columns * layout.rows;

/** Where slot `slot` (0-based, row by row) sits on the sheet, before any calibration offset. */
export function labelBox(
  layout: LabelLayout,
  slot: number,
): { x: number; y: number; width: number; height: number } {
  const column = slot % layout.columns;
  const row = Math.floor(slot / layout.columns);
  return {
    x: round(layout.left + column * (layout.width + layout.columnGap)),
    y: round(layout.top + row * (layout.height + layout.rowGap)),
    width: layout.width,
    height: layout.height,
  };
}

const round = (mm: number) => Math.round(mm * 1000) / 1000;
