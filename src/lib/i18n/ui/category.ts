/** Words of the category pages (the classification of Decision 148/QĐ-TTg, 2023). */
import { defineStrings } from '../define-strings.ts';

export const categoryStrings = defineStrings({
  vi: {
    title: 'Danh mục sản phẩm OCOP',
    intro:
      'Phân loại theo Quyết định 148/QĐ-TTg năm 2023: 6 ngành, các nhóm và 26 phân nhóm sản phẩm.',
    subcategories: 'Nhóm con',
  },
  en: {
    title: 'OCOP product categories',
    intro:
      'The classification of Decision 148/QĐ-TTg (2023): 6 groups, their sub-groups and 26 product categories.',
    subcategories: 'Sub-groups',
  },
});
