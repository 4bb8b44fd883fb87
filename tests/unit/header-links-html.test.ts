import { describe, expect, it } from 'vitest';
import { cartLinkHtml } from '../../src/components/order/cart-link-html.ts';
import { shortlistLinkHtml } from '../../src/components/shortlist/shortlist-link-html.ts';

describe('shortlistLinkHtml', () => {
  it('links the list, carries what the toggles announce and a hidden count', () => {
    const html = shortlistLinkHtml('vi', false);
    expect(html).toContain('<a href="/danh-sach/" class=');
    expect(html).toContain('data-added="Đã thêm vào danh sách."');
    expect(html).toContain('data-full="Danh sách đã đủ 200 sản phẩm."');
    expect(html).toContain('<span data-shortlist-count hidden');
    expect(shortlistLinkHtml('en', true)).toContain('<a href="/en/danh-sach/" aria-current="page"');
  });
});

describe('cartLinkHtml', () => {
  it('links the cart, carries the "added" words and a hidden count', () => {
    const html = cartLinkHtml('en', false);
    expect(html).toContain('<a href="/en/gio-hang/" class=');
    expect(html).toContain(
      'data-added="Added {quantity} × {pack} to the cart. {count} items in the cart."',
    );
    expect(html).toContain('<span class="whitespace-nowrap">Cart</span>');
    expect(html).toContain('<span data-cart-count hidden');
    expect(cartLinkHtml('vi', true)).toContain('<a href="/gio-hang/" aria-current="page"');
  });
});
