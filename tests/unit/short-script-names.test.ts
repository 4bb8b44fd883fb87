import { describe, expect, it } from 'vitest';
import { shortScriptName } from '../../src/integrations/short-script-names.ts';

describe('shortScriptName', () => {
  it('drops the suffix of Astro’s script modules, keeping the component’s name', () => {
    expect(shortScriptName('ShortlistToggleScript.astro_astro_type_script_index_0_lang')).toBe(
      'ShortlistToggleScript',
    );
    expect(shortScriptName('404.astro_astro_type_script_index_1_lang')).toBe('404');
  });

  it('leaves other chunks’ names alone, made safe as Astro makes them', () => {
    expect(shortScriptName('cart-dom')).toBe('cart-dom');
    expect(shortScriptName('SearchApp')).toBe('SearchApp');
    expect(shortScriptName('[...lang]/x')).toBe('_...lang_/x');
  });
});
