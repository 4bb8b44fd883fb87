import { describe, expect, it } from 'vitest';
import {
  labelOptionParams,
  parseLabelOptions,
  parseOffset,
} from '../../src/lib/print/print-options.ts';

describe('parseOffset', () => {
  it('reads millimetres of either sign, to 0.1 mm', () => {
    expect(parseOffset('1.5,-2')).toEqual({ x: 1.5, y: -2 });
    expect(parseOffset('+0.26, 3')).toEqual({ x: 0.3, y: 3 });
  });

  it('is 0 for anything else, and at most 20 mm either way', () => {
    expect(parseOffset(null)).toEqual({ x: 0, y: 0 });
    expect(parseOffset('abc')).toEqual({ x: 0, y: 0 });
    expect(parseOffset('-50,99')).toEqual({ x: -20, y: 20 });
  });
});

describe('parseLabelOptions', () => {
  it('reads every setting of the URL', () => {
    const options = parseLabelOptions(
      new URLSearchParams('khuon=4x10&lech=1,-0.5&ban=3&batdau=12'),
    );
    expect(options.layout.id).toBe('4x10');
    expect(options.offset).toEqual({ x: 1, y: -0.5 });
    expect(options.copies).toBe(3);
    expect(options.start).toBe(12);
  });

  it('keeps the start position on the sheet of the layout', () => {
    expect(parseLabelOptions(new URLSearchParams('khuon=2x7&batdau=30')).start).toBe(14);
    expect(parseLabelOptions(new URLSearchParams('batdau=-3')).start).toBe(1);
  });

  it('round-trips through labelOptionParams', () => {
    const options = parseLabelOptions(new URLSearchParams('khuon=2x7&lech=-1.2,0.4&ban=2'));
    expect(parseLabelOptions(new URLSearchParams(labelOptionParams(options)))).toEqual(options);
  });
});
