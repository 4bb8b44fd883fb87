/** `lib/english-check/readable-strings`: the strings of JSON-LD and of `data-*` attributes, placed. */
import { describe, expect, it } from 'vitest';
import {
  dataAttributeStrings,
  jsonLdStrings,
} from '../../src/lib/english-check/readable-strings.ts';

describe('jsonLdStrings', () => {
  it('gives every string a reader sees with its path, not types, links or alternateName', () => {
    expect(
      jsonLdStrings({
        '@context': 'https://schema.org',
        '@type': 'Product',
        name: 'Goat milk',
        alternateName: 'Sữa dê',
        url: 'https://x.example/',
        offers: [{ '@type': 'Offer', name: 'Bottle, 200 ml', price: 35000 }],
      }),
    ).toEqual([
      { where: '$.name', text: 'Goat milk' },
      { where: '$.offers[0].name', text: 'Bottle, 200 ml' },
    ]);
  });

  it('leaves out a value object marked Vietnamese, keeps one marked English', () => {
    expect(
      jsonLdStrings({
        description: { '@value': 'Sữa tươi', '@language': 'vi' },
        name: { '@value': 'Fresh milk', '@language': 'en' },
      }),
    ).toEqual([{ where: '$.name.@value', text: 'Fresh milk' }]);
  });
});

describe('dataAttributeStrings', () => {
  it('reads plain values and JSON tables, not other attributes or Astro hints', () => {
    expect(
      dataAttributeStrings({
        class: 'x',
        'data-template': '{n} days left',
        'data-strings': '{"a":"One","b":{"c":["Two"]}}',
        'data-astro-image-fit': 'cover',
        'data-empty': '',
      }),
    ).toEqual([
      { where: 'data-template', text: '{n} days left' },
      { where: 'data-strings.a', text: 'One' },
      { where: 'data-strings.b.c[0]', text: 'Two' },
    ]);
  });

  it('reads a value that only looks like JSON as text', () => {
    expect(dataAttributeStrings({ 'data-note': '[sample] Hộp' })).toEqual([
      { where: 'data-note', text: '[sample] Hộp' },
    ]);
  });
});
