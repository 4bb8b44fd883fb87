import { describe, expect, it } from 'vitest';
import { categorySearchText } from '../../src/lib/search/category-words.ts';
import { readCatalogue } from '../../src/lib/content-files/read-content.ts';
import { buildSearchDocuments } from '../../src/lib/search/documents.ts';
import { toMeilisearchDocuments } from '../../src/lib/search/meilisearch/prepare-documents.ts';

describe('categorySearchText', () => {
  it('leaves out "Sản phẩm" (and its "hàng") that every group name starts with', () => {
    expect(categorySearchText('Sản phẩm thực phẩm')).toBe('thực phẩm');
    expect(categorySearchText('Sản phẩm hàng thủ công mỹ nghệ')).toBe('thủ công mỹ nghệ');
  });

  it('leaves out the list words "và", "các", "khác"', () => {
    expect(
      categorySearchText(
        'Chế biến từ thịt, trứng, sữa, thủy sản, các sản phẩm từ mật ong, mật khác và nông sản thực phẩm khác',
      ),
    ).toBe('Chế biến từ thịt, trứng, sữa, thủy sản, từ mật ong, mật nông sản thực phẩm');
  });

  it('keeps whole words only: "hàng" alone, "Sản xuất", "Vải"', () => {
    expect(categorySearchText('Vải, may mặc')).toBe('Vải, may mặc');
    expect(categorySearchText('Hàng mây tre đan')).toBe('Hàng mây tre đan');
  });
});

describe('Meilisearch documents', () => {
  it('carry the searched category words next to the names shown', async () => {
    const docs = buildSearchDocuments(await readCatalogue('content'), '2026-12-06');
    const [product] = toMeilisearchDocuments(docs).products;
    expect(product?.categoryWords).toEqual(product?.categoryNames.map(categorySearchText));
    expect(product?.categoryWords.join(' ')).not.toMatch(/Sản phẩm/);
  });
});
