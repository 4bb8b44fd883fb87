/** Words of a producer (cooperative, company…): its kinds, its page's labels, counts. */
import { defineStrings } from '../define-strings.ts';
import { count } from '../plural.ts';

export const producerStrings = defineStrings({
  vi: {
    count: (n: number) => `${n.toLocaleString('vi-VN')} chủ thể`,
    types: {
      htx: 'Hợp tác xã',
      'doanh-nghiep': 'Doanh nghiệp',
      'to-hop-tac': 'Tổ hợp tác',
      'ho-kinh-doanh': 'Hộ kinh doanh',
    },
    type: 'Loại hình',
    address: 'Địa chỉ',
    phone: 'Điện thoại',
    email: 'Thư điện tử',
    website: 'Trang web',
    products: 'Sản phẩm OCOP của chủ thể',
    story: 'Câu chuyện',
    contact: 'Liên hệ',
  },
  en: {
    count: (n: number) => count(n, 'en', { one: '{n} producer', other: '{n} producers' }),
    types: {
      htx: 'Cooperative',
      'doanh-nghiep': 'Company',
      'to-hop-tac': 'Cooperative group',
      'ho-kinh-doanh': 'Household business',
    },
    type: 'Type',
    address: 'Address',
    phone: 'Phone',
    email: 'E-mail',
    website: 'Website',
    products: 'OCOP products by this producer',
    story: 'Story',
    contact: 'Contact',
  },
});
