import { describe, expect, it } from 'vitest';
import { clipText } from '../../src/lib/seo/clip.ts';

describe('clipText', () => {
  it('leaves text that fits, spaces tidied', () => {
    expect(clipText('Bánh cáy  làng Nguyễn', 180)).toBe('Bánh cáy làng Nguyễn');
  });

  it('cuts at a word boundary with an ellipsis, within the limit', () => {
    const text =
      'Bánh cáy của xưởng Đình Mạnh ở xã Đông Sơn, làm từ gạo nếp cái hoa vàng, mạch nha và gừng tươi theo công thức gia truyền.';
    const clipped = clipText(text, 60);
    expect(clipped.length).toBeLessThanOrEqual(60);
    expect(clipped.endsWith('…')).toBe(true);
    expect(clipped).toBe('Bánh cáy của xưởng Đình Mạnh ở xã Đông Sơn, làm từ gạo nếp…');
  });

  it('drops punctuation left at the cut', () => {
    expect(clipText('one two three, four five six seven', 16)).toBe('one two three…');
  });
});
