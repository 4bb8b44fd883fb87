import { describe, expect, it } from 'vitest';
import { matchesQuery, queryWords } from '../../src/client/fair-search.ts';
import { foldVietnamese } from '../../src/lib/domain/vietnamese.ts';

const card = (...parts: string[]) => foldVietnamese(parts.join(' | '));
const banhCay = card('Bánh cáy làng Nguyễn', 'Xưởng bánh kẹo Thiên Đức', 'Hưng Yên', 'gian B01');
const banhGai = card('Bánh gai Ninh Giang', 'Hải Phòng', 'gian C03');
const matOng = card('Mật ong hoa rừng Tam Đảo', 'Phú Thọ', 'gian C01');
const duongDua = card('Đường hoa dừa', 'Trà Vinh Farm', 'gian D4');

describe('queryWords', () => {
  it('folds diacritics and đ, lower-cases and splits on anything but letters and digits', () => {
    expect(queryWords('  Bánh  CÁY, Đường ')).toEqual(['banh', 'cay', 'duong']);
    expect(queryWords('')).toEqual([]);
  });
});

describe('matchesQuery', () => {
  const search = (q: string) =>
    Object.entries({ banhCay, banhGai, matOng, duongDua })
      .filter(([, text]) => matchesQuery(text, queryWords(q)))
      .map(([name]) => name);

  it('"banh cay" without diacritics finds Bánh cáy only', () => {
    expect(search('banh cay')).toEqual(['banhCay']);
  });
  it('with diacritics too', () => {
    expect(search('bánh cáy')).toEqual(['banhCay']);
  });
  it('đ is typed as d', () => {
    expect(search('duong dua')).toEqual(['duongDua']);
  });
  it('matches word starts, not the middle of words', () => {
    expect(search('ong')).toEqual(['matOng']); // not "Đường", not "Phong"
    expect(search('anh')).toEqual([]);
  });
  it('finds the products of a booth by its number', () => {
    expect(search('gian c0')).toEqual(['banhGai', 'matOng']);
    expect(search('c01')).toEqual(['matOng']);
  });
  it('an empty query keeps everything', () => {
    expect(search(' ')).toHaveLength(4);
  });
});
