import { describe, expect, it } from 'vitest';
import {
  preferExactDiacritics,
  exactWords,
} from '../../src/lib/search/meilisearch/exact-diacritics.ts';
import {
  compareNames,
  isListedDocument,
  nameAliases,
  provinceAliases,
  toMeilisearchDocuments,
  withNameOrder,
} from '../../src/lib/search/meilisearch/prepare-documents.ts';
import type { ProductDocument } from '../../src/lib/search/documents.ts';
import { timeoutForBatch } from '../../src/lib/search/meilisearch/indexer.ts';

describe('withNameOrder', () => {
  it('ranks names in Vietnamese order: a < ă < â, d < đ, Đ before E (not after Z)', () => {
    const names = ['Zô', 'Đường hoa dừa', 'Ấm', 'Ăn', 'an', 'Dừa sáp', 'Dê núi', 'Em', 'Bánh'];
    const docs = names.map((name, i) => ({ id: String(i), name }));
    const ranked = withNameOrder(docs);
    expect(ranked.map((d) => d.name)).toEqual(names); // order of the array is kept
    const inOrder = [...ranked].sort((a, b) => a.nameOrder - b.nameOrder).map((d) => d.name);
    expect(inOrder).toEqual([
      'an',
      'Ăn',
      'Ấm',
      'Bánh',
      'Dê núi',
      'Dừa sáp',
      'Đường hoa dừa',
      'Em',
      'Zô',
    ]);
    expect(ranked.map((d) => d.nameOrder).sort((a, b) => a - b)).toEqual(names.map((_, i) => i));
  });

  it('is deterministic for equal names (falls back to the id)', () => {
    const docs = [
      { id: 'b', name: 'Bánh cáy' },
      { id: 'a', name: 'Bánh cáy' },
    ];
    expect(withNameOrder(docs).map((d) => d.nameOrder)).toEqual([1, 0]);
    expect(compareNames('Bánh cay', 'Bánh cáy')).toBeLessThan(0);
  });
});

describe('provinceAliases', () => {
  it('lists the former provinces merged into a 2025 province, not its own name', () => {
    expect(provinceAliases('hung-yen')).toEqual(['Thái Bình']);
    expect(provinceAliases('ninh-binh').sort()).toEqual(['Hà Nam', 'Nam Định']);
    expect(provinceAliases('ho-chi-minh')).toEqual(
      expect.arrayContaining(['Bình Dương', 'Bà Rịa - Vũng Tàu', 'Vũng Tàu', 'Sài Gòn']),
    );
    expect(provinceAliases('ho-chi-minh')).not.toContain('Hồ Chí Minh');
    expect(provinceAliases('ha-noi')).toEqual([]);
  });
});

describe('nameAliases', () => {
  it('adds the everyday equivalents of whole words in the name', () => {
    expect(nameAliases('Cà phê bột nguyên chất').sort()).toEqual(['cafe', 'coffee']);
    expect(nameAliases('HTX Nông sản sạch')).toEqual(['hợp tác xã']);
    expect(nameAliases('Điểm OCOP Sài Gòn')).toEqual(
      expect.arrayContaining(['Hồ Chí Minh', 'TP HCM', 'HCM']),
    );
    expect(nameAliases('Chè Shan tuyết')).toEqual(['trà']);
  });

  it('adds nothing for partial words or names without such terms', () => {
    expect(nameAliases('Ca cao bột')).toEqual([]);
    expect(nameAliases('Bánh cáy làng Nguyễn')).toEqual([]);
    expect(nameAliases('Cheo leo')).toEqual([]); // "che" only as part of a word
  });
});

describe('preferExactDiacritics', () => {
  const hits = [
    { id: 'cay', name: 'Bánh cay Quỳnh Côi', _rankingScore: 1 },
    { id: 'cày', name: 'Bạnh cày', _rankingScore: 1 },
    { id: 'cáy', name: 'Bánh cáy làng Nguyễn', _rankingScore: 1 },
    { id: 'less', name: 'Bánh cáy ngon', _rankingScore: 0.9 },
  ];

  it('puts the exact spelling first among equally scored hits', () => {
    expect(preferExactDiacritics(hits, 'bánh cáy').map((h) => h.id)).toEqual([
      'cáy',
      'cay',
      'cày',
      'less',
    ]);
    expect(preferExactDiacritics(hits, 'bánh cay').map((h) => h.id)).toEqual([
      'cay',
      'cáy',
      'cày',
      'less',
    ]);
  });

  it('never moves a hit past a better-scored one, and keeps order without diacritic evidence', () => {
    const reordered = preferExactDiacritics(hits, 'bánh cáy ngon');
    expect(reordered.at(-1)?.id).toBe('less');
    expect(preferExactDiacritics(hits, '').map((h) => h.id)).toEqual(hits.map((h) => h.id));
    expect(preferExactDiacritics(hits, 'xyz').map((h) => h.id)).toEqual(hits.map((h) => h.id));
  });

  it('treats both tone-mark placements as the same spelling', () => {
    expect(exactWords('Thanh Hóa')).toEqual(exactWords('thanh hoá'));
    expect(exactWords('Thủy')).toEqual(exactWords('Thuỷ'));
    expect(exactWords('Thanh Hóa')).not.toEqual(exactWords('Thanh Hoa'));
  });
});

describe('timeoutForBatch', () => {
  it('grows with the batch and is far above the client’s 5 s default', () => {
    expect(timeoutForBatch(0)).toBe(30_000);
    expect(timeoutForBatch(5_000)).toBe(80_000);
    expect(timeoutForBatch(20_000)).toBe(230_000);
  });
});

describe('toMeilisearchDocuments', () => {
  const product = (id: string, certificateStatus: ProductDocument['certificateStatus']) =>
    ({
      id,
      name: `Trà ${id}`,
      province: 'ha-noi',
      certificateStatus,
      description: 'Trà xanh sao từ búp chè Shan tuyết ở Phìn Hồ. Nước thơm mùi mật ong.',
      categoryNames: ['Sản phẩm thực phẩm', 'Chè'],
    }) as ProductDocument;
  const documents = {
    products: [product('a', 'valid'), product('b', 'revoked'), product('c', 'expired')],
    producers: [],
    salesPoints: [],
  };

  it('leaves revoked products out, as the browse pages do, and keeps expired ones', () => {
    const { products } = toMeilisearchDocuments(documents);
    expect(products.map((p) => p.id)).toEqual(['a', 'c']);
    expect(documents.products.filter(isListedDocument).map((p) => p.id)).toEqual(['a', 'c']);
  });

  it('adds the lead of the description, and keeps the whole description', () => {
    const [first] = toMeilisearchDocuments(documents).products;
    // Its first sentence, without function words (`description-words.ts`).
    expect(first?.descriptionLead).toBe('Trà xanh sao búp chè Shan tuyết Phìn Hồ.');
    expect(first?.description).toContain('mật ong');
  });
});
