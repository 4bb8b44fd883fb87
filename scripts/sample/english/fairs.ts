/** English text of the sample fairs: name, description and the labels of shared booths. */

export interface FairEnglish {
  nameEn: string;
  descriptionEn: string;
  /** Vietnamese label → English label, for shared booths. */
  labels: Record<string, string>;
}

export const FAIRS: Record<string, FairEnglish> = {
  'hoi-cho-ocop-ha-noi-thu-dong-2026-mau': {
    nameEn: 'Hà Nội OCOP Fair – Autumn–Winter 2026 (sample)',
    descriptionEn:
      'A sample fair for trying out the fair pages: 13 booths present 3- to 5-star OCOP products from Hà Nội and other provinces and cities – ceramics, silk, cakes and sweets, tea, coffee, fish sauce, salt, honey, fruit. The event, dates, venue, organiser and number of booths are all sample data.',
    labels: { 'Gian hàng chung thành phố Hải Phòng': 'Hải Phòng city shared booth' },
  },
  'hoi-cho-ocop-quang-ninh-he-2026-mau': {
    nameEn: 'Quảng Ninh OCOP Fair – Summer 2026 (sample)',
    descriptionEn:
      'A sample provincial fair: OCOP producers of Quảng Ninh present pearls, liquors, golden camellia tea, mineral water, squid cake and sea duck eggs. The event, dates, venue and organiser are all sample data.',
    labels: {},
  },
  'phien-cho-ocop-xu-dua-vinh-long-2026-mau': {
    nameEn: 'Vĩnh Long Coconut Country OCOP Market 2026 (sample)',
    descriptionEn:
      'A sample market day for coconut products and specialities of the former Bến Tre and Trà Vinh areas: macapuno coconut, coconut candy, coconut blossom nectar, bánh tét, rice paper. The event, dates, venue and organiser are all sample data.',
    labels: {
      'Gian hàng chung của Điểm OCOP Trà Vinh': 'Shared booth of the Trà Vinh OCOP point',
      'Gian giao lưu tỉnh Quảng Ninh': 'Quảng Ninh province exchange booth',
    },
  },
};
