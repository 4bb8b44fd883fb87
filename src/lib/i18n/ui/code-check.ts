/** "Check an OCOP code": the box on the home, check and 404 pages, and its answers. */
import { defineStrings } from '../define-strings.ts';

export const codeCheckStrings = defineStrings({
  vi: {
    label: 'Kiểm tra mã OCOP',
    hint: 'Sáu ký tự in dưới mã QR trên bao bì, ví dụ F4MPG6.',
    submit: 'Kiểm tra',
    placeholder: 'VD: F4MPG6',
    checking: 'Đang tìm mã…',
    /** `{code}` is replaced in the browser. */
    missing:
      'Không có sản phẩm OCOP nào mang mã {code}. Hãy xem lại sáu ký tự in dưới mã QR (chữ O và số 0, chữ I và số 1 đều được), hoặc tìm theo tên sản phẩm.',
    missingProducer:
      'Không có chủ thể OCOP nào mang mã {code}. Hãy xem lại sáu ký tự in dưới mã QR, hoặc tìm theo tên.',
    notACode:
      'Mã OCOP có đúng sáu chữ và số (ví dụ F4MPG6). Hãy xem lại, hoặc tìm theo tên sản phẩm.',
    searchInstead: 'Tìm kiếm',
    browse: 'Xem theo tỉnh',
  },
  en: {
    label: 'Check an OCOP code',
    hint: 'The six characters printed under the QR code on the package, e.g. F4MPG6.',
    submit: 'Check',
    placeholder: 'e.g. F4MPG6',
    checking: 'Looking up the code…',
    missing:
      'No OCOP product has the code {code}. Check the six characters under the QR code (O or 0, I or 1 are all fine), or search by the product’s name.',
    missingProducer:
      'No OCOP producer has the code {code}. Check the six characters under the QR code, or search by name.',
    notACode:
      'An OCOP code has exactly six letters and digits (e.g. F4MPG6). Check it, or search by the product’s name.',
    searchInstead: 'Search',
    browse: 'Browse by province',
  },
});
