/**
 * Words of an OCOP certificate: its status (derived in `lib/domain/product-standing.ts`), the
 * days left, and the certificate panel's labels (decision, issuer, level, history).
 */
import { defineStrings } from '../define-strings.ts';

export const certificateStrings = defineStrings({
  vi: {
    status: {
      valid: 'Còn hiệu lực',
      expiring: 'Sắp hết hạn',
      expired: 'Đã hết hạn',
      revoked: 'Đã bị thu hồi',
    },
    /** `{n}` the days until expiry, filled in the browser (`countOneStrings` has the "one" form). */
    daysLeft: 'còn {n} ngày',
    until: 'đến {date}',
    /** `{date}` the day the status is computed for. */
    statusAsOf: 'Tình trạng tính theo ngày {date}.',
    title: 'Chứng nhận OCOP',
    decision: 'Quyết định',
    issuer: 'Cơ quan công nhận',
    decisionDate: 'Ngày quyết định',
    validUntil: 'Hiệu lực đến',
    score: 'Điểm',
    level: 'Cấp công nhận',
    levels: { district: 'Cấp huyện', province: 'Cấp tỉnh', central: 'Cấp trung ương' },
    kind: {
      new: 'Công nhận mới',
      're-recognised': 'Công nhận lại',
      upgraded: 'Nâng hạng',
      revoked: 'Thu hồi',
    },
    history: 'Lịch sử chứng nhận',
    source: 'Nguồn',
    validityNote: 'Chứng nhận OCOP có hiệu lực 36 tháng kể từ ngày quyết định.',
    formerProvince: 'Tỉnh ghi trên chứng nhận',
  },
  en: {
    status: { valid: 'Valid', expiring: 'Expiring soon', expired: 'Expired', revoked: 'Revoked' },
    daysLeft: '{n} days left',
    until: 'until {date}',
    statusAsOf: 'Status as of {date}.',
    title: 'OCOP certificate',
    decision: 'Decision',
    issuer: 'Issued by',
    decisionDate: 'Decision date',
    validUntil: 'Valid until',
    score: 'Score',
    level: 'Level',
    levels: { district: 'District', province: 'Province', central: 'National (ministry)' },
    kind: {
      new: 'First rating',
      're-recognised': 'Re-recognised',
      upgraded: 'Upgraded',
      revoked: 'Revoked',
    },
    history: 'Certification history',
    source: 'Source',
    validityNote: 'An OCOP certificate is valid for 36 months from its decision date.',
    formerProvince: 'Province on the certificate',
  },
});
