import { describe, expect, it } from 'vitest';
import { searchFormHtml } from '../../src/components/layout/search-form-html.ts';

describe('searchFormHtml', () => {
  it('is a GET form to the search page of its language that knows the check page', () => {
    const vi = searchFormHtml({ locale: 'vi', id: 'site-search' });
    expect(vi).toContain(
      '<form action="/tim-kiem/" method="get" role="search" class="flex w-full gap-2" data-code-search data-check-url="/p/{code}/">',
    );
    expect(vi).toContain('<label for="site-search" class="sr-only"> Tìm sản phẩm </label>');
    expect(vi).toContain('<input id="site-search" name="q" type="search"');
    const en = searchFormHtml({ locale: 'en', id: 'x' });
    expect(en).toContain('action="/en/tim-kiem/"');
    expect(en).toContain('data-check-url="/en/p/{code}/"');
    expect(en).toContain(' Search </button>');
  });

  it('is larger on the home page', () => {
    expect(searchFormHtml({ locale: 'vi', id: 'h', size: 'lg' })).toContain('min-h-12 text-base');
    expect(searchFormHtml({ locale: 'vi', id: 'h' })).toContain('min-h-11 text-sm');
    expect(searchFormHtml({ locale: 'vi', id: 'h' })).not.toContain('min-h-12');
  });

  it('escapes the id', () => {
    expect(searchFormHtml({ locale: 'vi', id: 'a"b' })).toContain('<input id="a&quot;b"');
  });
});
