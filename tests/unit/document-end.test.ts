import { describe, expect, it } from 'vitest';
import { afterDocumentEnd } from '../../scripts/lib/document-end.ts';

describe('afterDocumentEnd', () => {
  it('is empty for a page that ends with </html>, or with white space or comments after it', () => {
    expect(afterDocumentEnd('<!doctype html><html><body></body></html>')).toBe('');
    expect(afterDocumentEnd('<html><body></body></html>\n')).toBe('');
    expect(afterDocumentEnd('<html><body></body></html>\n<!-- built 2026-12-06 -->\n')).toBe('');
    expect(afterDocumentEnd('<HTML><BODY></BODY></HTML >')).toBe('');
  });

  it('finds a script written after </html>', () => {
    const html =
      '<html><body><main></main></body></html><script type="module" src="/_astro/a.js"></script>';
    expect(afterDocumentEnd(html)).toBe('<script type="module" src="/_astro/a.js"></script>');
  });

  it('looks after the last </html>, not one inside an inline script before it', () => {
    const html = '<html><body><script>const s = "</html>";</script></body></html>';
    expect(afterDocumentEnd(html)).toBe('');
    expect(afterDocumentEnd(`${html}<p>stray</p>`)).toBe('<p>stray</p>');
  });

  it('has nothing to say about a page without an end tag (it is optional)', () => {
    expect(afterDocumentEnd('<!doctype html><title>t</title><p>x')).toBe('');
  });
});
