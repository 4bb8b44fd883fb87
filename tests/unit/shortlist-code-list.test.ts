import { describe, expect, it } from 'vitest';
import {
  formatCodeList,
  parseCodeList,
  SHORTLIST_MAX,
  withCodeList,
} from '../../src/lib/shortlist/code-list.ts';

describe('parseCodeList', () => {
  it('keeps the order, reads codes as typed and drops repeats', () => {
    expect(parseCodeList('K7Q2M4,abc123, k7q-2m4 ,0BW6KA')).toEqual({
      codes: ['k7q2m4', 'abc123', '0bw6ka'],
      invalid: [],
      dropped: 0,
    });
  });

  it('reads look-alike letters (I, L → 1; O → 0) the way normaliseCode does', () => {
    expect(parseCodeList('OBW6KA,ILabcd').codes).toEqual(['0bw6ka', '11abcd']);
  });

  it('hands back what is not a code, as written', () => {
    expect(parseCodeList('abc,k7q2m4,toolongcode,u12345')).toEqual({
      codes: ['k7q2m4'],
      invalid: ['abc', 'toolongcode', 'u12345'],
      dropped: 0,
    });
  });

  it('is empty for a missing or empty parameter', () => {
    expect(parseCodeList(null)).toEqual({ codes: [], invalid: [], dropped: 0 });
    expect(parseCodeList(',,')).toEqual({ codes: [], invalid: [], dropped: 0 });
  });

  it(`keeps at most ${SHORTLIST_MAX} codes and counts the rest`, () => {
    const codes = Array.from(
      { length: SHORTLIST_MAX + 5 },
      (_, i) => `a${String(i).padStart(5, '0')}`,
    );
    const parsed = parseCodeList(codes.join(','));
    expect(parsed.codes).toHaveLength(SHORTLIST_MAX);
    expect(parsed.codes.at(-1)).toBe(codes[SHORTLIST_MAX - 1]);
    expect(parsed.dropped).toBe(5);
  });
});

describe('formatCodeList and withCodeList', () => {
  it('write commas as they are and round-trip through parseCodeList', () => {
    const codes = ['k7q2m4', 'abc123'];
    expect(formatCodeList(codes)).toBe('k7q2m4,abc123');
    expect(withCodeList('/danh-sach/', codes)).toBe('/danh-sach/?sp=k7q2m4,abc123');
    const query = new URL(withCodeList('/danh-sach/', codes), 'https://x.vn').searchParams;
    expect(parseCodeList(query.get('sp')).codes).toEqual(codes);
  });

  it('adds no query for an empty list', () => {
    expect(withCodeList('/en/danh-sach/', [])).toBe('/en/danh-sach/');
  });
});
