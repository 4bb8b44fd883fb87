/**
 * Words for the fields a sample entry names in `provenance.invented` (`i18n/invented-fields.ts`
 * puts them together): a certificate's parts, and fields the page strings' `fieldNames`
 * (`sample-data.ts`) do not name.
 */
import { defineStrings } from '../define-strings.ts';

export const inventedFieldStrings = defineStrings({
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
});
