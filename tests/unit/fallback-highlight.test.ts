/** `highlight.ts`: the parts of a text the query words match, wrapped in tags. */
import { describe, expect, it } from 'vitest';
import { highlight } from '../../src/lib/search/fallback/highlight.ts';
import { parseQuery } from '../../src/lib/search/fallback/query.ts';

const words = (q: string) => parseQuery(q).words;

describe('highlight', () => {
  it('highlights folded matches and the typed part of a prefix', () => {
    expect(highlight('Bánh cáy làng Nguyễn', words('banh ca'))).toEqual({
      value: '<em>Bánh</em> <em>cá</em>y làng Nguyễn',
      matchedWords: ['banh', 'ca'],
      fullyHighlighted: false,
    });
  });

  it('uses the tags given, and says when every word of the text is highlighted', () => {
    expect(highlight('Đường phèn', words('duong phen '), '[', ']')).toEqual({
      value: '[Đường] [phèn]',
      matchedWords: ['duong', 'phen'],
      fullyHighlighted: true,
    });
  });

  it('highlights whole words only, except the word being typed', () => {
    // "an" is not a prefix here (a space follows): "Anh" is left alone.
    expect(highlight('Anh Đào An Giang', words('an ')).value).toBe('Anh Đào <em>An</em> Giang');
    expect(highlight('Anh Đào', words('an')).value).toBe('<em>An</em>h Đào');
  });

  it('leaves a text no word matches as it is', () => {
    expect(highlight('Gốm Bát Tràng', words('mat ong'))).toEqual({
      value: 'Gốm Bát Tràng',
      matchedWords: [],
      fullyHighlighted: false,
    });
  });
});
