/**
 * Which product goes on which label: each product `copies` times in a row, starting at label
 * `start` of the first sheet (a sheet already partly used), as many sheets as that takes.
 */
import { labelsPerSheet, type LabelLayout } from './label-layouts.ts';

export const MAX_COPIES = 100;

export interface LabelPlanOptions {
  /** Labels per product (1–100). */
  copies: number;
  /** First free label on the first sheet, 1-based, row by row. */
  start: number;
}

/** One array per sheet, one entry per label: the item, or `null` for a label left blank. */
export function planLabels<T>(
  items: readonly T[],
  layout: LabelLayout,
  { copies, start }: LabelPlanOptions,
): (T | null)[][] {
  const perSheet = labelsPerSheet(layout);
  const skip = clamp(Math.trunc(start), 1, perSheet) - 1;
  const times = clamp(Math.trunc(copies), 1, MAX_COPIES);
  const slots: (T | null)[] = Array.from({ length: skip }, () => null);
  for (const item of items) for (let i = 0; i < times; i++) slots.push(item);
  if (items.length === 0) return [];
  const sheets: (T | null)[][] = [];
  for (let i = 0; i < slots.length; i += perSheet) {
    const sheet = slots.slice(i, i + perSheet);
    while (sheet.length < perSheet) sheet.push(null);
    sheets.push(sheet);
  }
  return sheets;
}

/** Sheets needed: ⌈(start − 1 + items × copies) / labels per sheet⌉. */
export function sheetCount(
  count: number,
  layout: LabelLayout,
  { copies, start }: LabelPlanOptions,
): number {
  if (count === 0) return 0;
  const perSheet = labelsPerSheet(layout);
  const skip = clamp(Math.trunc(start), 1, perSheet) - 1;
  return Math.ceil((skip + count * clamp(Math.trunc(copies), 1, MAX_COPIES)) / perSheet);
}

export const clamp = (n: number, min: number, max: number): number =>
  Number.isFinite(n) ? Math.min(max, Math.max(min, n)) : min;
