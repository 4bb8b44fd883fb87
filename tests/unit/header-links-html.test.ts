import { describe, expect, it } from 'vitest';
import { cartLinkHtml } from '../../src/components/order/cart-link-html.ts';
import { shortlistLinkHtml } from '../../src/components/shortlist/shortlist-link-html.ts';

describe('shortlistLinkHtml', () => {
  it('links the list with a hidden count; what the toggles announce is their script’s', () => {
    const html = shortlistLinkHtml('vi', false);
    expect(html).toContain('<a href="/danh-sach/" class=');
    expect(html).not.toContain('data-added');
    expect(html).toContain('<span data-shortlist-count hidden');
    expect(shortlistLinkHtml('en', true)).toContain('<a href="/en/danh-sach/" aria-current="page"');
  });
});

describe('cartLinkHtml', () => {
  it('links the cart with a hidden count; what a form announces is its script’s', () => {
    const html = cartLinkHtml('en', false);
    expect(html).toContain('<a href="/en/gio-hang/" class=');
    expect(html).not.toContain('data-added');
    expect(html).toContain('<span class="head-word">Cart</span>');
    expect(html).toContain('<span data-cart-count hidden');
    expect(cartLinkHtml('vi', true)).toContain('<a href="/gio-hang/" aria-current="page"');
  });
});
