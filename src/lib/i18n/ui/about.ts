/**
 * Words of the about page (`components/page/AboutPage.astro`): what OCOP is, its score bands and
 * who certifies each star level, how long a certificate lasts, the 2025 province merger, and
 * where the sample data comes from.
 */
import { byStarLevel } from '../by-star-level.ts';
import { defineStrings } from '../define-strings.ts';

export const aboutStrings = defineStrings({
  vi: {
    title: 'Về chương trình OCOP',
    intro:
      'Chương trình Mỗi xã một sản phẩm (OCOP) được triển khai trên cả nước từ năm 2018 (Quyết định 490/QĐ-TTg). Chương trình đánh giá, xếp hạng các sản phẩm đặc trưng do hợp tác xã, doanh nghiệp, tổ hợp tác và hộ kinh doanh ở địa phương làm ra. Đến cuối năm 2025 cả nước có hơn 18.000 sản phẩm đạt từ 3 sao trở lên.',
    scaleTitle: 'Thang điểm và hạng sao',
    scaleText:
      'Sản phẩm được chấm trên thang 100 điểm, gồm ba phần: sản phẩm và sức mạnh cộng đồng (40 điểm), khả năng tiếp thị (25 điểm) và chất lượng sản phẩm (35 điểm). Chỉ sản phẩm đạt từ 3 sao mới là sản phẩm OCOP.',
    score: 'Điểm',
    who: 'Ai công nhận',
    whoRows: byStarLevel({
      5: 'Bộ Nông nghiệp và Môi trường',
      4: 'UBND tỉnh, thành phố',
      3: 'UBND tỉnh (trước 7/2025: cấp huyện)',
    }),
    certTitle: 'Chứng nhận có thời hạn',
    certText:
      'Mỗi chứng nhận OCOP có hiệu lực 36 tháng kể từ ngày ký quyết định; sau đó sản phẩm phải được đánh giá lại. Tỉnh có thể thu hồi chứng nhận. Vì vậy mỗi trang sản phẩm ở đây ghi rõ số quyết định, ngày ký, ngày hết hạn và tình trạng hôm nay: còn hiệu lực, sắp hết hạn (dưới 90 ngày), đã hết hạn hoặc đã bị thu hồi.',
    mergeTitle: 'Tên tỉnh cũ và mới',
    mergeText:
      'Từ ngày 1/7/2025, 63 tỉnh, thành được sắp xếp thành 34 đơn vị (Nghị quyết 202/2025/QH15). Nhiều chứng nhận và bao bì vẫn ghi tên tỉnh cũ như Thái Bình, Bạc Liêu, Trà Vinh hay Vĩnh Phúc; mỗi tên cũ ở đây đều dẫn tới tỉnh mới.',
    dataTitle: 'Về dữ liệu',
    dataText:
      'Danh mục mẫu được soạn từ tin tức và quyết định công khai; mỗi trang ghi nguồn. Những thông tin chưa có nguồn (số quyết định, giá, địa chỉ điểm bán…) được đánh dấu là dữ liệu mẫu.',
  },
  en: {
    title: 'About the OCOP programme',
    intro:
      'The One Commune One Product (OCOP) programme has run nationwide since 2018 (Decision 490/QĐ-TTg). It grades the distinctive products of cooperatives, companies, cooperative groups and household businesses. By the end of 2025 more than 18,000 products held 3 stars or more.',
    scaleTitle: 'Scores and stars',
    scaleText:
      'Products are scored out of 100 in three parts: product and community strength (40), marketing (25) and quality (35). Only products with 3 stars or more are OCOP products.',
    score: 'Score',
    who: 'Certified by',
    whoRows: byStarLevel({
      5: 'Ministry of Agriculture and Environment',
      4: 'Provincial People’s Committee',
      3: 'Provincial People’s Committee (district before July 2025)',
    }),
    certTitle: 'Certificates expire',
    certText:
      'An OCOP certificate is valid for 36 months from its decision date; then the product must be evaluated again, and provinces can revoke certificates. Each product page here gives the decision number, its date, the expiry date and the status today: valid, expiring soon (under 90 days), expired or revoked.',
    mergeTitle: 'Old and new province names',
    mergeText:
      'On 1 July 2025 the 63 provinces and cities were merged into 34 (Resolution 202/2025/QH15). Many certificates and packages still carry old names such as Thái Bình, Bạc Liêu, Trà Vinh or Vĩnh Phúc; every old name here leads to its new province.',
    dataTitle: 'About the data',
    dataText:
      'The sample catalogue was compiled from public news and decisions; each page names its sources. Facts without a source (decision numbers, prices, sales point addresses…) are marked as sample data.',
  },
});
