import { describe, expect, it } from 'vitest';
import { descriptionSearchText, withoutStopWords } from '../../src/lib/search/description-words.ts';
import { toMeilisearchDocuments } from '../../src/lib/search/meilisearch/prepare-documents.ts';
import { buildFallbackIndex } from '../../src/lib/search/fallback/build-index.ts';
import type { ProductDocument } from '../../src/lib/search/documents.ts';

describe('withoutStopWords', () => {
  it('removes function words, keeping punctuation and content words', () => {
    expect(withoutStopWords('Nhút là món mít non muối chua của người Thanh Chương.')).toBe(
      'Nhút món mít non muối chua người Thanh Chương.',
    );
    expect(withoutStopWords('Quất ngâm trong mật ong, để lâu cho tinh dầu hòa vào mật.')).toBe(
      'Quất ngâm mật ong, lâu tinh dầu hòa mật.',
    );
  });

  it('compares with diacritics: "lá", "cỏ", "đá", "chợ" are not "là", "có", "đã", "cho"', () => {
    expect(withoutStopWords('Lá cỏ, đá và chợ')).toBe('Lá cỏ, đá chợ');
  });

  it('ignores case and the composition of the text', () => {
    expect(withoutStopWords('LÀ Và'.normalize('NFD'))).toBe('');
  });
});

describe('descriptionSearchText', () => {
  it('is the first sentence without function words', () => {
    expect(descriptionSearchText('Bánh gai làm từ lá gai. Có nhân đậu xanh.')).toBe(
      'Bánh gai làm lá gai.',
    );
  });
});

const product: ProductDocument = {
  id: 'nhut-thanh-chuong',
  code: 'abc123',
  name: 'Nhút Thanh Chương',
  nameFolded: 'nhut thanh chuong',
  description: 'Nhút là món mít non muối chua. Ăn với cơm.',
  producer: 'co-so-nhut',
  producerName: 'Cơ sở nhút',
  producerType: 'ho-kinh-doanh',
  province: 'nghe-an',
  provinceName: 'Nghệ An',
  formerProvinces: [],
  formerProvinceNames: [],
  categoryGroup: 'I',
  categoryNhom: 'I.3',
  categoryLeaf: 'I.3.a',
  categoryNames: ['Thực phẩm'],
  stars: 3,
  certificateStatus: 'valid',
  certifiedOn: 20250101,
  validUntil: 20280101,
  hasImage: false,
};

describe('both engines index the same words', () => {
  it('Meilisearch: descriptionLead holds the searched text', () => {
    const [doc] = toMeilisearchDocuments({
      products: [product],
      producers: [],
      salesPoints: [],
    }).products;
    expect(doc?.descriptionLead).toBe('Nhút món mít non muối chua.');
  });

  it('server-less: no term for a function word, one for the content words', () => {
    const { files } = buildFallbackIndex([product], { statusDate: '2025-06-01' });
    const terms = [...files.entries()]
      .filter(([name]) => name.startsWith('terms/'))
      .flatMap(([, text]) => Object.keys(JSON.parse(text) as Record<string, unknown>));
    expect(terms).toContain('mit');
    expect(terms).toContain('non');
    expect(terms).not.toContain('la');
  });
});
