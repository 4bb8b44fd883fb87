/** Short URLs, QR codes and the certificate check page (`/p/<code>/`). */
import { defineStrings } from '../define-strings.ts';

export const shortUrlStrings = defineStrings({
  vi: {
    check: {
      title: (name: string) => `Kiểm tra chứng nhận OCOP: ${name}`,
      description: (name: string, producer: string) =>
        `Chứng nhận OCOP của ${name} (${producer}): số sao, quyết định, cơ quan công nhận, hiệu lực đến ngày nào và còn hiệu lực hôm nay không.`,
      heading: 'Kiểm tra chứng nhận OCOP',
      explain: {
        valid: 'Sản phẩm được công nhận OCOP; chứng nhận còn hiệu lực.',
        expiring: 'Chứng nhận còn hiệu lực nhưng sắp hết hạn; sản phẩm cần được đánh giá lại.',
        expired:
          'Chứng nhận đã quá 36 tháng; sản phẩm cần được đánh giá lại trước khi dùng nhãn OCOP.',
        revoked: 'Chứng nhận đã bị thu hồi; sản phẩm không còn được dùng nhãn OCOP.',
      },
      revokedOn: 'Quyết định thu hồi',
      viewProduct: 'Xem trang sản phẩm đầy đủ',
      wrongProduct:
        'Sản phẩm trên tay khác tên, chủ thể hoặc số sao ở đây? Nhãn OCOP có thể bị dùng sai.',
    },
    code: 'Mã OCOP',
    producerCode: 'Mã chủ thể',
    checkLink: 'Kiểm tra chứng nhận',
    shortLink: 'Liên kết ngắn',
    download: 'Tải mã QR',
    productQrAlt: (name: string) => `Mã QR mở trang kiểm tra chứng nhận OCOP của ${name}`,
    producerQrAlt: (name: string) => `Mã QR mở trang của ${name}`,
    redirect: {
      title: (name: string) => `${name} – chủ thể OCOP`,
      text: 'Đang mở trang của',
    },
  },
  en: {
    check: {
      title: (name: string) => `OCOP certificate check: ${name}`,
      description: (name: string, producer: string) =>
        `The OCOP certificate of ${name} (${producer}): stars, decision, issuer, valid until when, and whether it is valid today.`,
      heading: 'OCOP certificate check',
      explain: {
        valid: 'This product is OCOP certified; the certificate is valid.',
        expiring: 'The certificate is valid but expires soon; the product must be re-evaluated.',
        expired:
          'The certificate is over 36 months old; the product must be re-evaluated before it uses the OCOP mark again.',
        revoked: 'The certificate has been revoked; the product may no longer use the OCOP mark.',
      },
      revokedOn: 'Revocation decision',
      viewProduct: 'See the full product page',
      wrongProduct:
        'Does the product in your hand have another name, producer or star level? The OCOP mark may be misused.',
    },
    code: 'OCOP code',
    producerCode: 'Producer code',
    checkLink: 'Check the certificate',
    shortLink: 'Short link',
    download: 'Download the QR code',
    productQrAlt: (name: string) => `QR code that opens the OCOP certificate check of ${name}`,
    producerQrAlt: (name: string) => `QR code that opens the page of ${name}`,
    redirect: {
      title: (name: string) => `${name} – OCOP producer`,
      text: 'Opening the page of',
    },
  },
});
