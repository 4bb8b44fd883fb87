import { addAttribute, escapeHTML } from 'astro/runtime/server/index.js';
import { describe, expect, it } from 'vitest';
import { escapeAttribute, escapeText, jsonInScript } from '../../src/lib/html/escape.ts';

// The card is a string beside Astro templates: the same text must give the same bytes.
const samples = [
  'Trà tâm sen',
  'Mứt "Bà Tư" <ngon> & rẻ',
  "Grandma's <b>jam</b>",
  '&amp; already',
  '[&>:first-child]:opacity-75',
  '',
];

describe('escapeText', () => {
  it('escapes as Astro escapes an expression between tags', () => {
    for (const text of samples) expect(escapeText(text), text).toBe(escapeHTML(text));
  });
});

describe('escapeAttribute', () => {
  it('escapes as Astro writes a double-quoted attribute', () => {
    for (const value of samples.filter(Boolean))
      expect(` title="${escapeAttribute(value)}"`, value).toBe(
        String(addAttribute(value, 'title')),
      );
    expect(escapeAttribute(42)).toBe('42');
  });
});

describe('jsonInScript', () => {
  it('cannot end its script element, and parses back to the same data', () => {
    const data = { name: '</script><script>alert(1)</script>', note: 'Bánh <cáy>' };
    const json = jsonInScript(data);
    expect(json).not.toContain('<');
    expect(JSON.parse(json)).toEqual(data);
  });
});
