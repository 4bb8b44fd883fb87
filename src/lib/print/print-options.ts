/**
 * The label sheet's settings as they travel in its URL:
 * `?sp=<codes>&khuon=<layout>&lech=<x>,<y>&ban=<copies>&batdau=<start>`.
 * The calibration offset `lech` is in millimetres, either sign, applied to the whole sheet.
 */
import { getLabelLayout, labelsPerSheet, type LabelLayout } from './label-layouts.ts';
import { clamp, MAX_COPIES } from './label-plan.ts';

/** A printer that shifts more than this needs its paper guides fixed, not an offset. */
export const MAX_OFFSET_MM = 20;

export interface Offset {
  x: number;
  y: number;
}

export interface LabelOptions {
  layout: LabelLayout;
  offset: Offset;
  copies: number;
  start: number;
}

/** "1.5,-2" → { x: 1.5, y: -2 }; each value clamped to ±20 mm, to 0.1 mm; nonsense → 0. */
export function parseOffset(value: string | null | undefined): Offset {
  const [x = '', y = ''] = (value ?? '').split(',');
  return { x: offsetValue(x), y: offsetValue(y) };
}

function offsetValue(text: string): number {
  const n = Number.parseFloat(text.trim().replace(/^\+/, ''));
  if (!Number.isFinite(n)) return 0;
  return Math.round(clamp(n, -MAX_OFFSET_MM, MAX_OFFSET_MM) * 10) / 10;
}

export const formatOffset = ({ x, y }: Offset): string => `${x},${y}`;

export function parseLabelOptions(params: URLSearchParams): LabelOptions {
  const layout = getLabelLayout(params.get('khuon'));
  return {
    layout,
    offset: parseOffset(params.get('lech')),
    copies: clamp(Number.parseInt(params.get('ban') ?? '1', 10), 1, MAX_COPIES),
    start: clamp(Number.parseInt(params.get('batdau') ?? '1', 10), 1, labelsPerSheet(layout)),
  };
}

/** The settings that differ from the defaults, for the URL (codes are added by the caller). */
export function labelOptionParams(options: LabelOptions): [string, string][] {
  const out: [string, string][] = [['khuon', options.layout.id]];
  if (options.offset.x !== 0 || options.offset.y !== 0)
    out.push(['lech', formatOffset(options.offset)]);
  if (options.copies !== 1) out.push(['ban', String(options.copies)]);
  if (options.start !== 1) out.push(['batdau', String(options.start)]);
  return out;
}
