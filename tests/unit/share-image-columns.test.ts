/** `columnsToDraw` and `cropSvg`: librsvg draws only what no full-height panel covers. */
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { columnsToDraw, cropSvg } from '../../src/lib/share-image/columns.ts';

const panel = (left: number, width: number, top = 0, height = 630) => ({
  left,
  top,
  width,
  height,
});

describe('columnsToDraw', () => {
  it('leaves out full-height panels at either edge', () => {
    expect(columnsToDraw([], 1200, 630)).toEqual({ left: 0, width: 1200 });
    expect(columnsToDraw([panel(0, 480)], 1200, 630)).toEqual({ left: 480, width: 720 });
    expect(columnsToDraw([panel(840, 360)], 1200, 630)).toEqual({ left: 0, width: 840 });
    expect(columnsToDraw([panel(0, 480), panel(840, 360)], 1200, 630)).toEqual({
      left: 480,
      width: 360,
    });
  });

  it('keeps columns under boxes that are not full height or not at an edge', () => {
    expect(columnsToDraw([panel(0, 480, 0, 600)], 1200, 630)).toEqual({ left: 0, width: 1200 });
    expect(columnsToDraw([panel(100, 480)], 1200, 630)).toEqual({ left: 0, width: 1200 });
  });
});

describe('cropSvg', () => {
  it('draws the columns kept with the same pixels as the whole', async () => {
    const svg =
      '<svg width="100" height="40" viewBox="0 0 100 40" xmlns="http://www.w3.org/2000/svg"><rect width="100" height="40" fill="#fff"/><circle cx="70" cy="20" r="13.3" fill="#185730"/></svg>';
    const cropped = cropSvg(svg, { left: 48, width: 52 }, 100, 40)!;
    expect(cropped).toContain('viewBox="48 0 52 40"');
    const whole = await sharp(Buffer.from(svg))
      .extract({ left: 48, top: 0, width: 52, height: 40 })
      .raw()
      .toBuffer();
    expect((await sharp(Buffer.from(cropped)).raw().toBuffer()).equals(whole)).toBe(true);
  });

  it('gives up on an SVG whose root it does not know', () => {
    expect(
      cropSvg('<svg viewBox="0 0 100 40"></svg>', { left: 48, width: 52 }, 100, 40),
    ).toBeNull();
  });
});
