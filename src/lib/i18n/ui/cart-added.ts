/**
 * What an "add to cart" form says once it has added a pack (`client/add-to-cart.ts`): apart
 * from the ordering strings so that the script carries only these.
 */
import { defineStrings } from '../define-strings.ts';

export const cartAddedStrings = defineStrings({
  vi: {
    /** The product page's form. */
    added: 'Đã thêm {quantity} × {pack} vào giỏ. Giỏ có {count} sản phẩm.',
    /** The compact forms of cards and search results. */
    addedShort: '✓ Đã thêm {quantity} vào giỏ (giỏ có {count})',
  },
  en: {
    added: 'Added {quantity} × {pack} to the cart. {count} items in the cart.',
    addedShort: '✓ Added {quantity} to the cart ({count} in the cart)',
  },
});
