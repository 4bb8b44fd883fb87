import { describe, expect, it } from 'vitest';
import { printedHost, printedUrl } from '../../src/lib/print/printed-url.ts';
import { routes } from '../../src/lib/i18n/routes.ts';

describe('printedUrl', () => {
  it('prints the check page as the site serves it: lower-case code, trailing slash, no scheme', () => {
    const url = new URL(routes.productShort('f4mpg6', 'vi'), 'https://ocop.example.vn/').href;
    expect(printedUrl(url)).toBe('ocop.example.vn/p/f4mpg6/');
  });

  it('keeps a port and a query, drops the scheme whatever it is', () => {
    expect(printedUrl('http://127.0.0.1:4321/p/k7q2m4/')).toBe('127.0.0.1:4321/p/k7q2m4/');
    expect(printedUrl('https://ocop.example.vn/in/nhan/?sp=a,b')).toBe(
      'ocop.example.vn/in/nhan/?sp=a,b',
    );
  });
});

describe('printedHost', () => {
  it('is the host alone for a site at the root', () => {
    expect(printedHost('https://ocop.example.vn/')).toBe('ocop.example.vn');
    expect(printedHost('https://OCOP.Example.VN')).toBe('ocop.example.vn');
  });
});
