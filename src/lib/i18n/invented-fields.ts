/**
 * The words for a field named in a sample entry's `provenance.invented` ("description",
 * "certifications: decision number, decision date, score"), in the page's language: a
 * certification's parts are named one by one after "OCOP certificate". A field with no words
 * here falls back to the page strings' `fieldNames`, then to itself.
 */
import type { Locale } from './locales.ts';

const WORDS = {
  vi: {
    certifications: 'chứng nhận OCOP',
    parts: {
      'decision number': 'số quyết định',
      'decision date': 'ngày quyết định',
      decision: 'quyết định',
      score: 'điểm',
      year: 'năm công nhận',
      history: 'lịch sử công nhận',
      'level and issuer': 'cấp và cơ quan công nhận',
    },
    fields: {
      hours: 'giờ mở cửa',
      stars: 'hạng sao',
      type: 'loại hình',
      province: 'tỉnh, thành',
      commune: 'xã, phường',
      producer: 'chủ thể',
      product: 'sản phẩm',
      score: 'điểm đánh giá',
      category: 'nhóm sản phẩm',
      dates: 'ngày tổ chức',
      venue: 'địa điểm',
      organiser: 'đơn vị tổ chức',
      booths: 'gian hàng',
      'all other fields': 'mọi trường khác',
      'toàn bộ điểm bán': 'toàn bộ điểm bán',
    },
  },
  en: {
    certifications: 'OCOP certificate',
    parts: {
      'decision number': 'decision number',
      'decision date': 'decision date',
      decision: 'decision',
      score: 'score',
      year: 'year recognised',
      history: 'recognition history',
      'level and issuer': 'level and issuing authority',
    },
    fields: {
      hours: 'opening hours',
      stars: 'star rating',
      type: 'kind of producer',
      province: 'province',
      commune: 'commune',
      producer: 'producer',
      product: 'product',
      score: 'score',
      category: 'product group',
      dates: 'dates',
      venue: 'venue',
      organiser: 'organiser',
      booths: 'booths',
      'all other fields': 'all other fields',
      'toàn bộ điểm bán': 'the whole sales point',
    },
  },
} satisfies Record<Locale, unknown>;

export function inventedFieldName(
  field: string,
  locale: Locale,
  pageNames: Readonly<Record<string, string>> = {},
): string {
  const w = WORDS[locale];
  const [head = '', parts] = field.split(/:\s*/, 2);
  if (head === 'certifications') {
    if (!parts) return w.certifications;
    const named = parts
      .split(/,\s*/)
      .map((p) => (w.parts as Record<string, string>)[p.trim()] ?? p.trim());
    return `${w.certifications} (${named.join(', ')})`;
  }
  return (w.fields as Record<string, string>)[field] ?? pageNames[field] ?? field;
}
