import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CSV_BOM,
  csvPieces,
  escapeField,
  formatCell,
  looksLikeFormula,
  toCsv,
  unguardCell,
  type Cell,
} from '../../src/lib/open-data/csv.ts';

/** Reads a file back the way the importer and most tools do: BOM skipped, rows of text. */
const read = (csv: string): string[][] => parse(csv, { bom: true, relax_quotes: false });

describe('escapeField', () => {
  it.each<[string, Cell, string]>([
    ['plain text as is', 'Bánh cáy', 'Bánh cáy'],
    ['a comma: quoted', 'Hộp 250 g, hộp 400 g', '"Hộp 250 g, hộp 400 g"'],
    ['a quote: doubled and quoted', 'Nước mắm "Cá cơm"', '"Nước mắm ""Cá cơm"""'],
    ['only quotes', '""', '""""""'],
    ['LF: quoted', 'dòng 1\ndòng 2', '"dòng 1\ndòng 2"'],
    ['CR: quoted', 'a\rb', '"a\rb"'],
    ['CRLF: quoted', 'a\r\nb', '"a\r\nb"'],
    ['leading and trailing spaces kept', '  x  ', '  x  '],
    ['a semicolon or tab needs nothing', 'a;b\tc', 'a;b\tc'],
    ['empty text', '', ''],
    ['null: empty', null, ''],
    ['undefined: empty', undefined, ''],
    ['true', true, 'true'],
    ['false', false, 'false'],
    ['an integer', 40000, '40000'],
    ['a decimal with a point, whatever the locale', 10.2168, '10.2168'],
    ['zero', 0, '0'],
  ])('%s', (_, value, expected) => {
    expect(escapeField(value)).toBe(expected);
  });

  it('refuses numbers CSV cannot carry', () => {
    expect(() => formatCell(Number.NaN)).toThrow(RangeError);
    expect(() => formatCell(Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });

  it('writes Vietnamese in NFC, however it came in', () => {
    const decomposed = 'Thái Bình'.normalize('NFD');
    expect(decomposed).not.toBe('Thái Bình');
    expect(escapeField(decomposed)).toBe('Thái Bình'.normalize('NFC'));
  });

  // Formula guard (OWASP CSV injection): text starting with = + - @ tab or CR gets a leading
  // quote mark and is quoted; the importer's reader (unguardCell) takes the mark off again.
  it.each([
    ['=HYPERLINK("http://x","y")', '"\'=HYPERLINK(""http://x"",""y"")"'],
    ['+84 229 3851 234', '"\'+84 229 3851 234"'],
    ['-12', '"\'-12"'],
    ['@SUM(A1)', '"\'@SUM(A1)"'],
    ['=1+1', '"\'=1+1"'],
    ['\t=1', '"\'\t=1"'],
    ['\r=1', '"\'\r=1"'],
    ["'=1", '"\'\'=1"'],
  ])('guards text %j as %j, and reading unguards it', (value, field) => {
    expect(escapeField(value)).toBe(field);
    const back = read(toCsv(['v'], [[value]]))[1]?.[0] ?? '';
    expect(back.startsWith("'")).toBe(true);
    expect(unguardCell(back)).toBe(value);
  });

  it.each([-12, -0.5, 84])('writes the number %d as a number, never guarded', (value) => {
    expect(escapeField(value)).toBe(String(value));
  });

  it.each(["l'eau", "'quoted'", 'a=b', '0912 345 678', ''])(
    'leaves %j alone, and reading leaves it alone',
    (value) => {
      expect(escapeField(value)).toBe(value);
      expect(unguardCell(value)).toBe(value);
    },
  );

  it('round-trips any text through write, parse and unguard', () => {
    fc.assert(
      fc.property(fc.string(), (value) => {
        const [, [cell]] = read(toCsv(['v'], [[value]])) as [string[], string[]];
        expect(unguardCell(cell ?? '')).toBe(value.normalize('NFC'));
        expect(looksLikeFormula(cell ?? '')).toBe(false);
      }),
    );
  });
});

describe('toCsv', () => {
  const csv = toCsv(
    ['slug', 'name', 'stars'],
    [
      ['a', 'Bánh cáy, "đặc sản"\nThái Bình', 4],
      ['b', null, 5],
    ],
  );

  it('starts with a UTF-8 byte-order mark, then the header row of column names', () => {
    expect(csv.startsWith(CSV_BOM)).toBe(true);
    expect(Buffer.from(csv, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(csv.slice(1).split('\r\n')[0]).toBe('slug,name,stars');
  });

  it('ends every line, the last one too, with CRLF and has no bare LF outside quotes', () => {
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv).toBe(
      `${CSV_BOM}slug,name,stars\r\na,"Bánh cáy, ""đặc sản""\nThái Bình",4\r\nb,,5\r\n`,
    );
  });

  it('reads back with csv-parse into the same cells', () => {
    expect(read(csv)).toEqual([
      ['slug', 'name', 'stars'],
      ['a', 'Bánh cáy, "đặc sản"\nThái Bình', '4'],
      ['b', '', '5'],
    ]);
  });

  it('refuses a row whose length differs from the header', () => {
    expect(() => toCsv(['a', 'b'], [['x']])).toThrow(/line 2 has 1 cells for 2 columns/);
  });

  it('cuts a file into pieces — BOM and header, then up to so many rows — that join to the same text', () => {
    const rows = Array.from({ length: 2500 }, (_, i) => [`p${i}`, `Sản phẩm, số ${i}`]);
    const pieces = [...csvPieces(['slug', 'name'], rows, (row) => row, 1000)];
    expect(pieces).toHaveLength(4);
    expect(pieces[0]).toBe(`${CSV_BOM}slug,name\r\n`);
    expect(pieces[3]!.split('\r\n')).toHaveLength(501);
    expect(pieces.join('')).toBe(toCsv(['slug', 'name'], rows));
    expect(read(pieces.join(''))).toHaveLength(2501);
  });

  it('names the line of a bad row in a later piece', () => {
    const rows: Cell[][] = Array.from({ length: 1500 }, () => ['x', 'y']);
    rows[1200] = ['x'];
    expect(() => [...csvPieces(['a', 'b'], rows, (row) => row, 1000)]).toThrow(
      /line 1202 has 1 cells for 2 columns/,
    );
  });

  it('writes only the header for no rows', () => {
    expect(toCsv(['a', 'b'], [])).toBe(`${CSV_BOM}a,b\r\n`);
  });

  it('round-trips any text: csv-parse then unguardCell read back exactly what was written (NFC)', () => {
    const nasty = fc.constantFrom(
      ',',
      '"',
      '\r',
      '\n',
      '\r\n',
      '=',
      '+',
      '-',
      '@',
      ' ',
      'ễ',
      "'",
      '\t',
    );
    const cell = fc.oneof(
      fc.string({ unit: 'grapheme' }),
      fc
        .array(fc.oneof(nasty, fc.string({ unit: 'grapheme-ascii', maxLength: 3 })))
        .map((a) => a.join('')),
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(cell, cell), { maxLength: 5 }), (rows) => {
        const raw = read(toCsv(['x', 'y'], rows));
        expect(raw.flat().some(looksLikeFormula)).toBe(false);
        const parsed = raw.map((r) => r.map(unguardCell));
        expect(parsed).toEqual([['x', 'y'], ...rows.map((r) => r.map((c) => c.normalize('NFC')))]);
      }),
      { numRuns: 300 },
    );
  });
});
