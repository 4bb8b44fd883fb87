/**
 * The words of the "add to list" toggle, which its script writes and announces
 * (`client/shortlist-toggle.ts`): apart from the shortlist page's strings so that the script
 * carries only these.
 */
import { defineStrings } from '../define-strings.ts';

export const shortlistToggleStrings = defineStrings({
  vi: {
    add: 'Thêm vào danh sách',
    inList: 'Trong danh sách ✓',
    added: 'Đã thêm vào danh sách.',
    removed: 'Đã bỏ khỏi danh sách.',
    full: 'Danh sách đã đủ {max} sản phẩm.',
  },
  en: {
    add: 'Add to list',
    inList: 'In list ✓',
    added: 'Added to your list.',
    removed: 'Removed from your list.',
    full: 'Your list is full ({max} products).',
  },
});
