/**
 * Which columns of a card librsvg has to draw. A product card's left panel is covered by its
 * photo or pasted motif, a producer card's right panel by its pasted count panel: drawing the
 * SVG without them (its view box narrowed to the rest) costs librsvg about a third less, as
 * its cost follows the canvas as well as the shapes.
 */
import type { LaidOutBox } from './elements.ts';

export interface Columns {
  left: number;
  width: number;
}

/** The columns not covered by full-height boxes at the card's left or right edge. */
export function columnsToDraw(
  covered: readonly LaidOutBox[],
  width: number,
  height: number,
): Columns {
  let left = 0;
  let right = width;
  for (let changed = true; changed;) {
    changed = false;
    for (const box of covered) {
      if (box.top !== 0 || box.height !== height) continue;
      if (box.left <= left && box.left + box.width > left) {
        left = Math.min(right, box.left + box.width);
        changed = true;
      }
      if (box.left + box.width >= right && box.left < right) {
        right = Math.max(left, box.left);
        changed = true;
      }
    }
  }
  return { left, width: right - left };
}

/**
 * Satori's SVG narrowed to `columns` (same scale, so the pixels of the columns kept are the
 * same), or null if its root is not the plain `<svg width height viewBox="0 0 width height">`.
 */
export function cropSvg(
  svg: string,
  columns: Columns,
  width: number,
  height: number,
): string | null {
  const root = `<svg width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"`;
  if (!svg.startsWith(root)) return null;
  return `<svg width="${columns.width}" height="${height}" viewBox="${columns.left} 0 ${columns.width} ${height}"${svg.slice(root.length)}`;
}
