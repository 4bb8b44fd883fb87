import { describe, expect, it } from 'vitest';
import { localized } from '../../src/lib/i18n/localized.ts';

describe('localized', () => {
  it('shows the English field on English pages', () => {
    expect(localized('Hộp 300 g', 'Box, 300 g', 'en')).toEqual({
      text: 'Box, 300 g',
      lang: 'en',
      fallback: false,
    });
  });

  it('falls back to the Vietnamese text, flagged, when the English field is missing or blank', () => {
    for (const en of [undefined, '', '  '])
      expect(localized('Hộp 300 g', en, 'en')).toEqual({
        text: 'Hộp 300 g',
        lang: 'vi',
        fallback: true,
      });
  });

  it('always shows the Vietnamese text on Vietnamese pages', () => {
    expect(localized('Hộp 300 g', 'Box, 300 g', 'vi')).toEqual({
      text: 'Hộp 300 g',
      lang: 'vi',
      fallback: false,
    });
  });
});
