/** `i18n/plural.ts`: English counts take their plural form from `Intl.PluralRules`. */
import { describe, expect, it } from 'vitest';
import { count, pluralForm, templateFor } from '../../src/lib/i18n/plural.ts';

const products = { one: '{n} product', other: '{n} products' };

describe('count', () => {
  it('says "1 product" and "2 products" in English', () => {
    expect(count(1, 'en', products)).toBe('1 product');
    expect(count(0, 'en', products)).toBe('0 products');
    expect(count(2, 'en', products)).toBe('2 products');
    expect(count(1200, 'en', products)).toBe('1,200 products');
  });

  it('has one form in Vietnamese, with its digit grouping', () => {
    const vi = { one: '{n} sản phẩm', other: '{n} sản phẩm' };
    expect(count(1, 'vi', vi)).toBe('1 sản phẩm');
    expect(count(1200, 'vi', vi)).toBe('1.200 sản phẩm');
  });
});

describe('pluralForm', () => {
  it('is "other" for every number in Vietnamese', () => {
    for (const n of [0, 1, 2, 21])
      expect(pluralForm(n, 'vi', { one: 'one', other: 'other' })).toBe('other');
  });
});

describe('templateFor', () => {
  it('picks data-template-one for one in English, data-template otherwise', () => {
    const dataset = { template: '{n} days left', templateOne: '{n} day left' };
    expect(templateFor(dataset, 1, 'en')).toBe('{n} day left');
    expect(templateFor(dataset, 3, 'en')).toBe('{n} days left');
    expect(templateFor({ template: 'còn {n} ngày' }, 1, 'vi')).toBe('còn {n} ngày');
  });
});
