/** Fairs and events: the list, a fair's page, its printable kit and its offline pack. */
import { defineStrings } from '../define-strings.ts';
import { count } from '../plural.ts';

const products = (n: number) => count(n, 'en', { one: '{n} product', other: '{n} products' });

/** Names of the fields a sample fair lists as invented (`provenance.invented`). */
const FIELD_NAMES_VI: Record<string, string> = {
  name: 'tên',
  dates: 'ngày tổ chức',
  venue: 'địa điểm',
  organiser: 'đơn vị tổ chức',
  description: 'mô tả',
  website: 'trang web',
  booths: 'gian hàng',
};
const FIELD_NAMES_EN: Record<string, string> = {
  name: 'name',
  dates: 'dates',
  venue: 'venue',
  organiser: 'organiser',
  description: 'description',
  website: 'website',
  booths: 'booths',
};

export const fairStrings = defineStrings({
  vi: {
    nav: 'Hội chợ',
    title: 'Hội chợ và sự kiện OCOP',
    intro:
      'Hội chợ, phiên chợ và sự kiện nơi các chủ thể OCOP giới thiệu và bán sản phẩm, với các gian hàng và sản phẩm của từng nơi.',
    offlineIntro:
      'Mở trang một hội chợ một lần khi có mạng (ví dụ Wi-Fi tại hội chợ): trang hội chợ, các trang sản phẩm, ảnh và ô tìm kiếm vẫn dùng được khi mất mạng.',
    none: 'Chưa có hội chợ nào được ghi nhận.',
    states: { ongoing: 'Đang diễn ra', upcoming: 'Sắp diễn ra', past: 'Đã diễn ra' },
    startsIn: 'còn {n} ngày',
    dates: 'Thời gian',
    venue: 'Địa điểm',
    organiser: 'Đơn vị tổ chức',
    website: 'Trang của ban tổ chức',
    boothCount: (n: number) => `${n.toLocaleString('vi-VN')} gian hàng`,
    booths: 'Gian hàng',
    booth: (n: string) => `Gian ${n}`,
    sharedBooth: 'Gian hàng chung',
    search: {
      label: 'Tìm sản phẩm trong hội chợ',
      placeholder: 'Ví dụ: banh cay, mật ong, gian B05',
      count: '{n} sản phẩm',
      none: 'Không có sản phẩm nào khớp.',
      clear: 'Xoá',
    },
    qr: {
      label: (name: string) => `Mã QR mở trang ${name}`,
      caption: 'Quét để mở trang này trên điện thoại',
    },
    kit: {
      title: 'Bộ in',
      link: 'Bộ in cho ban tổ chức: áp phích, nhãn, mã QR',
      intro:
        'Trang A4 có mã QR dẫn đến trang hội chợ, để dán ở cổng và các gian hàng; kèm áp phích và tờ nhãn cho các sản phẩm của hội chợ.',
      print: 'In trang này',
      scan: 'Quét mã để xem các gian hàng và sản phẩm OCOP',
      worksOffline: 'Mở một lần khi có mạng, xem tiếp cả khi mất mạng.',
      posters: (n: number) => `Áp phích A4 cho ${n} sản phẩm`,
      labels: (n: number) => `Tờ nhãn QR cho ${n} sản phẩm`,
      postersInForce: (n: number) => `Áp phích A4 cho ${n} sản phẩm còn hiệu lực đến hết hội chợ`,
      labelsInForce: (n: number) => `Tờ nhãn QR cho ${n} sản phẩm còn hiệu lực đến hết hội chợ`,
      postersAll: (n: number, flagged: number) =>
        `Áp phích A4 cho cả ${n} sản phẩm, kể cả ${flagged} sản phẩm cần lưu ý`,
      labelsAll: (n: number, flagged: number) =>
        `Tờ nhãn QR cho cả ${n} sản phẩm, kể cả ${flagged} sản phẩm cần lưu ý`,
      noneInForce: (n: number) =>
        `Không sản phẩm nào trong ${n} sản phẩm của hội chợ còn hiệu lực đến hết hội chợ.`,
      more: 'Tài liệu in thêm',
    },
    offline: {
      title: 'Xem khi mất mạng',
      storing: 'Đang lưu hội chợ để xem khi mất mạng…',
      progress: 'Đang lưu để xem khi mất mạng… {done}/{total} tệp',
      stored: 'Đã lưu để xem khi mất mạng ({size})',
      failed: 'Chưa lưu được để xem khi mất mạng. Mở lại trang này khi có mạng để thử lại.',
      unsupported: 'Trình duyệt này không lưu được trang để xem khi mất mạng.',
      explain:
        'Trang hội chợ, trang các sản phẩm và chủ thể, ảnh và ô tìm kiếm dùng được khi không có mạng. Các trang khác của website vẫn cần mạng.',
    },
    flags: {
      title: 'Chứng nhận cần lưu ý',
      asOf: (date: string) => `Tính đến ngày ${date}:`,
      count: {
        revoked: (n: number) => `${n} sản phẩm bị thu hồi chứng nhận`,
        expired: (n: number) => `${n} sản phẩm đã hết hạn chứng nhận`,
        'expires-before-end': (n: number) => `${n} sản phẩm hết hạn trước khi hội chợ kết thúc`,
      },
      expiresBeforeEnd: (end: string) => `Hết hạn trước khi hội chợ kết thúc (${end})`,
      explain:
        'Chứng nhận OCOP có hiệu lực 36 tháng. Sản phẩm hết hạn hoặc bị thu hồi không được giới thiệu là sản phẩm OCOP còn hiệu lực; trang của từng sản phẩm ghi rõ tình trạng.',
    },
    offlinePage: {
      title: 'Đang không có mạng',
      intro:
        'Trang bạn vừa mở chưa được lưu để xem khi mất mạng. Khi có mạng trở lại, hãy tải lại trang.',
      available: 'Xem được khi mất mạng',
      availableIntro:
        'Các hội chợ đã lưu trên máy này: trang hội chợ, ô tìm kiếm sản phẩm của hội chợ, trang các sản phẩm và chủ thể có gian hàng.',
      search: 'Tìm sản phẩm trong hội chợ',
      none: 'Chưa có hội chợ nào được lưu trên máy này.',
      retry: 'Tải lại trang',
    },
    fieldNames: FIELD_NAMES_VI,
  },
  en: {
    nav: 'Fairs',
    title: 'OCOP fairs and events',
    intro:
      'Fairs, markets and events where OCOP producers show and sell their products, with the booths and products of each.',
    offlineIntro:
      "Open a fair's page once while online (the fair's Wi-Fi, say): the fair's page, its product pages, photos and search keep working with no connection.",
    none: 'No fairs recorded yet.',
    states: { ongoing: 'On now', upcoming: 'Upcoming', past: 'Past' },
    startsIn: 'in {n} days',
    dates: 'Dates',
    venue: 'Venue',
    organiser: 'Organiser',
    website: "Organiser's page",
    boothCount: (n: number) => count(n, 'en', { one: '{n} booth', other: '{n} booths' }),
    booths: 'Booths',
    booth: (n: string) => `Booth ${n}`,
    sharedBooth: 'Shared booth',
    search: {
      label: 'Search the products of this fair',
      placeholder: 'E.g. banh cay, honey, booth B05',
      count: '{n} products',
      none: 'No product matches.',
      clear: 'Clear',
    },
    qr: {
      label: (name: string) => `QR code that opens the page of ${name}`,
      caption: 'Scan to open this page on a phone',
    },
    kit: {
      title: 'Print kit',
      link: "Organisers' print kit: posters, labels, QR code",
      intro:
        "An A4 page with a QR code to the fair's page, for the entrance and the booths; with posters and label sheets for the fair's products.",
      print: 'Print this page',
      scan: 'Scan to see the booths and OCOP products',
      worksOffline: 'Open it once while online, keep reading offline.',
      posters: (n: number) => `A4 posters for ${products(n)}`,
      labels: (n: number) => `QR label sheets for ${products(n)}`,
      postersInForce: (n: number) =>
        `A4 posters for the ${products(n)} certified through the end of the fair`,
      labelsInForce: (n: number) =>
        `QR label sheets for the ${products(n)} certified through the end of the fair`,
      postersAll: (n: number, flagged: number) =>
        `A4 posters for ${count(n, 'en', { one: 'the {n} product', other: 'all {n} products' })}, including the ${flagged} to check`,
      labelsAll: (n: number, flagged: number) =>
        `QR label sheets for ${count(n, 'en', { one: 'the {n} product', other: 'all {n} products' })}, including the ${flagged} to check`,
      noneInForce: (n: number) =>
        `None of the fair's ${count(n, 'en', { one: '{n} product is', other: '{n} products are' })} certified through the end of the fair.`,
      more: 'More to print',
    },
    offline: {
      title: 'Offline',
      storing: 'Saving this fair for offline use…',
      progress: 'Saving for offline use… {done}/{total} files',
      stored: 'Saved for offline use ({size})',
      failed: 'Could not save for offline use yet. Open this page again while online to retry.',
      unsupported: 'This browser cannot save pages for offline use.',
      explain:
        "The fair's page, its product and producer pages, photos and search work with no connection. The rest of the site still needs one.",
    },
    flags: {
      title: 'Certificates to check',
      asOf: (date: string) => `As of ${date}:`,
      count: {
        revoked: (n: number) => `${products(n)} with a revoked certificate`,
        expired: (n: number) => `${products(n)} with an expired certificate`,
        'expires-before-end': (n: number) =>
          `${products(n)} whose certificate expires before the fair ends`,
      },
      expiresBeforeEnd: (end: string) => `Expires before the fair ends (${end})`,
      explain:
        'An OCOP certificate lasts 36 months. An expired or revoked product must not be presented as a certified OCOP product; each product page states its status.',
    },
    offlinePage: {
      title: 'You are offline',
      intro:
        'The page you opened has not been saved for offline use. Reload it once you are back online.',
      available: 'Available offline',
      availableIntro:
        "The fairs saved on this device: the fair's page, the search of its products, and the pages of its products and producers.",
      search: "Search this fair's products",
      none: 'No fair is saved on this device yet.',
      retry: 'Reload the page',
    },
    fieldNames: FIELD_NAMES_EN,
  },
});
