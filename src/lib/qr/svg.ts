/**
 * A QR code as a standalone SVG: a white square (quiet zone included) and one path of dark
 * modules, one unit per module, drawn with `shape-rendering="crispEdges"` so no renderer blurs
 * the edges between modules. Safe in the browser and in Node (no Node modules).
 */
import { qrMatrix, type QrMatrix, type QrMatrixOptions } from './matrix.ts';

export interface QrSvgOptions extends QrMatrixOptions {
  /** Accessible name (`<title>`); the SVG gets `role="img"` and `aria-label` too. */
  title?: string;
  /** `width`/`height` in CSS pixels; without it the SVG scales to its container. */
  size?: number;
  /** Colour of the dark modules; keep contrast high (default black). */
  foreground?: string;
  /** Colour of the light modules and the quiet zone (default white, never transparent). */
  background?: string;
}

const escapeXml = (text: string) =>
  text.replace(
    /[<>&"']/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c] ?? c,
  );

/**
 * The dark modules as one path of horizontal strokes, one unit wide, along the middle of each
 * module row (`M4 4.5h7m2 0h1…`): each run of dark modules is one `h`, and the gap to the next
 * run a relative move. Half the size of drawing each run as a filled rectangle.
 */
export function qrPath(modules: Uint8Array, size: number): string {
  let d = '';
  for (let y = 0; y < size; y++) {
    let pen = -1; // x where the pen stands in this row, -1 before the first run
    let x = 0;
    while (x < size) {
      if (!modules[y * size + x]) {
        x++;
        continue;
      }
      const start = x;
      while (x < size && modules[y * size + x]) x++;
      d += pen < 0 ? `M${start} ${y}.5h${x - start}` : `m${start - pen} 0h${x - start}`;
      pen = x;
    }
  }
  return d;
}

export function qrSvg(text: string, options: QrSvgOptions = {}): string {
  return renderQrSvg(qrMatrix(text, options), options);
}

/** SVG of a matrix already encoded (the build encodes once for SVG and PNG). */
export function renderQrSvg(
  matrix: QrMatrix,
  options: Omit<QrSvgOptions, keyof QrMatrixOptions> = {},
) {
  const { size, modules } = matrix;
  const fg = escapeXml(options.foreground ?? '#000');
  const bg = escapeXml(options.background ?? '#fff');
  const dimensions = options.size ? ` width="${options.size}" height="${options.size}"` : '';
  const label = options.title ? escapeXml(options.title) : undefined;
  const a11y = label ? ` role="img" aria-label="${label}"` : '';
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}"${dimensions}${a11y} shape-rendering="crispEdges">` +
    (label ? `<title>${label}</title>` : '') +
    `<rect width="${size}" height="${size}" fill="${bg}"/>` +
    `<path fill="none" stroke="${fg}" d="${qrPath(modules, size)}"/>` +
    `</svg>`
  );
}
