import { describe, expect, it } from 'vitest';
import {
  FilterAttributeNotAllowedError,
  InvalidFilterValueError,
} from '../../src/lib/search/meilisearch/errors.ts';
import {
  buildFilter,
  buildProducerFilter,
  buildProductFilter,
  buildSalesPointFilter,
  geoDistanceSort,
  geoRadiusFilter,
  PRODUCT_FILTER_ATTRIBUTES,
  quoteFilterValue,
  type FilterSelection,
} from '../../src/lib/search/meilisearch/filters.ts';
import { PRODUCT_FACETS } from '../../src/lib/search/documents.ts';

/**
 * Reads a filter the way Meilisearch's parser does for quoted values: returns the literal
 * values between unescaped quotes and the text outside them. Used to prove that nothing a value
 * contains escapes its quotes.
 */
function splitQuoted(filter: string): { outside: string; values: string[] } {
  let outside = '';
  const values: string[] = [];
  let i = 0;
  while (i < filter.length) {
    const c = filter[i]!;
    if (c !== '"') {
      outside += c;
      i += 1;
      continue;
    }
    let value = '';
    i += 1;
    while (i < filter.length && filter[i] !== '"') {
      if (filter[i] === '\\' && i + 1 < filter.length) {
        value += filter.charAt(i + 1);
        i += 2;
      } else {
        value += filter.charAt(i);
        i += 1;
      }
    }
    if (i >= filter.length) throw new Error(`unterminated quote in ${filter}`);
    values.push(value);
    outside += '"…"';
    i += 1;
  }
  return { outside, values };
}

const CRAFTED = [
  'Hà Nội" OR stars >= 0 OR province = "x',
  '\\" OR 1=1',
  'x\\',
  'x\\\\',
  'OR',
  '= ',
  'ha-noi\nOR stars >= 0',
  '") OR (stars > 0',
  '"',
  '\\',
  '',
];

describe('quoteFilterValue', () => {
  it('quotes and escapes backslashes and double quotes', () => {
    expect(quoteFilterValue('ha-noi')).toBe('"ha-noi"');
    expect(quoteFilterValue('a"b')).toBe('"a\\"b"');
    expect(quoteFilterValue('a\\b')).toBe('"a\\\\b"');
    expect(quoteFilterValue('x\\')).toBe('"x\\\\"');
    expect(quoteFilterValue('\\"')).toBe('"\\\\\\""');
    expect(quoteFilterValue(4)).toBe('"4"');
    expect(quoteFilterValue('Hà Nội')).toBe('"Hà Nội"');
  });

  it.each(CRAFTED)('keeps %j one literal value', (value) => {
    const { outside, values } = splitQuoted(`province = ${quoteFilterValue(value)}`);
    expect(values).toEqual([value]);
    expect(outside).toBe('province = "…"');
  });

  it('refuses values that are not strings or finite numbers', () => {
    expect(() => quoteFilterValue(Number.NaN)).toThrow(InvalidFilterValueError);
    expect(() => quoteFilterValue(Number.POSITIVE_INFINITY)).toThrow(InvalidFilterValueError);
    expect(() => quoteFilterValue({} as unknown as string)).toThrow(InvalidFilterValueError);
    expect(() => quoteFilterValue(null as unknown as string)).toThrow(InvalidFilterValueError);
  });
});

describe('buildProductFilter', () => {
  it('is undefined when nothing is selected', () => {
    expect(buildProductFilter({})).toBeUndefined();
    expect(buildProductFilter({ province: [], stars: [] })).toBeUndefined();
  });

  it('one value: attribute = "value"', () => {
    expect(buildProductFilter({ province: ['hung-yen'] })).toBe('province = "hung-yen"');
  });

  it('ORs values within an attribute, ANDs attributes, in allow-list order', () => {
    expect(
      buildProductFilter({
        stars: [4, 5],
        province: ['hung-yen', 'ha-noi'],
        certificateStatus: ['valid'],
      }),
    ).toBe(
      '(province IN ["hung-yen", "ha-noi"]) AND (stars IN ["4", "5"]) AND (certificateStatus = "valid")',
    );
  });

  it('drops duplicate values', () => {
    expect(buildProductFilter({ stars: [4, 4, '4'] })).toBe('stars = "4"');
  });

  it('covers every facet the engines offer', () => {
    for (const facet of PRODUCT_FACETS) expect(PRODUCT_FILTER_ATTRIBUTES).toContain(facet);
  });

  it('every crafted value stays inside its quotes, alone or in a list', () => {
    const filter = buildProductFilter({ province: CRAFTED, producerType: CRAFTED })!;
    const { outside, values } = splitQuoted(filter);
    const list = CRAFTED.map(() => '"…"').join(', ');
    expect(outside).toBe(`(province IN [${list}]) AND (producerType IN [${list}])`);
    expect(values).toEqual([...CRAFTED, ...CRAFTED]);
  });

  it('rejects attribute names outside the allow-list', () => {
    const attempts = [
      'stars >= 0 OR province',
      'validUntil',
      'name',
      '_geo',
      '__proto__',
      'constructor',
      'province ',
    ];
    for (const name of attempts) {
      const selection = JSON.parse(
        JSON.stringify({ [name]: ['x'] }),
      ) as FilterSelection<'province'>;
      expect(() => buildProductFilter(selection), name).toThrow(FilterAttributeNotAllowedError);
    }
  });

  it('rejects a value list that is not an array', () => {
    expect(() => buildProductFilter({ province: 'ha-noi' as unknown as string[] })).toThrow(
      InvalidFilterValueError,
    );
  });
});

describe('buildFilter', () => {
  it('refuses an allow-list entry that is not a plain attribute name', () => {
    expect(() => buildFilter({}, ['province = "x" OR stars'])).toThrow(
      FilterAttributeNotAllowedError,
    );
  });

  it('producers filter on type and province only', () => {
    expect(buildProducerFilter({ type: ['htx'] })).toBe('type = "htx"');
    expect(() => buildProducerFilter({ stars: [5] } as unknown as FilterSelection<'type'>)).toThrow(
      FilterAttributeNotAllowedError,
    );
  });
});

describe('geo', () => {
  it('builds a radius filter and a distance sort from checked numbers', () => {
    expect(geoRadiusFilter({ lat: 21.0285, lng: 105.8542, radiusMeters: 5000 })).toBe(
      '_geoRadius(21.0285, 105.8542, 5000)',
    );
    expect(geoDistanceSort(10.77, 106.7)).toBe('_geoPoint(10.77, 106.7):asc');
  });

  it('refuses anything but finite numbers in range', () => {
    const bad = [
      { lat: Number.NaN, lng: 105, radiusMeters: 1 },
      { lat: 91, lng: 105, radiusMeters: 1 },
      { lat: 21, lng: -181, radiusMeters: 1 },
      { lat: 21, lng: 105, radiusMeters: -1 },
      { lat: '21) OR (1' as unknown as number, lng: 105, radiusMeters: 1 },
    ];
    for (const circle of bad)
      expect(() => geoRadiusFilter(circle)).toThrow(InvalidFilterValueError);
    expect(() => geoDistanceSort(Number.NaN, 1)).toThrow(InvalidFilterValueError);
  });

  it('combines facets and a circle for sales points', () => {
    expect(
      buildSalesPointFilter(
        { kind: ['shop', 'market'] },
        { lat: 21, lng: 105.8, radiusMeters: 150_000 },
      ),
    ).toBe('(kind IN ["shop", "market"]) AND _geoRadius(21, 105.8, 150000)');
    expect(buildSalesPointFilter({ province: ['hue'] })).toBe('province = "hue"');
    expect(buildSalesPointFilter({}, { lat: 16, lng: 108, radiusMeters: 1 })).toBe(
      '_geoRadius(16, 108, 1)',
    );
  });
});
