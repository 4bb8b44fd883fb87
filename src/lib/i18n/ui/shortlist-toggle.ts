/**
 * The words of the "add to list" toggle, which its script writes (`client/shortlist-toggle.ts`):
 * apart from the shortlist page's strings so that the script carries only these.
 */
import { defineStrings } from '../define-strings.ts';

export const shortlistToggleStrings = defineStrings({
  vi: {
    add: 'Thêm vào danh sách',
    inList: 'Trong danh sách ✓',
  },
  en: {
    add: 'Add to list',
    inList: 'In list ✓',
  },
});
